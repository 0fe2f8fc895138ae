package nl.samenspel.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The bookkeeping behind the login throttle: growing waits, forgetting, and a hard cap on memory. */
class RemmerTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void vanafDeDrempelVerdubbeltDeWachttijdTotHetMaximum() {
        Remmer remmer = new Remmer(3, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofMinutes(15), 100);
        Instant nu = T0;
        remmer.mislukt("a", nu);
        remmer.mislukt("a", nu);
        assertThat(remmer.wachttijd("a", nu)).isZero();
        long[] verwacht = {1, 2, 4, 8, 8};
        for (long seconden : verwacht) {
            remmer.mislukt("a", nu);
            assertThat(remmer.wachttijd("a", nu)).isEqualTo(Duration.ofSeconds(seconden));
            nu = nu.plusSeconds(seconden);
            assertThat(remmer.wachttijd("a", nu))
                    .as("na het wachten mag het weer")
                    .isZero();
        }
        assertThat(remmer.wachttijd("b", nu))
                .as("een andere sleutel merkt er niets van")
                .isZero();
    }

    @Test
    void naEenKwartierZonderFoutenBegintEenSleutelOpnieuw() {
        Remmer remmer = new Remmer(2, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15), 100);
        remmer.mislukt("a", T0);
        remmer.mislukt("a", T0);
        assertThat(remmer.wachttijd("a", T0)).isEqualTo(Duration.ofSeconds(1));
        Instant later = T0.plus(Duration.ofMinutes(16));
        remmer.mislukt("a", later);
        assertThat(remmer.wachttijd("a", later))
                .as("eerste fout van een nieuwe reeks")
                .isZero();
    }

    @Test
    void hetGeheugenBlijftBegrensdHoeveelNamenEenAanvallerOokVerzint() {
        Remmer remmer = new Remmer(1, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15), 1000);
        remmer.mislukt("echt", T0);
        for (int i = 0; i < 100_000; i++) {
            remmer.mislukt("verzonnen-" + i, T0);
        }
        assertThat(remmer.aantal()).isEqualTo(1000);
    }

    @Test
    void eenGebruikteSleutelBlijftLangerBewaardDanEenVergetenVerzinsel() {
        Remmer remmer = new Remmer(1, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15), 3);
        remmer.mislukt("beheerder", T0);
        remmer.mislukt("x1", T0);
        remmer.mislukt("x2", T0);
        assertThat(remmer.wachttijd("beheerder", T0)).isPositive();
        remmer.mislukt("x3", T0);
        assertThat(remmer.wachttijd("beheerder", T0))
                .as("pas gevraagd, dus niet verdrongen")
                .isPositive();
        assertThat(remmer.wachttijd("x1", T0))
                .as("het langst niet gebruikt, dus verdrongen")
                .isZero();
    }
}
