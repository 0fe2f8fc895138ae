package nl.samenspel.rapportage.web;

import java.util.List;
import java.util.Map;
import nl.samenspel.afspraken.Dvo;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.rapportage.LijnStatus;
import nl.samenspel.rapportage.Periode;
import nl.samenspel.rapportage.Rapportage;
import nl.samenspel.rapportage.Trends;
import nl.samenspel.samenwerking.Samenwerking;
import org.jspecify.annotations.Nullable;

/**
 * What the report templates get.
 *
 * @param rapportages the reports the user may read (list page)
 * @param rapportage the report of a report page, null elsewhere
 * @param trends the trends of the trends page, null elsewhere
 * @param dvos the DVOs a new report can be made for (with lines)
 * @param foutLijn the line whose form the errors belong to, null when the errors are of another form
 * @param waarden what was typed (after an error), empty otherwise
 * @param melding a message key for the top of the page, or null
 */
public record RapportagePagina(
        Samenwerking s,
        List<Rapportage> rapportages,
        @Nullable Rapportage rapportage,
        @Nullable Trends trends,
        List<Dvo> dvos,
        boolean kanSchrijven,
        @Nullable Fouten fouten,
        @Nullable Long foutLijn,
        Map<String, String> waarden,
        @Nullable String melding,
        String meldingSoort) {

    /** The height of the bars of the client chart, and where their bottom is. */
    public static final int BALK_HOOGTE = 150;

    public static final int BALK_ONDER = 190;
    public static final int KOLOM = 120;
    public static final int RIJ = 34;
    public static final int NAAM_BREEDTE = 170;

    public RapportagePagina {
        rapportages = List.copyOf(rapportages);
        dvos = List.copyOf(dvos);
    }

    /** The statuses from bottom to top of a bar and in the legends. */
    public List<LijnStatus> statussen() {
        return List.of(LijnStatus.values());
    }

    /** The name of a municipality that takes or took part, or the code. */
    public String gemeenteNaam(String code) {
        for (Gemeente g : s.gemeenten()) {
            if (g.code().equals(code)) {
                return g.naam();
            }
        }
        return s.vertrokken().stream()
                .filter(v -> v.code().equals(code))
                .map(v -> v.gemeente().naam())
                .findFirst()
                .orElse(code);
    }

    public Periode.Label label(Periode p) {
        return p.label();
    }

    public String dag(java.time.@Nullable LocalDate dag) {
        return dag == null ? "" : Tijdstip.dag(dag);
    }

    public String moment(java.time.@Nullable Instant moment) {
        return moment == null ? "" : Tijdstip.tekst(moment);
    }

    public String waarde(String veld, @Nullable String anders) {
        String w = waarden.get(veld);
        return w != null ? w : anders == null ? "" : anders;
    }

    /** A value in Dutch notation (comma as decimal separator, no needless zeros). */
    public static String getal(java.math.@Nullable BigDecimal g) {
        if (g == null) {
            return "";
        }
        return g.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** The errors for the form of line {@code lijnId}: only that form shows them. */
    public @Nullable Fouten foutenVan(long lijnId) {
        return foutLijn != null && foutLijn == lijnId ? fouten : null;
    }

    public boolean bewerkbaar() {
        return kanSchrijven && rapportage != null && !rapportage.ingediend();
    }

    // ---- chart geometry ----

    /** The height of a bar segment of {@code aantal} lines out of {@code totaal}. */
    public static int hoogte(int aantal, int totaal) {
        return totaal == 0 ? 0 : Math.round((float) aantal * BALK_HOOGTE / totaal);
    }

    public static int aantal(Trends.Punt p, LijnStatus status) {
        return switch (status) {
            case OP_KOERS -> p.opKoers();
            case AANDACHT -> p.aandacht();
            case AFWIJKING -> p.afwijking();
        };
    }

    /** The top of the segment of {@code status} in the bar of {@code p} (segments stacked in enum order). */
    public static int boven(Trends.Punt p, LijnStatus status) {
        int onder = BALK_ONDER;
        for (LijnStatus s : LijnStatus.values()) {
            onder -= hoogte(aantal(p, s), p.totaal());
            if (s == status) {
                return onder;
            }
        }
        return onder;
    }

    public static int grafiekBreedte(int kolommen) {
        return 80 + Math.max(1, kolommen) * KOLOM;
    }

    public static int rasterBreedte(int kolommen) {
        return NAAM_BREEDTE + Math.max(1, kolommen) * KOLOM + 10;
    }

    public static int rasterHoogte(int rijen) {
        return 40 + Math.max(1, rijen) * RIJ + 10;
    }

    /** The CSS-free fill of a status: light tones, so dark text on them stays readable. */
    public static String kleur(@Nullable LijnStatus status) {
        if (status == null) {
            return "#f2f2f2";
        }
        return switch (status) {
            case OP_KOERS -> "#b9e4c0";
            case AANDACHT -> "#ffd98a";
            case AFWIJKING -> "#f6a5a5";
        };
    }
}
