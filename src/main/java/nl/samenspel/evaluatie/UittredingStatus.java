package nl.samenspel.evaluatie;

/**
 * Where an uittreding stands: AANGEKONDIGD (announced), VOORWAARDEN_VASTGESTELD (conditions and settlement agreed),
 * AFGEROND (taken effect: the party has left, its history stays as "vertrokken"), INGETROKKEN (withdrawn).
 */
public enum UittredingStatus {
    AANGEKONDIGD,
    VOORWAARDEN_VASTGESTELD,
    AFGEROND,
    INGETROKKEN;

    /** Label: {@code evaluatie.uittreding.status.<NAME>}. */
    public String labelSleutel() {
        return "evaluatie.uittreding.status." + name();
    }
}
