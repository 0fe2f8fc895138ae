package nl.samenspel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import nl.samenspel.financien.Bijdragen;
import nl.samenspel.financien.FinancieleGebeurtenis;
import nl.samenspel.financien.FinancieleSoort;
import nl.samenspel.financien.Financien;
import nl.samenspel.financien.Raadsinformatie;
import nl.samenspel.financien.SleutelSoort;
import nl.samenspel.gesprek.Agendasoort;
import nl.samenspel.gesprek.Gesprek;
import nl.samenspel.gesprek.Gesprekken;
import nl.samenspel.kalender.Kalenderregel;
import nl.samenspel.kalender.Kalenderstand;
import nl.samenspel.kalender.PcKalender;
import nl.samenspel.kalender.Raadszienswijze;
import nl.samenspel.rapportage.LijnStatus;
import nl.samenspel.rapportage.Rapportage;
import nl.samenspel.rapportage.Rapportages;
import nl.samenspel.scan.Scan;
import nl.samenspel.scan.ScanFeiten;
import nl.samenspel.scan.Scans;
import nl.samenspel.scan.Verschil;
import nl.samenspel.support.DemoTest;
import nl.samenspel.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/**
 * The running demo case has the planning-and-control story of issue 14: a statutory calendar with a warning and the
 * raden's zienswijzen, money per municipality with an extra contribution and a deficit one raad has not heard of,
 * quarterly reports, conversations from report to adjustment, a scan with real differences; the rule-7 checks fire
 * on it, and a second start adds nothing.
 */
@DemoTest
class DemoLopendPcTest {

    private static final List<String> GEMEENTEN = List.of(DemoCasus.ZEIST, DemoCasus.DE_BILT, DemoCasus.BUNNIK);

    @LocalServerPort
    int port;

    @Autowired
    DemoLopend lopend;

    @Autowired
    UserDetailsService gebruikers;

    @Autowired
    PcKalender kalender;

    @Autowired
    Financien financien;

    @Autowired
    Rapportages rapportages;

    @Autowired
    Gesprekken gesprekken;

    @Autowired
    Scans scans;

    private <T> T alsRegisseur(Supplier<T> werk) {
        return DemoGebruiker.alsRegisseur(gebruikers, werk);
    }

