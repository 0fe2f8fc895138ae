package nl.samenspel.toets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.samenspel.samenwerking.Fase;
import org.junit.jupiter.api.Test;

/** Issue 10: the status of one rule and of the whole, from stored findings and from which rules are checked. */
class GezondheidTest {

    static Bevinding b(Ernst ernst, Status status) {
        return new Bevinding(
                1,
                1,
                Weergave.VOLLEDIG,
                "R4.1",
                "",
                4,
                ernst,
                status,
                List.of(),
                Instant.now(),
                null,
                null,
                null,
                null,
                0,
                List.of());
    }

    @Test
    void eenRegelZonderControleIsNietGetoetstMaarEenOpenBevindingBlijftZichtbaar() {
        assertThat(Gezondheid.van(List.of(), false)).isEqualTo(Gezondheid.NIET_GETOETST);
        assertThat(Gezondheid.van(List.of(b(Ernst.RISICO, Status.OPGELOST)), false))
                .isEqualTo(Gezondheid.NIET_GETOETST);
        assertThat(Gezondheid.van(List.of(b(Ernst.RISICO, Status.OPEN)), false)).isEqualTo(Gezondheid.RISICO);
    }

    @Test
    void alleenErkendIsBewustAfgewekenNietInOrde() {
        assertThat(Gezondheid.van(List.of(b(Ernst.RISICO, Status.ERKEND), b(Ernst.AANDACHT, Status.OPGELOST)), true))
                .isEqualTo(Gezondheid.AFGEWEKEN);
        assertThat(Gezondheid.van(List.of(b(Ernst.AANDACHT, Status.OPGELOST)), true))
                .isEqualTo(Gezondheid.IN_ORDE);
        assertThat(Gezondheid.van(List.of(b(Ernst.RISICO, Status.ERKEND), b(Ernst.AANDACHT, Status.OPEN)), true))
                .isEqualTo(Gezondheid.AANDACHT);
    }

    @Test
    void hetTotaalIsDeZwaarsteStandVanDeGetoetsteRegels() {
        assertThat(Gezondheid.NIET_GETOETST.zwaarder(Gezondheid.IN_ORDE)).isEqualTo(Gezondheid.IN_ORDE);
        assertThat(Gezondheid.IN_ORDE.zwaarder(Gezondheid.NIET_GETOETST)).isEqualTo(Gezondheid.IN_ORDE);
        assertThat(Gezondheid.AFGEWEKEN.zwaarder(Gezondheid.IN_ORDE)).isEqualTo(Gezondheid.AFGEWEKEN);
        assertThat(Gezondheid.AFGEWEKEN.zwaarder(Gezondheid.AANDACHT)).isEqualTo(Gezondheid.AANDACHT);
        assertThat(Gezondheid.RISICO.zwaarder(Gezondheid.AANDACHT)).isEqualTo(Gezondheid.RISICO);
    }

    @Test
    void eenRegelWaarvanAlleControlesLaterTellenIsInEenEerdereFaseNietGetoetst() {
        Map<Integer, Fase> dekking = Map.of(1, Fase.VERKENNEN, 4, Fase.ONDERHANDELEN);
        assertThat(ToetsService.getoetst(dekking, 4, Fase.VERKENNEN)).isFalse();
        assertThat(ToetsService.getoetst(dekking, 4, Fase.ONDERHANDELEN)).isTrue();
        assertThat(ToetsService.getoetst(dekking, 4, Fase.UITVOEREN)).isTrue();
        assertThat(ToetsService.getoetst(dekking, 1, Fase.VERKENNEN)).isTrue();
        assertThat(ToetsService.getoetst(dekking, 2, Fase.UITVOEREN))
                .as("no check at all")
                .isFalse();
    }
}
