package nl.samenspel.rapportage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The trends and the period names as pure functions: concepts left out, statuses counted, the worst one per cell. */
class TrendsTest {

    static final LocalDate Q1 = LocalDate.of(2027, 1, 1);
    static final LocalDate Q1_EIND = LocalDate.of(2027, 3, 31);
    static final LocalDate Q2 = LocalDate.of(2027, 4, 1);
    static final LocalDate Q2_EIND = LocalDate.of(2027, 6, 30);

    static Rapportage.Lijn lijn(long id, long dienst, String naam, @Nullable LijnStatus status) {
        return new Rapportage.Lijn(id, id, dienst, naam, "resultaat " + id, status, "verhaal", List.of());
    }

    static Rapportage rapportage(
            long id, String gemeente, LocalDate van, LocalDate tot, boolean ingediend, Rapportage.Lijn... lijnen) {
        return new Rapportage(
                id,
                1,
                10,
                gemeente,
                2027,
                van,
                tot,
                "regisseur",
                ingediend ? Instant.EPOCH : null,
                ingediend ? "regisseur" : null,
                1,
                Arrays.asList(lijnen));
    }

    @Test
    void perKlantTeltDeStatussenPerPeriodeEnLaatConceptenWeg() {
        Trends t = Trends.uit(List.of(
                rapportage(
                        2,
                        "GM0355",
                        Q2,
                        Q2_EIND,
                        true,
                        lijn(1, 7, "Heffen", LijnStatus.AFWIJKING),
                        lijn(2, 8, "Innen", LijnStatus.OP_KOERS)),
                rapportage(
                        1,
                        "GM0355",
                        Q1,
                        Q1_EIND,
                        true,
                        lijn(3, 7, "Heffen", LijnStatus.OP_KOERS),
                        lijn(4, 8, "Innen", LijnStatus.OP_KOERS)),
                rapportage(3, "GM0310", Q1, Q1_EIND, false, lijn(5, 7, "Heffen", LijnStatus.AANDACHT))));

        assertThat(t.klanten()).extracting(Trends.Klant::gemeenteCode).containsExactly("GM0355");
        List<Trends.Punt> punten = t.klanten().get(0).punten();
        assertThat(punten).extracting(Trends.Punt::rapportageId).containsExactly(1L, 2L);
        assertThat(punten.get(0).opKoers()).isEqualTo(2);
        assertThat(punten.get(1).afwijking()).isEqualTo(1);
        assertThat(punten.get(1).opKoers()).isEqualTo(1);
    }

    @Test
    void perDienstDeErnstigsteStatusPerKlantPerPeriodeEnLeegWaarNietGerapporteerd() {
        Trends t = Trends.uit(List.of(
                rapportage(
                        1,
                        "GM0355",
                        Q1,
                        Q1_EIND,
                        true,
                        lijn(1, 7, "Heffen", LijnStatus.OP_KOERS),
                        lijn(2, 7, "Heffen", LijnStatus.AANDACHT)),
                rapportage(2, "GM0310", Q2, Q2_EIND, true, lijn(3, 7, "Heffen", LijnStatus.AFWIJKING))));

        assertThat(t.diensten()).hasSize(1);
        Trends.Dienstreeks heffen = t.diensten().get(0);
        assertThat(heffen.dienst()).isEqualTo("Heffen");
        assertThat(heffen.perioden()).containsExactly(new Periode(Q1, Q1_EIND), new Periode(Q2, Q2_EIND));
        assertThat(heffen.rijen()).extracting(Trends.Rij::gemeenteCode).containsExactly("GM0310", "GM0355");
        assertThat(heffen.rijen().get(0).cellen()).containsExactly(null, LijnStatus.AFWIJKING);
        assertThat(heffen.rijen().get(1).cellen()).containsExactly(LijnStatus.AANDACHT, null);
    }

    @Test
    void periodenHebbenEenLeesbareNaamEnOverlappenAlsZeEenDagDelen() {
        assertThat(new Periode(Q1, Q1_EIND).label().sleutel()).isEqualTo("rapportage.periode.kwartaal");
        assertThat(new Periode(Q1, Q1_EIND).label().argumenten()).containsExactly("1", "2027");
        assertThat(new Periode(Q2, Q2_EIND).label().argumenten()).containsExactly("2", "2027");
        assertThat(new Periode(Q1, LocalDate.of(2027, 12, 31)).label().sleutel())
                .isEqualTo("rapportage.periode.jaar");
        assertThat(new Periode(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 12, 31))
                        .label()
                        .argumenten())
                .containsExactly("2", "2027");
        assertThat(new Periode(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29))
                        .label()
                        .argumenten())
                .containsExactly("februari 2028");
        assertThat(new Periode(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 4, 30))
                        .label()
                        .sleutel())
                .as("drie maanden, maar geen kwartaal")
                .isEqualTo("rapportage.periode.vrij");
        assertThat(new Periode(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 3, 31))
                        .label()
                        .sleutel())
                .isEqualTo("rapportage.periode.vrij");

        assertThat(new Periode(Q1, Q1_EIND).overlapt(new Periode(Q2, Q2_EIND))).isFalse();
        assertThat(new Periode(Q1, Q1_EIND).overlapt(new Periode(Q1_EIND, Q2_EIND)))
                .isTrue();
        assertThat(new Periode(Q2, Q2_EIND).overlapt(new Periode(Q1, Q2))).isTrue();
    }
}
