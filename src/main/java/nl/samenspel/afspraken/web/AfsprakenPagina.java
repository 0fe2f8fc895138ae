package nl.samenspel.afspraken.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.samenspel.afspraken.Afspraken;
import nl.samenspel.afspraken.AfsprakenInstellingen;
import nl.samenspel.afspraken.Dienst;
import nl.samenspel.afspraken.Dvo;
import nl.samenspel.afspraken.RegelStatus;
import nl.samenspel.afspraken.Verschillen;
import nl.samenspel.platform.Bedrag;
import nl.samenspel.platform.Fouten;
import nl.samenspel.samenwerking.Samenwerking;
import org.jspecify.annotations.Nullable;

/**
 * What the agreements templates get.
 *
 * @param dienst the service of the service page, null elsewhere
 * @param dvos the DVOs of the overview page
 * @param dvo the DVO of the DVO page (and the line page), null elsewhere
 * @param regel the line of the line page, null elsewhere
 * @param mag what the user may do with {@code dvo}; null without one
 * @param verschillen the difference asked for on the DVO page, null when none
 * @param waarden what was typed (after an error), empty otherwise
 * @param melding a message key for the top of the page, or null
 * @param eigenGemeente the municipality of the signed-in user, null for staff without one
 */
public record AfsprakenPagina(
        Samenwerking s,
        List<Dienst> diensten,
        @Nullable Dienst dienst,
        List<Dvo> dvos,
        @Nullable Dvo dvo,
        Dvo.@Nullable Regel regel,
        boolean kanBeheren,
        boolean kanWensen,
        Afspraken.@Nullable Mag mag,
        AfsprakenInstellingen instellingen,
        RegelStatus standaardStatus,
        @Nullable Verschillen verschillen,
        @Nullable Fouten fouten,
        Map<String, String> waarden,
        @Nullable String melding,
        String meldingSoort,
        @Nullable String eigenGemeente) {

    public String gemeenteNaam(String code) {
        return Afspraken.gemeenteNaam(s, code);
    }

    public String dienstNaam(long dienstId) {
        return diensten.stream()
                .filter(d -> d.id() == dienstId)
                .map(Dienst::naam)
                .findFirst()
                .orElse(String.valueOf(dienstId));
    }

    public String variantNaam(@Nullable Long variantId) {
        if (variantId == null) {
            return "";
        }
        return diensten.stream()
                .flatMap(d -> d.varianten().stream())
                .filter(v -> v.id() == variantId)
                .map(Dienst.Variant::naam)
                .findFirst()
                .orElse("");
    }

    /** The years of the DVOs, in order. */
    public List<Integer> jaren() {
        return dvos.stream().map(Dvo::jaar).distinct().sorted().toList();
    }

    public List<Dvo> dvosVan(int jaar) {
        return dvos.stream().filter(d -> d.jaar() == jaar).toList();
    }

    public String waarde(String veld, @Nullable String anders) {
        String w = waarden.get(veld);
        return w != null ? w : anders == null ? "" : anders;
    }

    public static String getal(@Nullable BigDecimal getal) {
        return getal == null ? "" : getal.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public static String bedrag(@Nullable BigDecimal bedrag) {
        return Bedrag.formatteer(bedrag);
    }

    public static String invoerBedrag(@Nullable BigDecimal bedrag) {
        return bedrag == null ? "" : Bedrag.invoerTekst(bedrag);
    }
}
