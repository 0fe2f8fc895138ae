package nl.samenspel.overgang;

import java.time.LocalDate;

/** The transition period (rule 6: the learning period), both days included. */
public record Transitie(LocalDate start, LocalDate eind) {

    /** Whether {@code dag} falls within the period. */
    public boolean loopt(LocalDate dag) {
        return !dag.isBefore(start) && !dag.isAfter(eind);
    }
}
