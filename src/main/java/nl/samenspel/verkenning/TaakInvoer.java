package nl.samenspel.verkenning;

/** A task as typed; {@code taakveld} is "jaar:code" or just a code (then the list valid now is meant). */
public record TaakInvoer(String naam, String omschrijving, String taakveld) {}
