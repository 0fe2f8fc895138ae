package nl.samenspel.samenwerking;

import java.time.LocalDate;
import nl.samenspel.gemeente.Gemeente;

/**
 * A municipality that took part and left (uittreding, issue 13), with the day it left and why. Its positions,
 * answers and marks stay with the samenwerking as history; pages show them as "vertrokken".
 */
public record VertrokkenPartij(Gemeente gemeente, LocalDate datum, String reden) {

    public String code() {
        return gemeente.code();
    }
}
