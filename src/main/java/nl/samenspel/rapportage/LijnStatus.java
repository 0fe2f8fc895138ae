package nl.samenspel.rapportage;

/**
 * How a DVO line is doing in a period, as the shared organisation reports it. Labels in
 * {@code messages/rapportage.properties} ({@code rapportage.status.<NAME>.label}).
 */
public enum LijnStatus {
    OP_KOERS,
    AANDACHT,
    AFWIJKING;

    public String labelSleutel() {
        return "rapportage.status." + name() + ".label";
    }
}
