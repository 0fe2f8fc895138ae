package nl.samenspel.financien;

import java.math.BigDecimal;

/** The budget total of one year: what the participants together contribute. */
public record Begroting(long samenwerkingId, int jaar, BigDecimal totaal, long versie) {}
