package nl.samenspel.toets;

/** What one evaluation of all samenwerkingen did: how many were checked, findings that appeared, cleared or came back. */
public record EvaluatieUitkomst(int samenwerkingen, int verschenen, int opgelost, int terug, long millis) {}
