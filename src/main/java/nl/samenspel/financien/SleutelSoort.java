package nl.samenspel.financien;

/**
 * How a samenwerking shares its costs over the municipalities. Labels in {@code messages/financien.properties}
 * ({@code financien.sleutel.<NAME>}).
 */
public enum SleutelSoort {
    /** A fixed share in percent per municipality, together 100. */
    VAST,
    /** By the number of inhabitants in the reference data. */
    INWONERS,
    /** By usage: units per municipality as the regisseur typed them (cases, hours, addresses). */
    GEBRUIK
}
