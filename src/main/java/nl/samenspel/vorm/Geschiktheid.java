package nl.samenspel.vorm;

/** How well a form fits the samenwerking, per criterion and overall (the worst criterion decides). */
public enum Geschiktheid {
    PAST,
    PAST_ONDER_VOORWAARDEN,
    PAST_NIET;

    public String labelSleutel() {
        return "vorm.geschiktheid." + name();
    }
}
