package nl.samenspel.stappen;

import java.time.Instant;
import java.util.List;

/** The form step opened early by the regisseur, with the reason and what was missing then. */
public record Ontgrendeling(String reden, List<String> ontbrak, String door, Instant op) {}
