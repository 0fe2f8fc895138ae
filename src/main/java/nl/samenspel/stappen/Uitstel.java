package nl.samenspel.stappen;

import java.time.Instant;

/** A postponed decision (rule 6): soort HEROPEND or UITGESTELD; onderwerp 'STAP:WAT' or 'FASE:VORMGEVEN'. */
public record Uitstel(long id, String onderwerp, String soort, String reden, String door, Instant op) {}
