package nl.samenspel.stappen;

public enum SpanningStatus {
    OPEN,
    AFGESPROKEN,
    GESLOTEN;

    public String labelSleutel() {
        return "spanning.status." + name();
    }
}
