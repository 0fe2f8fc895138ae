package nl.samenspel.scan;

/**
 * The four themes of the samenwerkingsscan. Labels and the statements per theme are in
 * {@code messages/scan.properties}.
 */
public enum ScanThema {
    STRATEGISCHE_WAARDE,
    LEVERING,
    RELATIE_EN_VERTROUWEN,
    STURING;

    public String labelSleutel() {
        return "scan.thema." + name() + ".label";
    }
}
