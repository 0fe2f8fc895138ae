package nl.samenspel.scan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Optie;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.scan.Antwoorden;
import nl.samenspel.scan.Scan;
import nl.samenspel.scan.ScanThema;
import nl.samenspel.scan.Stelling;
import nl.samenspel.scan.Verschil;
import org.jspecify.annotations.Nullable;

/**
 * What the scan templates get.
 *
 * @param scans every round (list page), empty on a round's page
 * @param scan the round of a round's page, null on the list page
 * @param partijen the parties of the round with where they stand (never a draft of another party)
 * @param invulbaar the parties this user fills in for and that have not submitted yet (the forms to show)
 * @param verschillen per statement the submitted scores side by side
 * @param waarden what was typed (after an error), empty otherwise
 * @param fouten errors of the form {@code formulier} (a party code, "actie", "afronden" or "open")
 */
public record ScanPagina(
        Samenwerking s,
        LocalDate vandaag,
        List<Scan> scans,
        @Nullable Scan scan,
        List<Partij> partijen,
        List<String> invulbaar,
        List<Verschil> verschillen,
        boolean kanBeheren,
        boolean kanActieAfronden,
        @Nullable Fouten fouten,
        @Nullable String formulier,
        Map<String, String> waarden,
        @Nullable String melding,
        String meldingSoort) {

    public ScanPagina {
        scans = List.copyOf(scans);
        partijen = List.copyOf(partijen);
        invulbaar = List.copyOf(invulbaar);
        verschillen = List.copyOf(verschillen);
    }

    /**
     * A party of the round.
     *
     * @param antwoorden its answers as far as this user may see them, null when none
     * @param kleur the index of its colour and marker in the chart
     */
    public record Partij(String code, String naam, @Nullable Antwoorden antwoorden, int kleur) {

        public boolean ingediend() {
            return antwoorden != null && antwoorden.ingediend();
        }
    }

    public String naam(String partij) {
        return partijen.stream()
                .filter(p -> p.code().equals(partij))
                .map(Partij::naam)
                .findFirst()
                .orElse(partij);
    }

    public @Nullable Partij partij(String code) {
        return partijen.stream().filter(p -> p.code().equals(code)).findFirst().orElse(null);
    }

    public int kleur(String partij) {
        Partij p = partij(partij);
        return p == null ? 0 : p.kleur();
    }

    public long ingediend() {
        return partijen.stream().filter(Partij::ingediend).count();
    }

    /** The errors for form {@code welk}, null for the other forms on the page. */
    public @Nullable Fouten fouten(String welk) {
        return welk.equals(formulier) ? fouten : null;
    }

    /** What was typed in form {@code welk}, or else {@code anders}. */
    public String waarde(String welk, String veld, @Nullable String anders) {
        String w = welk.equals(formulier) ? waarden.get(veld) : null;
        return w != null ? w : anders == null ? "" : anders;
    }

    /** The score chosen for a statement in a party's form: what was typed, else its draft. */
    public List<String> gekozen(String partij, Stelling st) {
        String w = waarde(partij, st.veld(), null);
        if (!w.isEmpty()) {
            return List.of(w);
        }
        Partij p = partij(partij);
        Integer score =
                p == null || p.antwoorden() == null ? null : p.antwoorden().score(st);
        return score == null ? List.of() : List.of(score.toString());
    }

    public String open(String partij, ScanThema thema) {
        Partij p = partij(partij);
        return waarde(
                partij,
                Stelling.openVeld(thema),
                p == null || p.antwoorden() == null ? null : p.antwoorden().open(thema));
    }

    public long versie(String partij) {
        Partij p = partij(partij);
        return p == null || p.antwoorden() == null ? 0 : p.antwoorden().versie();
    }

    public List<Stelling> stellingen(ScanThema thema) {
        return Stelling.van(thema);
    }

    public List<ScanThema> themas() {
        return List.of(ScanThema.values());
    }

    /** The options 1 to 5 with their labels. */
    public List<Optie> scores(List<String> labels) {
        return java.util.stream.IntStream.rangeClosed(Stelling.LAAGST, Stelling.HOOGST)
                .mapToObj(i -> new Optie(String.valueOf(i), labels.get(i - 1)))
                .toList();
    }

    public @Nullable Integer score(Verschil v, String partij) {
        return v.scores().stream()
                .filter(p -> p.partij().equals(partij))
                .map(Verschil.Partijscore::score)
                .findFirst()
                .orElse(null);
    }

    public List<Partij> ingediendePartijen() {
        return partijen.stream().filter(Partij::ingediend).toList();
    }

    public String dag(@Nullable LocalDate dag) {
        return dag == null ? "" : Tijdstip.dag(dag);
    }

    // ---- the dot plot ----

    public static final int GRAFIEK_LINKS = 130;
    public static final int GRAFIEK_STAP = 90;
    public static final int GRAFIEK_RIJ = 30;
    public static final int GRAFIEK_BOVEN = 30;

    public int grafiekBreedte() {
        return GRAFIEK_LINKS + GRAFIEK_STAP * (Stelling.HOOGST - Stelling.LAAGST) + 40;
    }

    public int grafiekHoogte() {
        return GRAFIEK_BOVEN + GRAFIEK_RIJ * verschillen.size() + 10;
    }

    public int x(int score) {
        return GRAFIEK_LINKS + GRAFIEK_STAP * (score - Stelling.LAAGST);
    }

    public int y(int rij) {
        return GRAFIEK_BOVEN + GRAFIEK_RIJ * rij + GRAFIEK_RIJ / 2;
    }

    /** Parties with the same score sit side by side around it, so no dot hides another. */
    public int dx(Verschil v, int index) {
        int score = v.scores().get(index).score();
        int voor = 0;
        int zelfde = 0;
        for (int i = 0; i < v.scores().size(); i++) {
            if (v.scores().get(i).score() == score) {
                if (i < index) {
                    voor++;
                }
                zelfde++;
            }
        }
        return (voor * 2 - (zelfde - 1)) * 6;
    }
}
