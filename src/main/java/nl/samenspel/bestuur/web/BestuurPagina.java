package nl.samenspel.bestuur.web;

import java.util.List;
import java.util.Map;
import nl.samenspel.bestuur.Orgaan;
import nl.samenspel.bestuur.Voorstel;
import nl.samenspel.bestuur.Zetel;
import nl.samenspel.platform.Fouten;
import nl.samenspel.samenwerking.Samenwerking;
import org.jspecify.annotations.Nullable;

/**
 * What the designer's templates get.
 *
 * @param voorstel the proposal for the chosen form, null while none is chosen
 * @param orgaan the body of the body page, null on the designer page
 * @param zetel the seat of the seat page, null elsewhere
 * @param waarden what was typed (after an error), empty otherwise
 * @param melding a message key for the top of the page, or null
 */
public record BestuurPagina(
        Samenwerking s,
        List<Orgaan> organen,
        @Nullable Voorstel voorstel,
        @Nullable Orgaan orgaan,
        @Nullable Zetel zetel,
        boolean kanOntwerpen,
        @Nullable Fouten fouten,
        Map<String, String> waarden,
        @Nullable String melding,
        String meldingSoort) {

    /** The name of a participating municipality, or the code when it is not (any more) one. */
    public String gemeenteNaam(@Nullable String code) {
        if (code == null) {
            return "";
        }
        return s.gemeenten().stream()
                .filter(g -> g.code().equals(code))
                .map(g -> g.naam())
                .findFirst()
                .orElse(code);
    }

    /** Whether the samenwerking already has this proposed body. */
    public boolean aanwezig(Voorstel.Voorgesteld v) {
        return organen.stream().anyMatch(v::is);
    }

    public String waarde(String veld, @Nullable String anders) {
        String w = waarden.get(veld);
        return w != null ? w : anders == null ? "" : anders;
    }
}
