package nl.samenspel.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The differences between parties: every submitted score side by side, the spread highest minus lowest, a tension
 * from a spread of two; a draft never counts and a single score has no spread.
 */
class VerschilTest {

    static final LocalDate DAG = LocalDate.of(2027, 3, 1);

    static Antwoorden ingediend(String partij, Map<Stelling, Integer> scores) {
        return new Antwoorden(partij, DAG, scores, Map.of(), 1);
    }

    static Verschil van(List<Verschil> lijst, Stelling st) {
        return lijst.stream().filter(v -> v.stelling() == st).findFirst().orElseThrow();
    }

    @Test
    void scoresNaastElkaarMetSpreidingEnSpanningVanafTwee() {
        List<Verschil> v = Verschil.van(List.of(
                ingediend("GM0355", Map.of(Stelling.WAARDE1, 5, Stelling.RELATIE1, 3, Stelling.STURING1, 2)),
                ingediend("GM0310", Map.of(Stelling.WAARDE1, 1, Stelling.RELATIE1, 4, Stelling.STURING1, 4)),
                ingediend(ScanFeiten.ORGANISATIE, Map.of(Stelling.WAARDE1, 4, Stelling.RELATIE1, 4))));

        Verschil waarde = van(v, Stelling.WAARDE1);
        assertThat(waarde.scores())
                .containsExactly(
                        new Verschil.Partijscore("GM0355", 5),
                        new Verschil.Partijscore("GM0310", 1),
                        new Verschil.Partijscore(ScanFeiten.ORGANISATIE, 4));
        assertThat(waarde.spreiding()).isEqualTo(4);
        assertThat(waarde.spanning()).isTrue();
        assertThat(van(v, Stelling.RELATIE1).spreiding()).isEqualTo(1);
        assertThat(van(v, Stelling.RELATIE1).spanning())
                .as("één punt verschil is geen spanning")
                .isFalse();
        assertThat(van(v, Stelling.STURING1).spreiding()).isEqualTo(2);
        assertThat(van(v, Stelling.STURING1).spanning()).as("twee punten wel").isTrue();
        assertThat(v).hasSize(Stelling.values().length);
    }

    @Test
    void eenConceptTeltNietEnEenEnkeleScoreHeeftGeenSpreiding() {
        List<Verschil> v = Verschil.van(List.of(
                ingediend("GM0355", Map.of(Stelling.LEVERING2, 5)),
                new Antwoorden("GM0310", null, Map.of(Stelling.LEVERING2, 1), Map.of(), 1)));
        Verschil levering = van(v, Stelling.LEVERING2);
        assertThat(levering.scores()).containsExactly(new Verschil.Partijscore("GM0355", 5));
        assertThat(levering.spreiding()).isZero();
        assertThat(levering.spanning()).isFalse();
    }
}
