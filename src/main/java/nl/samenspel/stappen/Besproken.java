package nl.samenspel.stappen;

import java.time.Instant;

/** A party marked a step as discussed and agreed. */
public record Besproken(Stap stap, String gemeenteCode, String door, Instant op) {}
