package nl.samenspel.vorm;

/**
 * Where a legal fact comes from: reference data copied from {@code ../shared/law/wgr.md} (its source list), shown
 * with every reason that cites it. Never fetched at run time.
 */
public enum Bron {
    WGR_2015(
            "Wet gemeenschappelijke regelingen, geconsolideerde tekst van 5 januari 2015 (statengeneraal/laws-markdown,"
                    + " BWBR0003740)",
            "https://wetten.overheid.nl/BWBR0003740"),
    WGR_ART_1(
            "Wet gemeenschappelijke regelingen, artikel 1 (tekst na 1 juli 2022)",
            "https://wetten.legaltools.nl/wet-gemeenschappelijke-regelingen/artikel-1"),
    WGR_ART_9(
            "Wet gemeenschappelijke regelingen, artikel 9 (tekst na 1 juli 2022)",
            "https://wetten.legaltools.nl/wet-gemeenschappelijke-regelingen/artikel-9"),
    WGR_ART_54(
            "Wet gemeenschappelijke regelingen, hoofdstuk IV, afdeling 3 (artikel 54)",
            "https://wetten.legaltools.nl/wet-gemeenschappelijke-regelingen/hoofdstuk-iv/afdeling-3"),
    GEMEENTEWET_2015(
            "Gemeentewet, geconsolideerde tekst 2015 (statengeneraal/laws-markdown, BWBR0005416)",
            "https://wetten.overheid.nl/BWBR0005416"),
    STB_2022_128(
            "Staatsblad 2022, 128: wijziging van de Wgr ter versterking van de democratische legitimatie",
            "https://zoek.officielebekendmakingen.nl/stb-2022-128.html"),
    KST_35513_3(
            "Kamerstukken 35513, nr. 3: memorie van toelichting bij de wijziging van de Wgr",
            "https://zoek.officielebekendmakingen.nl/kst-35513-3.html"),
    BB_CAPRA(
            "Binnenlands Bestuur (Capra advocaten): wijzigingen Wgr",
            "https://www.binnenlandsbestuur.nl/bestuur-en-organisatie/capra-advocaten/wijzigingen-wgr-gemeenschappelijke-regeling"),
    GNU_GAC(
            "Gemeente.nu: gemeenschappelijke adviescommissie",
            "https://www.gemeente.nu/blog/gemeenschappelijke-adviescommissie-weeg-de-belangen/"),
    GNU_INFO(
            "Gemeente.nu: actief informeren bij gemeenschappelijke regelingen",
            "https://www.gemeente.nu/blog/actief-informeren-bij-gemeenschappelijke-regelingen/"),
    GNU_ENQ(
            "Gemeente.nu: regionale enquêtecommissie",
            "https://www.gemeente.nu/blog/regionale-enquetecommissie-krijgt-meer-tanden-dan-lokale-versie/"),
    GNU_RZM(
            "Gemeente.nu: regeling zonder meer of centrumregeling",
            "https://www.gemeente.nu/bestuur/samenwerking/regeling-zonder-meer-of-centrumregeling/"),
    VNG_BVO("VNG: bedrijfsvoeringsorganisatie", "https://vng.nl/artikelen/bedrijfsvoeringsorganisatie"),
    VNG_GO("VNG: gemeenschappelijk orgaan", "https://vng.nl/artikelen/gemeenschappelijk-orgaan"),
    VNG_CG("VNG: centrumgemeente", "https://vng.nl/artikelen/centrumgemeente"),
    VNG_PRIV(
            "VNG: samenwerking met privaatrechtelijke rechtspersonen",
            "https://vng.nl/artikelen/over-samenwerking-met-privaatrechtelijke-rechtspersonen"),
    VNG_PPS(
            "VNG-handreiking Publiek-publieke samenwerking en het aanbestedingsrecht",
            "https://5dok.net/document/qo5ol8rk-publiek-publieke-samenwerking-en-het-aanbestedingsrecht.html"),
    CVDR_723690(
            "GR Ondersteuning Bestuurlijke Samenwerking Westfriesland (2024), een centrumregeling",
            "https://lokaleregelgeving.overheid.nl/CVDR723690/1");

    private final String titel;
    private final String url;

    Bron(String titel, String url) {
        this.titel = titel;
        this.url = url;
    }

    public String titel() {
        return titel;
    }

    public String url() {
        return url;
    }
}
