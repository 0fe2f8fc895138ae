package nl.samenspel.afspraken;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the check reads of the agreements: services with wishes and variants, DVOs with their lines as agreed. */
@SamenspelTest
class JdbcAfsprakenFeitenTest {

    @LocalServerPort
    int port;

    @Autowired
    AfsprakenFeiten feiten;

    @Test
    void leestDienstenEnDvosInBulkMetGenormaliseerdResultaat() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        String api = "/api/v1/samenwerkingen/" + id;
        Http r = Http.api(port, "regisseur");
        long dienst = r.postJson(api + "/diensten", Map.of("naam", "Heffen", "backoffice", "Eén systeem"))
                .json()
                .path("id")
                .asLong();
        r.postJson(api + "/diensten/" + dienst + "/varianten", Map.of("naam", "Thuis", "omschrijving", "Langs"));
        Http.api(port, "ambtenaar1").postJson(api + "/diensten/" + dienst + "/wensen", Map.of("tekst", "Zaterdag"));
        long dvo = r.postJson(api + "/dvo", Map.of("gemeente", ZEIST, "jaar", 2027))
                .json()
                .path("id")
                .asLong();
        r.postJson(
                api + "/dvo/" + dvo + "/regels",
                Map.of(
                        "dienst",
                        dienst,
                        "resultaat",
                        "  Aanslagen   OP tijd ",
                        "status",
                        "INDICATIEF",
                        "prijs",
                        10,
                        "volume",
                        5));
        r.putJson(api + "/dvo/" + dvo + "/rek", Map.of("uren", 8, "toelichting", "Ruimte"), "\"1\"");
        assertThat(r.postJson(api + "/dvo/" + dvo + "/vaststelling", Map.of(), "\"2\"")
                        .status())
                .isEqualTo(200);

        List<AfsprakenFeiten.Stand> standen = feiten.lees(List.of(id, 987_654_321L));
        assertThat(standen).hasSize(2);
        assertThat(standen.get(1)).isEqualTo(AfsprakenFeiten.Stand.leeg(987_654_321L));
        AfsprakenFeiten.Stand stand = standen.get(0);
        assertThat(stand.indicatorplafond()).isEqualTo(AfsprakenFeiten.STANDAARD_INDICATORPLAFOND);
        assertThat(stand.diensten()).singleElement().satisfies(d -> {
            assertThat(d.wensenVan()).containsExactly(ZEIST);
            assertThat(d.varianten()).isEqualTo(1);
        });
        AfsprakenFeiten.Dvo d = stand.dvos().get(0);
        assertThat(d.vastgesteld()).isTrue();
        assertThat(d.vastgesteldOp()).isEqualTo(LocalDate.now(Tijdstip.NEDERLAND));
        assertThat(d.rek()).isTrue();
        assertThat(d.herzieningsdata()).containsExactly(LocalDate.of(2027, 7, 1));
        assertThat(d.regels()).singleElement().satisfies(regel -> {
            assertThat(regel.resultaat()).isEqualTo("aanslagen op tijd");
            assertThat(regel.status()).isEqualTo(RegelStatus.INDICATIEF);
            assertThat(regel.prijsEnVolume()).isTrue();
        });
        assertThat(d.eersteVaststelling()).isEqualTo(d.regels());
        assertThat(d.indicatorenPerVersie()).containsExactly(0);
    }

    /** Issue 14 (R7.5): per agreed version the indicators its lines carried then; an open revision does not count. */
    @Test
    void leestPerVastgesteldeVersieHetAantalIndicatoren() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        String api = "/api/v1/samenwerkingen/" + id;
        Http r = Http.api(port, "regisseur");
        long dienst = r.postJson(api + "/diensten", Map.of("naam", "Heffen", "backoffice", "Een systeem"))
                .json()
                .path("id")
                .asLong();
        long dvo = r.postJson(api + "/dvo", Map.of("gemeente", ZEIST, "jaar", 2027))
                .json()
                .path("id")
                .asLong();
        String basis = api + "/dvo/" + dvo;
        regel(r, basis, dienst, "Aanslagen op tijd", List.of("Doorlooptijd"));
        regel(r, basis, dienst, "Bezwaren snel", List.of("Aantal", "Termijn"));
        Http.Antwoord vast = r.postJson(basis + "/vaststelling", Map.of(), "\"1\"");
        assertThat(vast.status()).as(vast.body()).isEqualTo(200);
        Http.Antwoord herzien = r.postJson(basis + "/versies", Map.of("reden", "Meer grip"), vast.header("ETag"));
        assertThat(herzien.status()).as(herzien.body()).isEqualTo(201);
        regel(r, basis, dienst, "Loket bereikbaar", List.of("Wachttijd", "Klanttevredenheid", "Afhandeling"));
        Http.Antwoord vast2 = r.postJson(basis + "/vaststelling", Map.of(), herzien.header("ETag"));
        assertThat(vast2.status()).as(vast2.body()).isEqualTo(200);
        Http.Antwoord derde = r.postJson(basis + "/versies", Map.of("reden", "Nog meer"), vast2.header("ETag"));
        assertThat(derde.status()).as(derde.body()).isEqualTo(201);
        regel(r, basis, dienst, "Nog een", List.of("Een", "Twee"));

        AfsprakenFeiten.Dvo d = feiten.lees(List.of(id)).get(0).dvos().get(0);
        assertThat(d.versienummer()).isEqualTo(3);
        assertThat(d.indicatorenPerVersie()).containsExactly(3, 6);
    }

    private static void regel(Http r, String basis, long dienst, String resultaat, List<String> indicatoren) {
        Http.Antwoord a = r.postJson(
                basis + "/regels",
                Map.of("dienst", dienst, "resultaat", resultaat, "status", "INDICATIEF", "indicatoren", indicatoren));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
    }
}
