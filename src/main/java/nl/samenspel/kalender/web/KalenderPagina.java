package nl.samenspel.kalender.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.samenspel.kalender.Kalenderregel;
import nl.samenspel.kalender.Kalenderstand;
import nl.samenspel.kalender.Raadszienswijze;
import nl.samenspel.kalender.Wijziging;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.samenwerking.Samenwerking;
import org.jspecify.annotations.Nullable;

/**
 * What the calendar template gets.
 *
 * @param reden why the calendar does not apply (a message key), null when it does
 * @param eigenGemeente the municipality a civil servant or alderman records zienswijzen for; null for the regisseur
 * @param antwoordVan the zienswijze whose answer form the errors belong to, null otherwise
 * @param waarden what was typed (after an error), empty otherwise
 */
public record KalenderPagina(
        Kalenderstand k,
        LocalDate vandaag,
        boolean kanPlannen,
        boolean kanZienswijze,
        @Nullable String eigenGemeente,
        @Nullable String reden,
        @Nullable Object redenArgument,
        @Nullable Fouten fouten,
        Map<String, String> waarden,
        @Nullable Long antwoordVan,
        @Nullable String melding,
        String meldingSoort) {

    public Samenwerking s() {
        return k.samenwerking();
    }

    public int jaar() {
        return k.plan().jaar();
    }

    public Kalenderregel.Status status(Kalenderregel r) {
        return r.status(vandaag);
    }

    public String dag(@Nullable LocalDate d) {
        return d == null ? "" : Tijdstip.dag(d);
    }

    public String invoer(@Nullable LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** The rows of the budget-change form: the changes of the year and one empty row for a new one. */
    public List<Wijziging> wijzigingsregels() {
        List<Wijziging> rijen = new java.util.ArrayList<>(k.plan().wijzigingen());
        rijen.add(new Wijziging(
                rijen.size() + 1, "", nl.samenspel.kalender.Datum.LEEG, nl.samenspel.kalender.Datum.LEEG));
        return rijen;
    }

    public @Nullable Wijziging wijziging(@Nullable Integer nummer) {
        if (nummer == null) {
            return null;
        }
        return k.plan().wijzigingen().stream()
                .filter(w -> w.nummer() == nummer)
                .findFirst()
                .orElse(null);
    }

    public String gemeenteNaam(String code) {
        return s().gemeenten().stream()
                .filter(g -> g.code().equals(code))
                .map(g -> g.naam())
                .findFirst()
                .orElse(code);
    }

    public List<Raadszienswijze> zienswijzen() {
        return k.zienswijzen();
    }

    /** The errors for the answer form of zienswijze {@code id}; none for the other forms on the page. */
    public @Nullable Fouten foutenVoorAntwoord(long id) {
        return antwoordVan != null && antwoordVan == id ? fouten : null;
    }

    public @Nullable Fouten foutenVoorFormulier() {
        return antwoordVan == null ? fouten : null;
    }

    /** The moment behind a field name of the date form. */
    public static nl.samenspel.kalender.PcMoment moment(String naam) {
        return switch (naam) {
            case "kaders" -> nl.samenspel.kalender.PcMoment.KADERS_NAAR_RADEN;
            case "voorlopigeJaarrekening" -> nl.samenspel.kalender.PcMoment.VOORLOPIGE_JAARREKENING_NAAR_RADEN;
            case "ontwerpbegroting" -> nl.samenspel.kalender.PcMoment.ONTWERPBEGROTING_NAAR_RADEN;
            case "begroting" -> nl.samenspel.kalender.PcMoment.BEGROTING_VASTGESTELD;
            case "begrotingNaarGs" -> nl.samenspel.kalender.PcMoment.BEGROTING_NAAR_GS;
            case "jaarrekening" -> nl.samenspel.kalender.PcMoment.JAARREKENING_VASTGESTELD;
            case "jaarrekeningNaarGs" -> nl.samenspel.kalender.PcMoment.JAARREKENING_NAAR_GS;
            default -> throw new IllegalArgumentException(naam);
        };
    }

    public String waarde(String veld, @Nullable String anders) {
        String w = waarden.get(veld);
        return w != null ? w : anders == null ? "" : anders;
    }
}
