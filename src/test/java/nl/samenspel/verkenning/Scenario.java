package nl.samenspel.verkenning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Input for one analysis, plus the seeded generators the property tests share. Every test case gets its own seed
 * (shown in the test name), so a failing case is reproduced by running it again: no library, no hidden database.
 */
record Scenario(List<Partij> partijen, List<Taak> taken, List<Behoefte> behoeften) {

    /** The seeds {@code 0..aantal-1}; a test draws all its random input from {@code new Random(zaad)}. */
    static Stream<Long> zaden(int aantal) {
        return LongStream.range(0, aantal).boxed();
    }

    List<TaakAnalyse> analyseer() {
        return Behoefteanalyse.analyseer(partijen, taken, behoeften);
    }

    /**
     * 2–12 parties and 1–5 tasks; every question is answered with a random strength or left open. The share of
     * open questions differs per scenario so that complete tasks (all patterns) and incomplete ones both occur.
     */
    static Scenario willekeurig(Random random) {
        List<Partij> partijen = willekeurigePartijen(random, 2, 12);
        List<Taak> taken = willekeurigeTaken(random);
        double[] kansen = {0.0, 0.0, 0.05, 0.3, 0.9};
        double ontbreekKans = kansen[random.nextInt(kansen.length)];
        List<Sterkte> antwoorden =
                antwoorden(random, partijen.size() * (partijen.size() - 1) * taken.size(), ontbreekKans);
        return new Scenario(partijen, taken, behoeften(partijen, taken, antwoorden));
    }

    /** Distinct, unsorted municipality codes, so that the party order never coincides with code order by accident. */
    static List<Partij> willekeurigePartijen(Random random, int min, int max) {
        int aantal = min + random.nextInt(max - min + 1);
        Set<Integer> nummers = new LinkedHashSet<>();
        while (nummers.size() < aantal) {
            nummers.add(1 + random.nextInt(1999));
        }
        List<Partij> partijen = new ArrayList<>(nummers.stream()
                .map(n -> new Partij("GM%04d".formatted(n), "Gemeente " + n))
                .toList());
        Collections.shuffle(partijen, random);
        return List.copyOf(partijen);
    }

    static List<Taak> willekeurigeTaken(Random random) {
        int aantal = 1 + random.nextInt(5);
        Set<Long> ids = new LinkedHashSet<>();
        while (ids.size() < aantal) {
            ids.add(1 + (long) random.nextInt(10_000));
        }
        return ids.stream().map(id -> new Taak(id, "taak " + id)).toList();
    }

    /** A strength per question, null meaning not answered. */
    static List<Sterkte> antwoorden(Random random, int aantal, double ontbreekKans) {
        Sterkte[] sterktes = Sterkte.values();
        List<Sterkte> antwoorden = new ArrayList<>(aantal);
        for (int i = 0; i < aantal; i++) {
            antwoorden.add(random.nextDouble() < ontbreekKans ? null : sterktes[random.nextInt(sterktes.length)]);
        }
        return antwoorden;
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
                        behoeften.add(
                                new Behoefte(taak.id(), van.code(), naar.code(), sterkte, "toelichting " + volgende));
                    }
                }
            }
        }
        return behoeften;
    }
}
