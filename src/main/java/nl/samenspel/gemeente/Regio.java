package nl.samenspel.gemeente;

/** A region a municipality belongs to, with the year the membership was last confirmed and its source. */
public record Regio(String type, String code, String naam, int peiljaar, String bron) {}
