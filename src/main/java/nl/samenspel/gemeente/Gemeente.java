package nl.samenspel.gemeente;

/** A Dutch municipality as CBS identifies it ({@code GM0363}). Population on 1 January 2024, where known. */
public record Gemeente(String code, String naam, String provincie, String provincieCode, Integer inwoners) {}
