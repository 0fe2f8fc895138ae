package nl.samenspel.stappen;

/** A goal or non-goal; {@code bronGemeente}/{@code bronNaam}: the municipality whose position it came from. */
public record Doel(long id, DoelSoort soort, String tekst, String bronGemeente, String bronNaam, int volgorde,
        long versie) {}
