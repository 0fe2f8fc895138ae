package nl.samenspel.samenwerking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A practice copy says "Oefening: " once, whatever its source was called (issue 11: no double prefixes). */
class OefentitelTest {

    @Test
    void eenKopieZegtEenKeerDatHetEenOefeningIs() {
        assertThat(Samenwerkingen.oefentitel("Oefencasus: samen de belastingen"))
                .isEqualTo("Oefening: samen de belastingen");
        assertThat(Samenwerkingen.oefentitel("Oefening: samen de belastingen"))
                .isEqualTo("Oefening: samen de belastingen");
        assertThat(Samenwerkingen.oefentitel("Oefening: Oefencasus: samen de belastingen"))
                .isEqualTo("Oefening: samen de belastingen");
        assertThat(Samenwerkingen.oefentitel(Samenwerkingen.oefentitel("Oefencasus: ICT")))
                .isEqualTo("Oefening: ICT");
        assertThat(Samenwerkingen.oefentitel("Samen ICT")).isEqualTo("Oefening: Samen ICT");
    }
}
