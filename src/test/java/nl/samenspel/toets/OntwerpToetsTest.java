package nl.samenspel.toets;

import static nl.samenspel.toets.ToetsData.HOUTEN;
import static nl.samenspel.toets.ToetsData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.samenspel.account.AccountService;
import nl.samenspel.bestuur.BestuurFeiten;
import nl.samenspel.bestuur.Lijn;
import nl.samenspel.bestuur.ZetelRol;
import nl.samenspel.regeling.RegelingFeiten;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.vorm.Geschiktheid;
import nl.samenspel.vorm.Vorm;
import nl.samenspel.vorm.VormFeiten;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12: the form, the regeling and the governance reach the checks through {@link ToetsLezer}, one bulk read
 * per module for a whole batch, and rule-2 findings appear and clear as the design changes. The three modules'
 * facts are stood in for here (their own modules test what they publish), so this test runs before and after they
 * are merged.
 */
@SamenspelTest
class OntwerpToetsTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    Toetser toetser;

    @MockitoBean
    VormFeiten vormFeiten;

    @MockitoBean
    RegelingFeiten regelingFeiten;

    @MockitoBean
    BestuurFeiten bestuurFeiten;

    final Map<Long, VormFeiten.Stand> vormen = new ConcurrentHashMap<>();
    final Map<Long, BestuurFeiten.Stand> besturen = new ConcurrentHashMap<>();

    String regie;

    @BeforeEach
    void feiten() {
        regie = ToetsData.regisseur(accounts);
        when(vormFeiten.lees(anyCollection(), anyMap(), anyMap()))
                .thenAnswer(i -> ids(i.getArgument(0)).stream()
                        .map(id -> vormen.getOrDefault(id, VormFeiten.Stand.geen(id)))
                        .toList());
        when(regelingFeiten.lees(anyCollection()))
                .thenAnswer(i -> ids(i.getArgument(0)).stream()
                        .map(RegelingFeiten.Stand::leeg)
                        .toList());
        when(bestuurFeiten.lees(anyCollection()))
                .thenAnswer(i -> ids(i.getArgument(0)).stream()
                        .map(id -> besturen.getOrDefault(id, new BestuurFeiten.Stand(id, List.of())))
                        .toList());
    }

    @SuppressWarnings("unchecked")
    private static Collection<Long> ids(Object argument) {
        return (Collection<Long>) argument;
    }

    static BestuurFeiten.Zetel wethouder(long id, String naam, String gemeente, String portefeuille) {
        return new BestuurFeiten.Zetel(
                id,
                naam,
                gemeente + ":" + naam,
                gemeente,
                ZetelRol.BESTUURLIJK,
                List.of(portefeuille),
                !portefeuille.startsWith("Financi"),
                1,
                null);
    }

    JsonNode toets(long id) {
        Http.Antwoord a = Http.api(port, regie).get("/api/v1/samenwerkingen/" + id + "/toets");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    static String status(JsonNode toets, String controle, String onderwerp) {
        return ToetsApiTest.bevindingen(toets, controle).stream()
                .filter(b -> b.path("onderwerp").asString().equals(onderwerp))
                .map(b -> b.path("status").asString())
                .findFirst()
                .orElse("GEEN");
    }

    @Test
    void ruleTwoFindingsAppearAndClearAsTheDesignChanges() {
        long id = ToetsData.samenwerking(port, regie, ZEIST, HOUTEN);
        ToetsData.fase(port, regie, id, "ONDERHANDELEN");
        ToetsData.fase(port, regie, id, "VORMGEVEN");
        // An openbaar lichaam against the advice, without a reason; one board with content portfolios, no client line.
        vormen.put(
                id,
                new VormFeiten.Stand(
                        id, Vorm.OPENBAAR_LICHAAM, Geschiktheid.PAST_NIET, false, LocalDate.of(2025, 6, 2)));
        besturen.put(
                id,
                new BestuurFeiten.Stand(
                        id,
                        List.of(new BestuurFeiten.Orgaan(
                                1,
                                "Algemeen bestuur",
                                Lijn.TOEZICHT,
                                List.of(
                                        wethouder(1, "Anna de Vries", ZEIST, "Jeugd"),
                                        wethouder(2, "Bram Bakker", HOUTEN, "Financi\u00ebn"))))));
        toetser.evalueer(List.of(id));

        JsonNode t = toets(id);
        assertThat(status(t, "R1.9", "")).isEqualTo("OPEN");
        assertThat(status(t, "R2.2", ZEIST + ":Anna de Vries")).isEqualTo("OPEN");
        assertThat(status(t, "R2.3", "")).isEqualTo("OPEN");
        assertThat(status(t, "R2.4", "")).isEqualTo("GEEN");
        assertThat(ToetsApiTest.bevindingen(t, "R2.6")).hasSize(3);
        assertThat(ToetsApiTest.regel(t, 2).path("getoetst").asBoolean()).isTrue();
        assertThat(ToetsApiTest.regel(t, 2).path("status").asString()).isEqualTo("AANDACHT");
        assertThat(ToetsApiTest.bevindingen(t, "R2.2")
                        .get(0)
                        .path("omschrijving")
                        .asString())
                .contains("Anna de Vries")
                .contains("Algemeen bestuur")
                .contains("Jeugd");

        // The reason is written down, Anna moves to the client side, the Financi\u00ebn holder of Zeist supervises.
        vormen.put(
                id,
                new VormFeiten.Stand(
                        id, Vorm.OPENBAAR_LICHAAM, Geschiktheid.PAST_NIET, true, LocalDate.of(2025, 6, 2)));
        besturen.put(
                id,
                new BestuurFeiten.Stand(
                        id,
                        List.of(
                                new BestuurFeiten.Orgaan(
                                        1,
                                        "Algemeen bestuur",
                                        Lijn.TOEZICHT,
                                        List.of(
                                                wethouder(3, "Cor Smit", ZEIST, "Financi\u00ebn"),
                                                wethouder(2, "Bram Bakker", HOUTEN, "Financi\u00ebn"))),
                                new BestuurFeiten.Orgaan(
                                        2,
                                        "Opdrachtgeversoverleg",
                                        Lijn.KLANT,
                                        List.of(
                                                wethouder(1, "Anna de Vries", ZEIST, "Jeugd"),
                                                wethouder(4, "Dewi Jansen", HOUTEN, "Jeugd"))))));
        clearInvocations(vormFeiten, regelingFeiten, bestuurFeiten);
        toetser.evalueer(List.of(id));
        // One bulk read per module for the evaluation, like the other modules' facts.
        verify(vormFeiten, times(1)).lees(anyCollection(), anyMap(), anyMap());
        verify(regelingFeiten, times(1)).lees(anyCollection());
        verify(bestuurFeiten, times(1)).lees(anyCollection());

        t = toets(id);
        assertThat(status(t, "R1.9", "")).isEqualTo("OPGELOST");
        assertThat(status(t, "R2.2", ZEIST + ":Anna de Vries")).isEqualTo("OPGELOST");
        assertThat(status(t, "R2.3", "")).isEqualTo("OPGELOST");
        JsonNode r22 = ToetsApiTest.bevindingen(t, "R2.2").get(0);
        JsonNode laatste = r22.path("historie").get(r22.path("historie").size() - 1);
        assertThat(laatste.path("soort").asString()).isEqualTo("OPGELOST");
        assertThat(laatste.path("toelichting").asString())
                .isEqualTo("In het toezicht zit deze bestuurder niet meer met een inhoudelijke portefeuille.");
        // The councils' instruments are still not arranged: that finding stays.
        assertThat(ToetsApiTest.bevindingen(t, "R2.6"))
                .extracting(b -> b.path("status").asString())
                .containsOnly("OPEN");
    }

    @Test
    void manySamenwerkingenAreReadWithOneCallPerModule() {
        long a = ToetsData.samenwerking(port, regie, ZEIST, HOUTEN);
        long b = ToetsData.samenwerking(port, regie, ZEIST, HOUTEN);
        clearInvocations(vormFeiten, regelingFeiten, bestuurFeiten);
        toetser.evalueer(List.of(a, b));
        verify(vormFeiten, times(1)).lees(anyCollection(), anyMap(), anyMap());
        verify(regelingFeiten, times(1)).lees(anyCollection());
        verify(bestuurFeiten, times(1)).lees(anyCollection());
    }
}
