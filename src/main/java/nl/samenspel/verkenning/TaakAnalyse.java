package nl.samenspel.verkenning;

import java.util.List;
import java.util.stream.Stream;

/**
 * The analysis of one task: every unordered pair (in party order: (1,2), (1,3), ..., (2,3), ...), the summary,
 * and all answers still missing (ordered by the party that should answer, then the party it is about).
 */
public record TaakAnalyse(
        Taak taak, List<PaarAnalyse> paren, Samenvatting samenvatting, List<OntbrekendAntwoord> ontbrekend) {

    public TaakAnalyse {
        paren = List.copyOf(paren);
        ontbrekend = List.copyOf(ontbrekend);
    }

    /** Every ordered direction {van, naar, sterkte}, pair by pair. */
    public List<Richting> richtingen() {
        return paren.stream().flatMap(p -> Stream.of(p.aNaarB(), p.bNaarA())).toList();
    }

    public boolean volledig() {
        return ontbrekend.isEmpty();
    }
}
