package nl.samenspel.gemeente;

/** A province with its CBS code, how many municipalities it has and their inhabitants together. */
public record Provincie(String code, String naam, int aantalGemeenten, long inwoners) {}
