package nl.samenspel.toets.controles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.samenspel.toets.Controle;
import org.junit.jupiter.api.Test;

/**
 * Every check says what it is in one place, its {@link Regelcontrole} annotation (id, weight, from which phase),
 * and shares the rest through {@link Basiscontrole}: no check repeats the id/weight/phase-guard preamble.
 */
class RegelcontroleTest {

    @Test
    void elkeControleVerklaartZichMetEenUniekeRegelcontrole() {
        List<Controle> alle = AlleControles.uitDeApplicatie();
        assertThat(alle).hasSizeGreaterThan(10).allSatisfy(c -> {
            assertThat(c).isInstanceOf(Basiscontrole.class);
            Regelcontrole r = c.getClass().getAnnotation(Regelcontrole.class);
            assertThat(r).as(c.getClass().getSimpleName()).isNotNull();
            assertThat(r.id()).matches("R[1-7]\\.[0-9]+").isEqualTo(c.id());
            assertThat(r.ernst()).isEqualTo(c.ernst());
        });
        assertThat(alle.stream().map(Controle::id)).doesNotHaveDuplicates();
    }
}
