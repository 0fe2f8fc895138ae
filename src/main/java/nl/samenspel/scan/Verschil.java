package nl.samenspel.scan;

import java.util.List;

/**
 * The scores of the parties that submitted, side by side for one statement; not averaged.
 *
 * @param scores one per submitted party that scored it, in party order
 * @param spreiding highest minus lowest score (0 with fewer than two scores)
 * @param spanning the spread is {@link Stelling#SPANNING_VANAF} or more: a tension to discuss
 */
public record Verschil(Stelling stelling, List<Partijscore> scores, int spreiding, boolean spanning) {

    public Verschil {
        scores = List.copyOf(scores);
    }

    public record Partijscore(String partij, int score) {}

    /** The differences for every statement, from the submitted answers only (drafts never count). */
    public static List<Verschil> van(List<Antwoorden> antwoorden) {
        return java.util.Arrays.stream(Stelling.values())
                .map(st -> {
                    List<Partijscore> s = antwoorden.stream()
                            .filter(Antwoorden::ingediend)
                            .filter(a -> a.score(st) != null)
                            .map(a -> new Partijscore(a.partij(), java.util.Objects.requireNonNull(a.score(st))))
                            .toList();
                    int spreiding = s.size() < 2
                            ? 0
                            : s.stream().mapToInt(Partijscore::score).max().orElse(0)
                                    - s.stream()
                                            .mapToInt(Partijscore::score)
                                            .min()
                                            .orElse(0);
                    return new Verschil(st, s, spreiding, spreiding >= Stelling.SPANNING_VANAF);
                })
                .toList();
    }
}
