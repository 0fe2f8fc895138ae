package nl.samenspel.gesprek;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.samenspel.rapportage.LijnStatus;
import nl.samenspel.rapportage.Rapportageinhoud;
import org.junit.jupiter.api.Test;

/**
 * The agenda of a service conversation, as a pure function: deviations first, then attention points (lines on
 * course stay off), then open actions of earlier conversations (oldest due date first, done ones off), the stretch,
 * new gedoe; every item with the bank's questions for its kind, in the bank's order.
 */
class AgendaTest {

    static final LocalDate DAG = LocalDate.of(2027, 3, 1);

    static Rapportageinhoud.Lijn lijn(long id, String dienst, LijnStatus status, String verhaal, String... waarden) {
        List<Rapportageinhoud.Indicatorwaarde> w = new java.util.ArrayList<>();
        for (int i = 0; i < waarden.length; i += 2) {
            w.add(new Rapportageinhoud.Indicatorwaarde(
                    waarden[i], waarden[i + 1] == null ? null : new BigDecimal(waarden[i + 1])));
        }
        return new Rapportageinhoud.Lijn(id, dienst, "Resultaat " + id, status, verhaal, w);
    }

    static final List<Vraag> BANK = List.of(
            new Vraag(1, Agendasoort.AFWIJKING, "Wat gebeurde er?", 2, 1),
            new Vraag(2, Agendasoort.AFWIJKING, "Hoe ziet u het zelf?", 1, 1),
            new Vraag(3, Agendasoort.AANDACHT, "Waar let u op?", 1, 1),
            new Vraag(4, Agendasoort.ACTIE, "Hoe staat het ermee?", 1, 1),
            new Vraag(5, Agendasoort.GEDOE, "Hoe ontstond dit?", 1, 1));

    @Test
    void afwijkingenEnAandachtspuntenEerstDanOpenActiesRekEnGedoeElkMetHunVragen() {
        Rapportageinhoud r = new Rapportageinhoud(
                7,
                12,
                "GM0355",
                DAG.minusMonths(3),
                DAG.minusDays(1),
                true,
                List.of(
                        lijn(1, "Heffen", LijnStatus.AANDACHT, "Drukte in januari"),
                        lijn(2, "Innen", LijnStatus.OP_KOERS, "Loopt"),
                        lijn(
                                3,
                                "Bezwaar",
                                LijnStatus.AFWIJKING,
                                "Achterstand door ziekte",
                                "doorlooptijd",
                                "42.50",
                                "aantal",
                                null)));
        List<Gesprek.Actie> acties = List.of(
                new Gesprek.Actie(20, 1, "Later", "Teamleider", DAG.plusDays(10), null, 1),
                new Gesprek.Actie(21, 1, "Klaar", "Teamleider", DAG.minusDays(30), DAG.minusDays(2), 2),
                new Gesprek.Actie(22, 1, "Eerst", "Regisseur", DAG.minusDays(5), null, 1));
        List<Agenda.Punt> punten = Agenda.bouw(new Agenda.Invoer(
                r,
                acties,
                new Agenda.Rek("10 van 40 uur gebruikt", "Voor pieken"),
                List.of(new Agenda.Gedoe(31, "Archief weg", "", DAG.minusDays(3))),
                BANK));

        assertThat(punten)
                .extracting(Agenda.Punt::soort)
                .containsExactly(
                        Agendasoort.AFWIJKING,
                        Agendasoort.AANDACHT,
                        Agendasoort.ACTIE,
                        Agendasoort.ACTIE,
                        Agendasoort.REK,
                        Agendasoort.GEDOE);
        Agenda.Punt afwijking = punten.get(0);
        assertThat(afwijking.titel()).isEqualTo("Bezwaar: Resultaat 3");
        assertThat(afwijking.verwijzing()).isEqualTo(3L);
        assertThat(afwijking.toelichting()).isEqualTo("Achterstand door ziekte\ndoorlooptijd: 42,5");
        assertThat(afwijking.vragen()).containsExactly("Hoe ziet u het zelf?", "Wat gebeurde er?");
        assertThat(punten.get(1).titel()).isEqualTo("Heffen: Resultaat 1");
        assertThat(punten.get(1).vragen()).containsExactly("Waar let u op?");
        assertThat(punten.get(2).titel()).isEqualTo("Eerst");
        assertThat(punten.get(2).toelichting()).isEqualTo("Regisseur \u2013 24 februari 2027");
        assertThat(punten.get(3).titel()).isEqualTo("Later");
        assertThat(punten.get(4).titel()).isEqualTo("10 van 40 uur gebruikt");
        assertThat(punten.get(4).vragen()).isEmpty();
        assertThat(punten.get(5).verwijzing()).isEqualTo(31L);
        assertThat(punten.get(5).vragen()).containsExactly("Hoe ontstond dit?");
    }

    @Test
    void zonderRapportageOpentDeAgendaMetDeOpenActies() {
        List<Agenda.Punt> punten = Agenda.bouw(new Agenda.Invoer(
                null, List.of(new Gesprek.Actie(20, 1, "Nabellen", "Wethouder", DAG, null, 1)), null, List.of(), BANK));
        assertThat(punten).singleElement().satisfies(p -> {
            assertThat(p.soort()).isEqualTo(Agendasoort.ACTIE);
            assertThat(p.titel()).isEqualTo("Nabellen");
            assertThat(p.vragen()).containsExactly("Hoe staat het ermee?");
        });
    }

    @Test
    void eenRapportageZonderAfwijkingenEnNiemandsAandachtGeeftEenLegeAgenda() {
        Rapportageinhoud r = new Rapportageinhoud(
                7,
                12,
                "GM0355",
                DAG.minusMonths(3),
                DAG.minusDays(1),
                false,
                List.of(
                        lijn(1, "Heffen", LijnStatus.OP_KOERS, "Loopt"),
                        new Rapportageinhoud.Lijn(2, "Innen", "R", null, "", List.of())));
        assertThat(Agenda.bouw(new Agenda.Invoer(r, List.of(), null, List.of(), BANK)))
                .isEmpty();
    }
}
