package nl.samenspel.verkenning;

import java.util.List;

/** Message keys of the explanation sentences; the texts live in {@code messages/verkenning.properties}. */
final class Sleutels {

    private static final String UITLEG = "verkenning.uitleg.";

    static final String PAAR_WEDERZIJDS = UITLEG + "paar.wederzijds";
    static final String PAAR_WEDERZIJDS_ONGELIJK = UITLEG + "paar.wederzijds.ongelijk";
    static final String PAAR_EENZIJDIG = UITLEG + "paar.eenzijdig";
    static final String PAAR_GEEN = UITLEG + "paar.geen";
    static final String PAAR_ONVOLLEDIG_BEIDE = UITLEG + "paar.onvolledig.beide";
    static final String PAAR_ONVOLLEDIG_WEL_NODIG = UITLEG + "paar.onvolledig.wel-nodig";
    static final String PAAR_ONVOLLEDIG_NIET_NODIG = UITLEG + "paar.onvolledig.niet-nodig";

    static final String ADVIES_SAMENWERKEN = UITLEG + "advies.samenwerken";
    static final String ADVIES_INKOPEN = UITLEG + "advies.inkopen";

    static final String TE_WEINIG_PARTIJEN = UITLEG + "samenvatting.te-weinig-partijen";
    static final String GEEN_SAMENWERKING = UITLEG + "samenvatting.geen";
    static final String GROEP = UITLEG + "samenvatting.groep";
    static final String BUITEN = UITLEG + "samenvatting.buiten";
    static final String LEVERANCIER = UITLEG + "samenvatting.leverancier";
    static final String LEVERANCIER_ADVIES = UITLEG + "samenvatting.leverancier.advies";
    static final String GEMENGD = UITLEG + "samenvatting.gemengd";
    static final String GEMENGD_REST = UITLEG + "samenvatting.gemengd.rest";
    static final String ONVOLLEDIG = UITLEG + "samenvatting.onvolledig";
    static final String ONTBREEKT = UITLEG + "samenvatting.ontbreekt";
    static final String AL_BEKEND = UITLEG + "samenvatting.al-bekend";
    static final String AL_BEKEND_GEEN = UITLEG + "samenvatting.al-bekend.geen";
    static final String NOG_NIETS_BEKEND = UITLEG + "samenvatting.nog-niets-bekend";

    static final List<String> ALLE = List.of(
            PAAR_WEDERZIJDS,
            PAAR_WEDERZIJDS_ONGELIJK,
            PAAR_EENZIJDIG,
            PAAR_GEEN,
            PAAR_ONVOLLEDIG_BEIDE,
            PAAR_ONVOLLEDIG_WEL_NODIG,
            PAAR_ONVOLLEDIG_NIET_NODIG,
            ADVIES_SAMENWERKEN,
            ADVIES_INKOPEN,
            TE_WEINIG_PARTIJEN,
            GEEN_SAMENWERKING,
            GROEP,
            BUITEN,
            LEVERANCIER,
            LEVERANCIER_ADVIES,
            GEMENGD,
            GEMENGD_REST,
            ONVOLLEDIG,
            ONTBREEKT,
            AL_BEKEND,
            AL_BEKEND_GEEN,
            NOG_NIETS_BEKEND);

    private Sleutels() {}
}
