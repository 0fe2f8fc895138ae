package nl.samenspel.financien.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.samenspel.financien.Begroting;
import nl.samenspel.financien.Bijdragen;
import nl.samenspel.financien.FinancieleGebeurtenis;
import nl.samenspel.financien.FinancienInstellingen;
import nl.samenspel.financien.Verdeelsleutel;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.platform.Fouten;
import nl.samenspel.samenwerking.Samenwerking;
import org.jspecify.annotations.Nullable;

/**
 * What the financien templates get.
 *
 * @param jaar the year whose budget and contributions are shown
 * @param begroting that year's budget, null when none was entered
 * @param gebeurtenis the event of the event page; null on the overview and the page for a new event
 * @param teInformeren the municipalities whose raadsinformatie the user may record
 * @param waarden what was typed (after an error), empty otherwise
 * @param melding a message key for the top of the page, or null
 */
public record FinancienPagina(
        Samenwerking s,
        int jaar,
        Verdeelsleutel sleutel,
        @Nullable Begroting begroting,
        Bijdragen bijdragen,
        List<FinancieleGebeurtenis> gebeurtenissen,
        @Nullable FinancieleGebeurtenis gebeurtenis,
        FinancienInstellingen instellingen,
        boolean kanBeheren,
        List<Gemeente> teInformeren,
        LocalDate vandaag,
        @Nullable Fouten fouten,
        Map<String, String> waarden,
        @Nullable String melding,
        String meldingSoort) {

    /** Chart geometry: left column for the names, bars to the right, one row per municipality. */
    public static final int NAAM_BREEDTE = 150;

    public static final int BALK_BREEDTE = 420;
    public static final int BEDRAG_BREEDTE = 150;
    public static final int RIJ_HOOGTE = 34;
    public static final int KOP = 10;

    /** A weight or share for reading, Dutch notation: {@code 12.345}, {@code 33,3333}. */
    public static String getal(BigDecimal getal) {
        java.text.DecimalFormat f = new java.text.DecimalFormat(
                "#,##0.####", java.text.DecimalFormatSymbols.getInstance(nl.samenspel.platform.Teksten.NL));
        return f.format(getal);
    }

    public int breedte() {
        return NAAM_BREEDTE + BALK_BREEDTE + BEDRAG_BREEDTE;
    }

    public int hoogte() {
        return KOP * 2 + RIJ_HOOGTE * bijdragen.regels().size();
    }

    public int y(int rij) {
        return KOP + RIJ_HOOGTE * rij;
    }

    /** The length in pixels of an amount on the chart's scale (the largest total fills the width). */
    public int lengte(BigDecimal bedrag) {
        BigDecimal grootste = bijdragen.grootste();
        if (grootste.signum() == 0 || bedrag.signum() <= 0) {
            return 0;
        }
        return Math.max(
                1,
                bedrag.multiply(BigDecimal.valueOf(BALK_BREEDTE))
                        .divide(grootste, 0, RoundingMode.HALF_UP)
                        .intValue());
    }

    /** The name of a participating (or departed) municipality. */
    public String gemeenteNaam(String code) {
        return s.gemeenten().stream()
                .filter(g -> g.code().equals(code))
                .map(Gemeente::naam)
                .findFirst()
                .orElse(code);
    }

    /** How many participating raden were informed of an event. */
    public long geinformeerd(FinancieleGebeurtenis g) {
        return s.gemeenten().stream().filter(m -> g.raad(m.code()).isPresent()).count();
    }

    /** The participating municipalities whose raad should have heard of it by now and did not. */
    public List<Gemeente> teLaat(FinancieleGebeurtenis g) {
        return s.gemeenten().stream()
                .filter(m -> g.teLaat(m.code(), vandaag, instellingen.informatietermijnDagen()))
                .toList();
    }

    /** The share or usage of a municipality as typed before, for the key form. */
    public String deel(String code) {
        String w = waarden.get("deel-" + code);
        if (w != null) {
            return w;
        }
        BigDecimal b = sleutel.waarden().get(code);
        return b == null ? "" : b.toPlainString().replace('.', ',');
    }

    public String waarde(String veld, @Nullable String anders) {
        String w = waarden.get(veld);
        return w != null ? w : anders == null ? "" : anders;
    }
}
