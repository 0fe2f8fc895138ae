package nl.samenspel.afspraken;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.samenspel.overgang.Transitie;
import org.junit.jupiter.api.Test;

/** The rhythm of the transition period (rule 6), as pure rules: the default status and the proposed review dates. */
class AfsprakenRitmeTest {

    static final Transitie TRANSITIE = new Transitie(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 8, 15));

    @Test
    void tijdensDeTransitieperiodeIsEenNieuweRegelIndicatief() {
        assertThat(AfsprakenRitme.standaardStatus(Optional.of(TRANSITIE), LocalDate.of(2027, 5, 1)))
                .isEqualTo(RegelStatus.INDICATIEF);
        assertThat(AfsprakenRitme.standaardStatus(Optional.of(TRANSITIE), LocalDate.of(2027, 8, 15)))
                .isEqualTo(RegelStatus.INDICATIEF);
        assertThat(AfsprakenRitme.standaardStatus(Optional.of(TRANSITIE), LocalDate.of(2027, 8, 16)))
                .isEqualTo(RegelStatus.VAST);
        assertThat(AfsprakenRitme.standaardStatus(Optional.empty(), LocalDate.of(2027, 5, 1)))
                .isEqualTo(RegelStatus.VAST);
    }

    @Test
    void inEenJaarMetTransitieperiodeElkKwartaalEenHerzieningAndersHalverwege() {
        assertThat(AfsprakenRitme.herzieningsmomenten(Optional.of(TRANSITIE), 2027).stream()
                        .map(AfsprakenRitme.Voorstel::datum)
                        .toList())
                .containsExactly(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 6, 30));
        assertThat(AfsprakenRitme.herzieningsmomenten(Optional.of(TRANSITIE), 2028))
                .extracting(AfsprakenRitme.Voorstel::datum)
                .containsExactly(LocalDate.of(2028, 7, 1));
        assertThat(AfsprakenRitme.herzieningsmomenten(Optional.empty(), 2027))
                .extracting(AfsprakenRitme.Voorstel::datum)
                .containsExactly(LocalDate.of(2027, 7, 1));
        // A period too short for a quarter's end still gets one review, at its end.
        Transitie kort = new Transitie(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 5, 31));
        assertThat(AfsprakenRitme.herzieningsmomenten(Optional.of(kort), 2027))
                .extracting(AfsprakenRitme.Voorstel::datum)
                .isEqualTo(List.of(LocalDate.of(2027, 5, 31)));
        // A period running over the whole year: all four quarters.
        Transitie lang = new Transitie(LocalDate.of(2026, 7, 1), LocalDate.of(2028, 6, 30));
        assertThat(AfsprakenRitme.herzieningsmomenten(Optional.of(lang), 2027)).hasSize(4);
    }
}
