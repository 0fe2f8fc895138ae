package nl.samenspel.verkenning;

/** An answer still to be given: party {@code van} has to say whether it needs {@code naar} for {@code taak}. */
public record OntbrekendAntwoord(Taak taak, Partij van, Partij naar) {}