    private long casus() {
        JsonNode lijst = Http.api(port, "regisseur")
                .get("/api/v1/samenwerkingen?oefen=true&paginaGrootte=100")
                .json();
        List<Long> ids = new ArrayList<>();
        for (JsonNode s : lijst.path("samenwerkingen")) {
            if (s.path("titel").asString().equals(DemoLopend.TITEL)) {
                ids.add(s.path("id").asLong());
            }
        }
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    private String get(String pad) {
        Http.Antwoord a = Http.api(port, "regisseur").get(pad);
        assertThat(a.status()).as(pad + ": " + a.body()).isEqualTo(200);
        return a.body();
    }

    @Test
    void deKalenderVanHetBegrotingsjaarHeeftEenWaarschuwingEnEenBeantwoordeEnEenOpenZienswijze() {
        long id = casus();
        Kalenderstand stand = alsRegisseur(() -> kalender.stand(id, DemoLopendPc.BEGROTINGSJAAR));
        assertThat(stand.vanToepassing()).isTrue();
        assertThat(stand.plan().begroting().gedaan()).isNotNull();
        // Only the planned budget change breaks a term: its board day comes before the raden's twelve weeks end.
        List<Kalenderregel> gebroken = stand.regels().stream()
                .filter(r -> !r.waarschuwingen().isEmpty())
                .toList();
        assertThat(gebroken).isNotEmpty().allMatch(r -> Integer.valueOf(1).equals(r.wijziging()));
        assertThat(stand.zienswijzen()).hasSize(2);
        Raadszienswijze zeist = stand.zienswijzen().stream()
                .filter(z -> z.gemeenteCode().equals(DemoCasus.ZEIST))
                .findFirst()
                .orElseThrow();
        assertThat(zeist.beantwoord()).isTrue();
        assertThat(zeist.antwoord()).hasSizeGreaterThan(100);
        assertThat(stand.zienswijzen())
                .filteredOn(z -> z.gemeenteCode().equals(DemoCasus.DE_BILT))
                .singleElement()
                .matches(z -> !z.beantwoord());
        // The feed exports the year.
        assertThat(get("/api/v1/samenwerkingen/" + id + "/pc-kalender.ics")).contains("BEGIN:VEVENT", "20260709");
    }

    @Test
    void deBijdragenPerGemeenteEnHetExtraGeldMetWieErIsIngelicht() {
        long id = casus();
        assertThat(alsRegisseur(() -> financien.verdeelsleutel(id)).soort()).isEqualTo(SleutelSoort.INWONERS);
        for (int jaar : List.of(DemoLopend.LOPEND_JAAR, DemoLopendPc.BEGROTINGSJAAR)) {
            Bijdragen b = alsRegisseur(() -> financien.bijdragen(id, jaar));
            assertThat(b.totaal()).as("budget " + jaar).isNotNull();
            assertThat(b.regels())
                    .as("contributions " + jaar)
                    .extracting(Bijdragen.Bijdrage::gemeenteCode)
                    .containsExactlyInAnyOrderElementsOf(GEMEENTEN);
            assertThat(b.regels()).allMatch(r -> r.bijdrage().signum() > 0);
        }
        List<FinancieleGebeurtenis> gebeurtenissen = alsRegisseur(() -> financien.gebeurtenissen(id));
        FinancieleGebeurtenis extra = gebeurtenissen.stream()
                .filter(g -> g.soort() == FinancieleSoort.EXTRA_BIJDRAGE)
                .findFirst()
                .orElseThrow();
        assertThat(extra.jaar()).isEqualTo(DemoLopend.EERSTE_JAAR);
        assertThat(extra.raden())
                .extracting(Raadsinformatie::gemeenteCode)
                .containsExactlyInAnyOrderElementsOf(GEMEENTEN);
        FinancieleGebeurtenis tekort = gebeurtenissen.stream()
                .filter(g -> g.soort() == FinancieleSoort.TEKORT)
                .findFirst()
                .orElseThrow();
        assertThat(tekort.jaar()).isEqualTo(DemoLopend.LOPEND_JAAR);
        assertThat(tekort.raden())
                .extracting(Raadsinformatie::gemeenteCode)
                .containsExactlyInAnyOrder(DemoCasus.ZEIST, DemoCasus.DE_BILT);
    }

    @Test
    void elkeKlantHeeftKwartaalrapportagesMetWisselendeStatussenEnEenVerhaal() {
        long id = casus();
        List<Rapportage> alle = alsRegisseur(() -> rapportages.rapportages(id));
        Set<LijnStatus> statussen = EnumSet.noneOf(LijnStatus.class);
        for (String gemeente : GEMEENTEN) {
            List<Rapportage> van = alle.stream()
                    .filter(r -> r.gemeenteCode().equals(gemeente) && r.dvoJaar() == DemoLopend.LOPEND_JAAR)
                    .toList();
            assertThat(van).as(gemeente).hasSize(3);
            Set<Integer> kwartalen = new TreeSet<>();
            van.forEach(r -> kwartalen.add((r.van().getMonthValue() - 1) / 3 + 1));
            assertThat(kwartalen).containsExactly(1, 2, 3);
            van.forEach(r -> r.lijnen().forEach(l -> {
                if (l.status() != null) {
                    statussen.add(l.status());
                }
            }));
            van.stream()
                    .filter(Rapportage::ingediend)
                    .forEach(r -> assertThat(r.onvolledig()).isEmpty());
        }
        assertThat(statussen).containsExactlyInAnyOrder(LijnStatus.values());
        // Bunnik's third quarter is still a concept: figures filled in, one line without its narrative.
        assertThat(alle)
                .filteredOn(r -> !r.ingediend())
                .singleElement()
                .matches(r -> r.gemeenteCode().equals(DemoCasus.BUNNIK))
                .matches(r -> r.lijnen().stream().anyMatch(l -> !l.heeftVerhaal()));
    }

    @Test
    void eenGesprekLooptVanRapportageViaAgendaNaarEenBijsturingEnEenNieuweDvoVersie() {
        long id = casus();
        List<Gesprek> alle = alsRegisseur(() -> gesprekken.gesprekken(id));
        List<Gesprek> deBilt = alle.stream()
                .filter(g -> g.gemeenteCode().equals(DemoCasus.DE_BILT))
                .sorted((a, b) -> a.datum().compareTo(b.datum()))
                .toList();
        assertThat(deBilt).hasSize(2);
        Gesprek zomer = deBilt.get(0);
        Gesprek herfst = deBilt.get(1);
        assertThat(herfst.rapportageId()).isNotNull();
        // The agenda puts the deviations first and carries the summer's open action.
        assertThat(herfst.agenda().get(0).soort()).isEqualTo(Agendasoort.AFWIJKING);
        Gesprek.Actie open =
                zomer.acties().stream().filter(Gesprek.Actie::open).findFirst().orElseThrow();
        assertThat(open.deadline()).isBefore(LocalDate.of(2026, 11, 29));
        assertThat(herfst.agenda())
                .anyMatch(p -> p.soort() == Agendasoort.ACTIE
                        && Long.valueOf(open.id()).equals(p.verwijzing()));
        assertThat(herfst.verslag()).isNotBlank();
        assertThat(herfst.bijsturingen())
                .singleElement()
                .matches(b -> Integer.valueOf(2).equals(b.dvoVersienummer()));
        // The adjustment opened version 2 of De Bilt's current DVO, agreed again, caused by this conversation.
        JsonNode dvo = null;
        for (JsonNode d : Http.api(port, "regisseur")
                .get("/api/v1/samenwerkingen/" + id + "/dvo")
                .json()
                .path("dvos")) {
            if (d.path("jaar").asInt() == DemoLopend.LOPEND_JAAR
                    && d.path("gemeente").asString().equals(DemoCasus.DE_BILT)) {
                dvo = d;
            }
        }
        assertThat(dvo).isNotNull();
        assertThat(dvo.path("versienummer").asInt()).isEqualTo(2);
        assertThat(dvo.path("staat").asString()).isEqualTo("VASTGESTELD");
        assertThat(dvo.toString()).contains("\"GESPREK\"");
        // Zeist's conversation has no recorded outcome.
        assertThat(alle)
                .filteredOn(g -> g.gemeenteCode().equals(DemoCasus.ZEIST))
                .singleElement()
                .matches(g -> g.verslag() == null
                        && g.acties().isEmpty()
                        && g.bijsturingen().isEmpty());
    }

    @Test
    void deScanIsDoorAllePartijenIngevuldToontVerschillenEnEindigtInEenActieplan() {
        long id = casus();
        List<Scan> lijst = alsRegisseur(() -> scans.scans(id));
        assertThat(lijst).hasSize(1);
        Scan scan = lijst.get(0);
        assertThat(scan.open()).isFalse();
        for (String partij : List.of(DemoCasus.ZEIST, DemoCasus.DE_BILT, DemoCasus.BUNNIK, ScanFeiten.ORGANISATIE)) {
            assertThat(scan.ingediendDoor(partij)).as(partij).isTrue();
        }
        List<Verschil> verschillen = alsRegisseur(() -> scans.verschillen(id, scan.id()));
        assertThat(verschillen).filteredOn(Verschil::spanning).hasSizeGreaterThanOrEqualTo(3);
        assertThat(scan.acties()).hasSize(3);
        assertThat(scan.acties())
                .anyMatch(a -> a.afgerond() == null && a.deadline().isBefore(LocalDate.of(2026, 11, 29)));
    }

    @Test
    void deRegel7ControlesSlaanAanOpDeLopendeCasus() {
        long id = casus();
        JsonNode t = Http.api(port, "regisseur")
                .get("/api/v1/samenwerkingen/" + id + "/toets")
                .json();
        Set<String> controles = new TreeSet<>();
        for (JsonNode r : t.path("regels")) {
            for (JsonNode b : r.path("bevindingen")) {
                controles.add(b.path("controle").asString());
            }
        }
        assertThat(controles)
                .as(t.toString())
                .contains("R6.8", "R7.1", "R7.2", "R7.3", "R7.4", "R7.5", "R7.6", "R7.7", "R7.9");
    }

    @Test
    void eenTweedeStartVoegtGeenPlanningEnControlToe() {
        long id = casus();
        String basis = "/api/v1/samenwerkingen/" + id;
        List<String> paden = List.of(
                basis + "/pc-kalender?jaar=" + DemoLopendPc.BEGROTINGSJAAR,
                basis + "/verdeelsleutel",
                basis + "/begrotingen",
                basis + "/financiele-gebeurtenissen",
                basis + "/rapportages",
                basis + "/gesprekken",
                basis + "/scans",
                basis + "/dvo");
        StringBuilder voor = new StringBuilder();
        paden.forEach(p -> voor.append(get(p)));
        lopend.run(new DefaultApplicationArguments());
        StringBuilder na = new StringBuilder();
        paden.forEach(p -> na.append(get(p)));
        assertThat(na.toString()).isEqualTo(voor.toString());
    }
}
