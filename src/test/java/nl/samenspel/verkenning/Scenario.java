package nl.samenspel.verkenning;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Input for one analysis, plus the jqwik generators the property tests share. */
record Scenario(List<Partij> partijen, List<Taak> taken, List<Behoefte> behoeften) {

    List<TaakAnalyse> analyseer() {
        return Behoefteanalyse.analyseer(partijen, taken, behoeften);
    }

    /**
     * 2–12 parties and 1–5 tasks; every question is answered with a random strength or left open. The share of
     * open questions differs per scenario so that complete tasks (all patterns) and incomplete ones both occur.
     */
    static Arbitrary<Scenario> willekeurig() {
        return Combinators.combine(willekeurigePartijen(2, 12), willekeurigeTaken())
                .flatAs((partijen, taken) -> Arbitraries.of(0.0, 0.0, 0.05, 0.3, 0.9)
                        .flatMap(ontbreekKans -> antwoorden(partijen.size() * (partijen.size() - 1) * taken.size(), ontbreekKans)
                                .map(antwoorden -> new Scenario(partijen, taken, behoeften(partijen, taken, antwoorden)))));
    }

    /** Distinct, unsorted municipality codes, so that the party order never coincides with code order by accident. */
    static Arbitrary<List<Partij>> willekeurigePartijen(int min, int max) {
        return Arbitraries.integers().between(1, 1999).set().ofMinSize(min).ofMaxSize(max)
                .map(nummers -> nummers.stream()
                        .map(n -> new Partij("GM%04d".formatted(n), "Gemeente " + n))
                        .toList())
                .flatMap(lijst -> Arbitraries.shuffle(lijst));
    }

    static Arbitrary<List<Taak>> willekeurigeTaken() {
        return Arbitraries.longs().between(1, 10_000).set().ofMinSize(1).ofMaxSize(5)
                .map(ids -> ids.stream().map(id -> new Taak(id, "taak " + id)).toList());
    }

    /** A strength per question, null meaning not answered. */
    static Arbitrary<List<Sterkte>> antwoorden(int aantal, double ontbreekKans) {
        return Arbitraries.of(Sterkte.class).injectNull(ontbreekKans).list().ofSize(aantal);
    }

    /** Answers for every ordered pair of distinct parties, per task, taken from {@code antwoorden} in turn. */
    static List<Behoefte> behoeften(List<Partij> partijen, List<Taak> taken, List<Sterkte> antwoorden) {
        List<Behoefte> behoeften = new ArrayList<>();
        int volgende = 0;
        for (Taak taak : taken) {
            for (Partij van : partijen) {
                for (Partij naar : partijen) {
                    if (van.equals(naar)) {
                        continue;
                    }
                    Sterkte sterkte = antwoorden.get(volgende++);
                    if (sterkte != null) {
                        behoeften.add(new Behoefte(taak.id(), van.code(), naar.code(), sterkte, "toelichting " + volgende));
                    }
                }
            }
        }
        return behoeften;
    }
}
