package nl.samenspel.evaluatie;

/**
 * Where the opheffing of a samenwerking stands: AANGEKONDIGD (decided, being settled) or AFGEROND (the samenwerking
 * is dissolved). Labels: {@code evaluatie.opheffing.status.<NAME>}.
 */
public enum OpheffingStatus {
    AANGEKONDIGD,
    AFGEROND;

    public String labelSleutel() {
        return "evaluatie.opheffing.status." + name();
    }
}
