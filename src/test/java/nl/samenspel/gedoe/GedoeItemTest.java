package nl.samenspel.gedoe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Age and overdue, counted to a given day: an open item beyond the term is overdue, a decided one never. */
class GedoeItemTest {

    private static final LocalDate GEMELD = LocalDate.of(2027, 1, 10);

    static GedoeItem item(GedoeStatus status) {
        return new GedoeItem(
                1,
                2,
                1,
                "Titel",
                "",
                GedoeSoort.ONVOORZIEN,
                "a1",
                "A",
                null,
                GEMELD,
                null,
                null,
                null,
                null,
                null,
                status,
                null,
                null,
                null,
                1);
    }

    @Test
    void leeftijdInDagenTotDeGegevenDag() {
        assertThat(item(GedoeStatus.GEMELD).leeftijd(GEMELD)).isZero();
        assertThat(item(GedoeStatus.GEMELD).leeftijd(LocalDate.of(2027, 2, 7))).isEqualTo(28);
        assertThat(item(GedoeStatus.GEMELD).leeftijd(LocalDate.of(2027, 2, 8))).isEqualTo(29);
    }

    @Test
    void teLaatPasNaDeTermijnEnAlleenZolangHetOpenStaat() {
        LocalDate opDeTermijn = LocalDate.of(2027, 2, 7);
        LocalDate erna = LocalDate.of(2027, 2, 8);
        assertThat(item(GedoeStatus.GEMELD).teLaat(opDeTermijn, 28)).isFalse();
        assertThat(item(GedoeStatus.GEMELD).teLaat(erna, 28)).isTrue();
        assertThat(item(GedoeStatus.DOORGELEID).teLaat(erna, 28)).isTrue();
        assertThat(item(GedoeStatus.BESLOTEN).teLaat(erna, 28)).isFalse();
        assertThat(item(GedoeStatus.AFGEROND).teLaat(erna, 28)).isFalse();
    }
}
