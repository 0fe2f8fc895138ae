package nl.samenspel.toets;

import static nl.samenspel.toets.ToetsData.HOUTEN;
import static nl.samenspel.toets.ToetsData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.samenspel.account.AccountService;
import nl.samenspel.afspraken.AfsprakenFeiten;
import nl.samenspel.afspraken.RegelStatus;
import nl.samenspel.evaluatie.EvaluatieFeiten;
import nl.samenspel.gedoe.GedoeFeiten;
import nl.samenspel.overgang.OverdrachtSoort;
import nl.samenspel.overgang.OvergangFeiten;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13: the agreements, the transition, the gedoe and the evaluations reach the checks through
 * {@link ToetsLezer}, one bulk read per module per batch, and the day the facts are judged on comes from the
 * Toetser's clock. A finding that depends on the date only (an evaluation past its planned day) appears with the
 * nightly re-evaluation ({@link ToetsHerberekening#herbereken}) without anyone editing anything. The four modules'
 * facts are stood in for here (their own modules test what they publish), so this runs before and after the merge.
 */
@SamenspelTest
class AfsprakenToetsTest {

    /** A clock the test moves by hand: the Toetser takes it from the context. */
    static final class Klok extends Clock {
        volatile Instant nu = dag(LocalDate.of(2027, 2, 20));

        static Instant dag(LocalDate d) {
            return d.atTime(12, 0).atZone(Tijdstip.NEDERLAND).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return Tijdstip.NEDERLAND;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return nu;
        }
    }

    @TestConfiguration
    static class MetKlok {
        @Bean
        Klok klok() {
            return new Klok();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    Toetser toetser;

    @Autowired
    ToetsHerberekening herberekening;

    @Autowired
    Klok klok;

    @MockitoBean
    AfsprakenFeiten afsprakenFeiten;

    @MockitoBean
    OvergangFeiten overgangFeiten;

    @MockitoBean
    GedoeFeiten gedoeFeiten;

    @MockitoBean
    EvaluatieFeiten evaluatieFeiten;

    final Map<Long, AfsprakenFeiten.Stand> afspraken = new ConcurrentHashMap<>();
    final Map<Long, OvergangFeiten.Stand> overgang = new ConcurrentHashMap<>();
    final Map<Long, EvaluatieFeiten.Stand> evaluaties = new ConcurrentHashMap<>();

    String regie;

    @BeforeEach
    void feiten() {
        regie = ToetsData.regisseur(accounts);
        klok.nu = Klok.dag(LocalDate.of(2027, 2, 20));
        when(afsprakenFeiten.lees(anyCollection()))
                .thenAnswer(i -> ids(i.getArgument(0)).stream()
                        .map(id -> afspraken.getOrDefault(id, AfsprakenFeiten.Stand.leeg(id)))
                        .toList());
        when(overgangFeiten.lees(anyCollection()))
                .thenAnswer(i -> ids(i.getArgument(0)).stream()
                        .map(id -> overgang.getOrDefault(id, OvergangFeiten.Stand.leeg(id)))
                        .toList());
        when(gedoeFeiten.lees(anyCollection()))
                .thenAnswer(i -> ids(i.getArgument(0)).stream()
                        .map(GedoeFeiten.Stand::leeg)
                        .toList());
        when(evaluatieFeiten.lees(anyCollection()))
                .thenAnswer(i -> ids(i.getArgument(0)).stream()
                        .map(id -> evaluaties.getOrDefault(id, EvaluatieFeiten.Stand.leeg(id)))
                        .toList());
    }

    @SuppressWarnings("unchecked")
    private static Collection<Long> ids(Object argument) {
        return (Collection<Long>) argument;
    }

    JsonNode toets(long id) {
        Http.Antwoord a = Http.api(port, regie).get("/api/v1/samenwerkingen/" + id + "/toets");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    static String status(JsonNode toets, String controle, String onderwerp) {
        return OntwerpToetsTest.status(toets, controle, onderwerp);
    }

    static EvaluatieFeiten.Stand evaluatie(long id, @org.jspecify.annotations.Nullable LocalDate uitgevoerd) {
        return new EvaluatieFeiten.Stand(
                id,
                List.of(new EvaluatieFeiten.Evaluatie(
                        7,
                        LocalDate.of(2027, 3, 1),
                        uitgevoerd,
                        List.of(new EvaluatieFeiten.Actie(8, LocalDate.of(2027, 3, 10), false)))),
                List.of(),
                null);
    }

    @Test
    void theFourModulesFactsReachTheChecksInOneReadPerModule() {
        long id = ToetsData.samenwerking(port, regie, ZEIST, HOUTEN);
        ToetsData.fase(port, regie, id, "ONDERHANDELEN");
        ToetsData.fase(port, regie, id, "VORMGEVEN");
        ToetsData.fase(port, regie, id, "AFSPREKEN");
        long ander = ToetsData.samenwerking(port, regie, ZEIST, HOUTEN);
        // A DVO per client without stretch, an inventory without in-between tasks, no forum for the unforeseen.
        AfsprakenFeiten.Regel regel =
                new AfsprakenFeiten.Regel(1, null, "op tijd", RegelStatus.INDICATIEF, 1, false, false);
        afspraken.put(
                id,
                new AfsprakenFeiten.Stand(
                        id,
                        List.of(),
                        List.of(
                                new AfsprakenFeiten.Dvo(
                                        1, ZEIST, 2027, false, null, 0, List.of(regel), List.of(), false, List.of()),
                                new AfsprakenFeiten.Dvo(
                                        2, HOUTEN, 2027, false, null, 0, List.of(), List.of(), false, List.of())),
                        3));
        overgang.put(
                id,
                new OvergangFeiten.Stand(
                        id,
                        null,
                        null,
                        List.of(),
                        List.of(new OvergangFeiten.Overdracht(1, OverdrachtSoort.SYSTEEM, false)),
                        List.of()));
        evaluaties.put(id, evaluatie(id, null));
        clearInvocations(afsprakenFeiten, overgangFeiten, gedoeFeiten, evaluatieFeiten);
        toetser.evalueer(List.of(id, ander));
        verify(afsprakenFeiten, times(1)).lees(anyCollection());
        verify(overgangFeiten, times(1)).lees(anyCollection());
        verify(gedoeFeiten, times(1)).lees(anyCollection());
        verify(evaluatieFeiten, times(1)).lees(anyCollection());

        JsonNode t = toets(id);
        assertThat(status(t, "R6.5", "")).isEqualTo("OPEN");
        assertThat(status(t, "R6.4", "")).isEqualTo("OPEN");
        assertThat(status(t, "R3.6", "")).isEqualTo("OPEN");
        assertThat(status(t, "R3.3", "")).as("gedoe: no forum named").isEqualTo("OPEN");
        // 20 February 2027: the evaluation of 1 March is still ahead.
        assertThat(status(t, "R3.7", "7")).isEqualTo("GEEN");
        // The other samenwerking has none of it: still exploring.
        assertThat(ToetsApiTest.bevindingen(toets(ander), "R6.5")).isEmpty();
    }

    @Test
    void theNightlyReEvaluationBringsWhatOnlyTheDateChanged() {
        long id = ToetsData.samenwerking(port, regie, ZEIST, HOUTEN);
        ToetsData.fase(port, regie, id, "ONDERHANDELEN");
        ToetsData.fase(port, regie, id, "VORMGEVEN");
        ToetsData.fase(port, regie, id, "AFSPREKEN");
        evaluaties.put(id, evaluatie(id, null));
        toetser.evalueer(List.of(id));
        assertThat(status(toets(id), "R3.7", "7")).isEqualTo("GEEN");

        // Nobody edits anything; the night after the planned day the evaluation is late, its action too.
        klok.nu = Klok.dag(LocalDate.of(2027, 3, 12));
        assertThat(status(toets(id), "R3.7", "7")).as("not before the night").isEqualTo("GEEN");
        assertThat(herberekening.herbereken()).isGreaterThanOrEqualTo(1);
        JsonNode t = toets(id);
        assertThat(status(t, "R3.7", "7")).isEqualTo("OPEN");
        assertThat(status(t, "R3.8", "8")).isEqualTo("OPEN");
        assertThat(ToetsApiTest.bevindingen(t, "R3.7")
                        .get(0)
                        .path("omschrijving")
                        .asString())
                .isEqualTo("De evaluatie die gepland stond voor 1 maart 2027 is nog niet gehouden.");

        // Held: the next night resolves it, saying what repaired it.
        evaluaties.put(id, evaluatie(id, LocalDate.of(2027, 3, 13)));
        klok.nu = Klok.dag(LocalDate.of(2027, 3, 14));
        herberekening.herbereken();
        t = toets(id);
        assertThat(status(t, "R3.7", "7")).isEqualTo("OPGELOST");
        JsonNode r37 = ToetsApiTest.bevindingen(t, "R3.7").get(0);
        JsonNode laatste = r37.path("historie").get(r37.path("historie").size() - 1);
        assertThat(laatste.path("toelichting").asString()).isEqualTo("De evaluatie is gehouden of opnieuw gepland.");
        assertThat(status(t, "R3.8", "8")).as("the action is still not done").isEqualTo("OPEN");
    }
}
