package nl.samenspel.stappen.web;

import java.util.List;
import java.util.Map;
import nl.samenspel.platform.Fouten;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.stappen.*;
import org.jspecify.annotations.Nullable;

/**
 * What every step page gets: the samenwerking, the step's state, what the user may do ({@code kanSchrijven}: add
 * content; {@code rechten}: per item, see {@link StappenRechten}), and after a failed
 * save the errors and the user's input ({@code waarden}) so nothing typed is lost.
 */
public record StapPagina(
        Samenwerking s,
        StapStand stand,
        boolean kanSchrijven,
        boolean kanBespreken,
        boolean isRegisseur,
        StappenRechten.Voor rechten,
        @Nullable String eigenGemeente,
        @Nullable String eigenGemeenteNaam,
        @Nullable String melding,
        String meldingSoort,
        @Nullable Fouten fouten,
        @Nullable Map<String, String> waarden,
        List<nl.samenspel.platform.Melding> ontbreektVoorVorm) {

    public String waarde(String veld, String standaard) {
        return waarden != null && waarden.containsKey(veld) ? waarden.get(veld) : standaard;
    }

    private static final java.time.format.DateTimeFormatter DAG =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", nl.samenspel.platform.Teksten.NL);

    /** The own municipality has a current mark ("ambtelijk besproken" on the step's current content). */
    public boolean eigenBesproken() {
        return stand.besproken().stream().anyMatch(b -> b.gemeenteCode().equals(eigenGemeente) && b.huidig());
    }

    /** The own municipality's mark is outdated: the step changed after it was given. */
    public boolean eigenVerouderd() {
        return stand.besproken().stream().anyMatch(b -> b.gemeenteCode().equals(eigenGemeente) && b.verouderd());
    }

    /** The own municipality's current mark was recorded by the regisseur on its behalf: to confirm or withdraw. */
    public boolean eigenTeBevestigen() {
        return stand.besproken().stream().anyMatch(b -> b.gemeenteCode().equals(eigenGemeente) && b.teBevestigen());
    }

    /**
     * The parties the regisseur may record a discussed-mark for on their behalf now: participating municipalities
     * without a current mark, on a step with content (empty: no form).
     */
    public List<nl.samenspel.gemeente.Gemeente> namensKeuze() {
        if (stand.stap() == Stap.VORM || !stand.inhoud()) {
            return List.of();
        }
        return rechten.namensBespreken().stream()
                .filter(g -> stand.nogNiet().stream().anyMatch(n -> n.code().equals(g.code())))
                .toList();
    }

    /** The municipalities the user may record a decision of a deciding body for (empty: no form). */
    public List<nl.samenspel.gemeente.Gemeente> vaststellers() {
        return s.gemeenten().stream().filter(g -> rechten.vaststellen(g.code())).toList();
    }

    public String dag(java.time.LocalDate datum) {
        return DAG.format(datum);
    }

    public String naam(String code) {
        return s.gemeenten().stream()
                .filter(g -> g.code().equals(code))
                .map(g -> g.naam())
                .findFirst()
                .orElse(code);
    }
}
