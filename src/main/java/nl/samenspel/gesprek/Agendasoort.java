package nl.samenspel.gesprek;

/**
 * What an agenda item of a service conversation is about, in the order the agenda takes them: deviations and
 * attention points from the report first, then open actions of earlier conversations, the stretch (rek) used, and
 * new gedoe items. The question bank holds its probing questions per kind. Labels in
 * {@code messages/gesprek.properties} ({@code gesprek.soort.<NAME>}).
 */
public enum Agendasoort {
    AFWIJKING,
    AANDACHT,
    ACTIE,
    REK,
    GEDOE;

    public String labelSleutel() {
        return "gesprek.soort." + name();
    }
}
