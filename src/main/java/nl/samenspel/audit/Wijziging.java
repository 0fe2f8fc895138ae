package nl.samenspel.audit;

/** One changed field: its value before and after (null when absent), as text. */
public record Wijziging(String veld, String voor, String na) {}
