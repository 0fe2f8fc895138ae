package nl.samenspel.stappen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditEvent;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11: the regisseur records a discussed-mark on behalf of a party after a meeting with it, so a new
 * samenwerking of municipalities that have no accounts yet reaches the form step (phase VORMGEVEN) without an
 * override; the party confirms such a mark (then it is theirs) or withdraws it. Rights, audit, stale revisions and
 * what the steps still wait for ({@link StappenWerkvoorraad}).
 */
@SamenspelTest
class BesprokenNamensTest {

    /** Three municipalities without any test account (support/TestAccounts has none for them). */
    static final String HOUTEN = "GM0321";

    static final String RENSWOUDE = "GM0339";
    static final String WIJK = "GM0352";
    private static final String[] VIER = {"wat", "hoe", "spanningen", "vanzelfdynamiek"};

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    @Autowired
    StappenFeiten feiten;

    @Autowired
    StappenWerkvoorraad werkvoorraad;

    private String pad(long id, String stap) {
        return "/api/v1/samenwerkingen/" + id + "/stappen/" + stap;
    }

    private static Map<String, Object> namens(String gemeente) {
        return Map.of("gemeente", gemeente, "namens", true);
    }

    /** The four steps filled in by the regisseur, through the API. */
    private void vulVierStappen(long id) {
        Http r = Http.api(port, "regisseur");
        StappenData.ok(r.putJson(
                pad(id, "wat"),
                Map.of("doelen", List.of(Map.of("soort", "DOEL", "tekst", "Samen de WOZ uitvoeren"))),
                StappenData.etag(r, pad(id, "wat"))));
        StappenData.ok(r.putJson(
                pad(id, "hoe"),
                Map.of("wieDoetWat", "Een gemeente voert uit, de anderen nemen af"),
                StappenData.etag(r, pad(id, "hoe"))));
        Http.Antwoord sp = r.postJson(
                "/api/v1/samenwerkingen/" + id + "/spanningen",
                Map.of("omschrijving", "Wie gaat voor in de piek?", "soort", "PRIORITERING_KLANTEN"));
        assertThat(sp.status()).as(sp.body()).isEqualTo(201);
        StappenData.ok(r.putJson(
                pad(id, "vanzelfdynamiek"),
                Map.of(
                        "items",
                        List.of(Map.of(
                                "gedrag",
                                "RUIMTE_HOUDEN",
                                "botsing",
                                "Niemand legt zich vast",
                                "omgang",
                                "Afspraken met een datum"))),
                StappenData.etag(r, pad(id, "vanzelfdynamiek"))));
    }

    private JsonNode mark(long id, String stap, String gemeente) {
        JsonNode stand = Http.api(port, "regisseur").get(pad(id, stap)).json();
        for (JsonNode b : stand.path("besproken")) {
            if (b.path("gemeente").asString().equals(gemeente)) {
                return b;
            }
        }
        return null;
    }

    /** The samenwerking as the werkvoorraad sees it (id, phase, parties), read through the API. */
    private Samenwerking samenwerking(long id) {
        JsonNode s =
                Http.api(port, "regisseur").get("/api/v1/samenwerkingen/" + id).json();
        List<Gemeente> gemeenten = new ArrayList<>();
        s.path("gemeenten")
                .forEach(g -> gemeenten.add(
                        new Gemeente(g.path("code").asString(), g.path("naam").asString(), "Utrecht", "PV26", 1)));
        return new Samenwerking(
                id,
                s.path("titel").asString(),
                "",
                Fase.valueOf(s.path("fase").asString()),
                "regisseur",
                false,
                false,
                0,
                Instant.now(),
                Instant.now(),
                gemeenten);
    }

    private List<String> punten(long id) {
        return werkvoorraad.open(samenwerking(id)).stream()
                .map(p -> p.wachtOp() + ":" + (p.gemeenteCode() == null ? "-" : p.gemeenteCode()) + ":"
                        + p.wat().sleutel() + ":" + p.pad().substring(p.pad().lastIndexOf('/') + 1))
                .toList();
    }

    private String beheerderMaaktAccount(String gemeente) {
        String naam = TestSamenwerkingen.uniek("houten").toLowerCase(java.util.Locale.ROOT);
        Http.Antwoord a = Http.api(port, "beheerder")
                .postJson(
                        "/api/v1/accounts",
                        Map.of(
                                "gebruikersnaam",
                                naam,
                                "weergavenaam",
                                "Ambtenaar Houten",
                                "wachtwoord",
                                "een-lang-wachtwoord-2026",
                                "rollen",
                                List.of("AMBTENAAR"),
                                "gemeenteCode",
                                gemeente));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return naam;
    }

    @Test
    void eenNieuweSamenwerkingZonderAccountsKomtInEenZittingTotVormgeven() {
        Http r = Http.api(port, "regisseur");
        long id = TestSamenwerkingen.maak(port, "regisseur", HOUTEN, RENSWOUDE, WIJK);
        assertThat(punten(id))
                .as("an empty samenwerking waits for the regisseur to fill the four steps")
                .containsExactly(
                        "REGISSEUR:-:stappen.werk.inhoud:wat",
                        "REGISSEUR:-:stappen.werk.inhoud:hoe",
                        "REGISSEUR:-:stappen.werk.inhoud:spanningen",
                        "REGISSEUR:-:stappen.werk.inhoud:vanzelfdynamiek");
        StappenData.ok(StappenData.fase(port, r, id, Map.of("fase", "ONDERHANDELEN")));

        vulVierStappen(id);
        assertThat(punten(id))
                .as("then every party must discuss every step")
                .hasSize(12)
                .allMatch(p -> p.startsWith("GEMEENTE:") && p.contains(":stappen.werk.bespreken:"))
                .contains("GEMEENTE:" + WIJK + ":stappen.werk.bespreken:hoe");
        Http.Antwoord dicht = StappenData.fase(port, r, id, Map.of("fase", "VORMGEVEN"));
        assertThat(dicht.status()).as(dicht.body()).isEqualTo(409);

        // After a meeting with each party, the regisseur records its marks on its behalf.
        for (String stap : VIER) {
            for (String gemeente : new String[] {HOUTEN, RENSWOUDE, WIJK}) {
                Http.Antwoord a = r.postJson(pad(id, stap) + "/besproken", namens(gemeente));
                assertThat(a.status())
                        .as(stap + " " + gemeente + ": " + a.body())
                        .isEqualTo(200);
            }
        }
        JsonNode wat = r.get(pad(id, "wat")).json();
        assertThat(wat.path("nogNietBesproken").isEmpty()).as(wat.toString()).isTrue();
        assertThat(wat.path("besproken").size()).isEqualTo(3);
        wat.path("besproken").forEach(b -> {
            assertThat(b.path("namens").asBoolean()).as(b.toString()).isTrue();
            assertThat(b.path("door").asString()).isEqualTo("regisseur");
        });
        // The toets reads them as discussed (they count), like the gate.
        StappenFeiten.Stand stand = feiten.lees(List.of(id)).get(0);
        assertThat(stand.besproken().get(Stap.VANZELFDYNAMIEK)).containsExactlyInAnyOrder(HOUTEN, RENSWOUDE, WIJK);
        assertThat(punten(id))
                .as("now every party is asked to confirm what was recorded on its behalf")
                .hasSize(12)
                .allMatch(p -> p.contains(":stappen.werk.bevestigen:"));

        // The form step opens and the phase moves on without an override.
        assertThat(r.get(pad(id, "vorm")).json().path("open").asBoolean()).isTrue();
        Http.Antwoord door = StappenData.fase(port, r, id, Map.of("fase", "VORMGEVEN"));
        assertThat(door.status()).as(door.body()).isEqualTo(200);
        assertThat(door.json().path("override").asBoolean()).isFalse();
        assertThat(r.get("/api/v1/samenwerkingen/" + id).json().path("fase").asString())
                .isEqualTo("VORMGEVEN");

        // Houten gets an account and confirms its mark on wat: from now on the mark is Houten's own.
        String houten = beheerderMaaktAccount(HOUTEN);
        Http.Antwoord bevestigd =
                Http.api(port, houten, "een-lang-wachtwoord-2026").postJson(pad(id, "wat") + "/besproken", Map.of());
        assertThat(bevestigd.status()).as(bevestigd.body()).isEqualTo(200);
        JsonNode eigen = mark(id, "wat", HOUTEN);
        assertThat(eigen.path("namens").asBoolean()).isFalse();
        assertThat(eigen.path("door").asString()).isEqualTo(houten);
        assertThat(mark(id, "hoe", HOUTEN).path("namens").asBoolean())
                .as("only that step")
                .isTrue();
        assertThat(punten(id))
                .as("past ONDERHANDELEN the steps hold up nobody: the marks count, confirming is on the step page")
                .isEmpty();
        assertThat(audit.voorSamenwerking(id))
                .anyMatch(e -> e.entiteitType().equals("stap_besproken")
                        && e.entiteitId().equals("WAT:" + HOUTEN)
                        && e.actie() == Actie.GEWIJZIGD
                        && e.gebruiker().equals(houten)
                        && heeft(e, "namens", "true", "false")
                        && heeft(e, "door", "regisseur", houten));
    }

    private static boolean heeft(AuditEvent e, String veld, String voor, String na) {
        return e.wijzigingen().stream()
                .anyMatch(w -> w.veld().equals(veld) && voor.equals(w.voor()) && na.equals(w.na()));
    }

    @Test
    void alleenDeRegisseurMarkeertNamensEenPartijEnAlleenNamens() {
        long id = StappenData.nieuweSamenwerking(port, StappenData.ZEIST, StappenData.DE_BILT, HOUTEN);
        vulVierStappen(id);
        String besproken = pad(id, "wat") + "/besproken";

        // A party never marks for another party, with or without "namens".
        assertThat(Http.api(port, "ambtenaar1")
                        .postJson(besproken, Map.of("gemeente", StappenData.DE_BILT))
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, "ambtenaar1")
                        .postJson(besproken, namens(HOUTEN))
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, "ambtenaar1")
                        .postJson(besproken, namens(StappenData.ZEIST))
                        .status())
                .as("not even 'namens' the own municipality")
                .isEqualTo(403);
        // A council member marks nothing.
        assertThat(Http.api(port, "raadslid1").postJson(besproken, Map.of()).status())
                .isEqualTo(403);
        assertThat(Http.api(port, "raadslid1")
                        .postJson(besproken, namens(StappenData.ZEIST))
                        .status())
                .isEqualTo(403);
        // The regisseur only on behalf of a party, never as one.
        Http r = Http.api(port, "regisseur");
        assertThat(r.postJson(besproken, Map.of()).status()).isEqualTo(403);
        assertThat(r.postJson(besproken, Map.of("gemeente", HOUTEN)).status()).isEqualTo(403);
        // ... and only for a participating municipality, named.
        Http.Antwoord vreemd = r.postJson(besproken, namens("GM0344"));
        assertThat(vreemd.status()).as(vreemd.body()).isEqualTo(400);
        assertThat(vreemd.body()).contains("gemeente").contains("deelneemt");
        Http.Antwoord zonder = r.postJson(besproken, Map.of("namens", true));
        assertThat(zonder.status()).as(zonder.body()).isEqualTo(400);
        assertThat(zonder.body()).contains("gemeente");
        assertThat(r.get(pad(id, "wat")).json().path("besproken").isEmpty())
                .as("nothing stored by any refusal")
                .isTrue();
        assertThat(audit.voorSamenwerking(id)).noneMatch(e -> e.entiteitType().equals("stap_besproken"));

        // A party's own button for its own municipality still works (naming it is the same).
        assertThat(Http.api(port, "ambtenaar1")
                        .postJson(besproken, Map.of("gemeente", StappenData.ZEIST))
                        .status())
                .isEqualTo(200);
        // The regisseur cannot overwrite a party's own mark with one on its behalf.
        assertThat(r.postJson(besproken, namens(StappenData.ZEIST)).status()).isEqualTo(200);
        assertThat(mark(id, "wat", StappenData.ZEIST).path("namens").asBoolean())
                .isFalse();
        assertThat(mark(id, "wat", StappenData.ZEIST).path("door").asString()).isEqualTo("ambtenaar1");

        // On behalf of Houten: recorded and audited as such, and Houten is asked to confirm it (Zeist is not).
        assertThat(r.postJson(besproken, namens(HOUTEN)).status()).isEqualTo(200);
        assertThat(mark(id, "wat", HOUTEN).path("namens").asBoolean()).isTrue();
        assertThat(punten(id))
                .contains("GEMEENTE:" + HOUTEN + ":stappen.werk.bevestigen:wat")
                .doesNotContain("GEMEENTE:" + HOUTEN + ":stappen.werk.bespreken:wat")
                .noneMatch(p -> p.startsWith("GEMEENTE:" + StappenData.ZEIST + ":") && p.endsWith(":wat"));
        assertThat(audit.voorSamenwerking(id))
                .anyMatch(e -> e.entiteitType().equals("stap_besproken")
                        && e.entiteitId().equals("WAT:" + HOUTEN)
                        && e.actie() == Actie.AANGEMAAKT
                        && e.gebruiker().equals("regisseur")
                        && e.wijzigingen().stream().anyMatch(w -> w.veld().equals("namens") && "true".equals(w.na())));
    }

    @Test
    void dePartijTrektEenMarkeringNamensHaarIn() {
        long id = StappenData.nieuweSamenwerking(port);
        vulVierStappen(id);
        Http r = Http.api(port, "regisseur");
        assertThat(r.postJson(pad(id, "hoe") + "/besproken", namens(StappenData.DE_BILT))
                        .status())
                .isEqualTo(200);
        assertThat(punten(id)).contains("GEMEENTE:" + StappenData.DE_BILT + ":stappen.werk.bevestigen:hoe");

        Http.Antwoord weg = Http.api(port, "ambtenaar2").delete(pad(id, "hoe") + "/besproken", null);
        assertThat(weg.status()).as(weg.body()).isEqualTo(200);
        assertThat(mark(id, "hoe", StappenData.DE_BILT)).isNull();
        assertThat(r.get(pad(id, "hoe"))
                        .json()
                        .path("nogNietBesproken")
                        .valueStream()
                        .map(JsonNode::asString))
                .contains(StappenData.DE_BILT);
        assertThat(punten(id))
                .doesNotContain("GEMEENTE:" + StappenData.DE_BILT + ":stappen.werk.bevestigen:hoe")
                .contains("GEMEENTE:" + StappenData.DE_BILT + ":stappen.werk.bespreken:hoe");
        assertThat(audit.voorSamenwerking(id))
                .anyMatch(e -> e.entiteitType().equals("stap_besproken")
                        && e.actie() == Actie.VERWIJDERD
                        && e.gebruiker().equals("ambtenaar2")
                        && e.wijzigingen().stream()
                                .anyMatch(w -> w.veld().equals("namens") && "true".equals(w.voor())));
    }

    @Test
    void deRegisseurTrektAlleenEenNietBevestigdeMarkeringNamensEenPartijIn() {
        long id = StappenData.nieuweSamenwerking(port, StappenData.ZEIST, StappenData.DE_BILT, HOUTEN);
        vulVierStappen(id);
        Http r = Http.api(port, "regisseur");
        String besproken = pad(id, "hoe") + "/besproken";
        StappenData.bespreek(port, "ambtenaar1", id, "hoe");
        assertThat(r.postJson(besproken, namens(HOUTEN)).status()).isEqualTo(200);
        assertThat(r.postJson(besproken, namens(StappenData.DE_BILT)).status()).isEqualTo(200);

        // Not a party's own mark, not without naming the party, and a party not for another party.
        assertThat(r.delete(besproken + "?gemeente=" + StappenData.ZEIST, null).status())
                .isEqualTo(403);
        assertThat(mark(id, "hoe", StappenData.ZEIST)).isNotNull();
        assertThat(r.delete(besproken, null).status()).isEqualTo(400);
        assertThat(Http.api(port, "ambtenaar1")
                        .delete(besproken + "?gemeente=" + HOUTEN, null)
                        .status())
                .isEqualTo(403);
        assertThat(mark(id, "hoe", HOUTEN)).isNotNull();

        // A mistaken party: the regisseur withdraws what they recorded on Houten's behalf.
        Http.Antwoord weg = r.delete(besproken + "?gemeente=" + HOUTEN, null);
        assertThat(weg.status()).as(weg.body()).isEqualTo(200);
        assertThat(mark(id, "hoe", HOUTEN)).isNull();
        assertThat(mark(id, "hoe", StappenData.DE_BILT)).as("the other stays").isNotNull();
        assertThat(audit.voorSamenwerking(id))
                .anyMatch(e -> e.entiteitType().equals("stap_besproken")
                        && e.entiteitId().equals("HOE:" + HOUTEN)
                        && e.actie() == Actie.VERWIJDERD
                        && e.gebruiker().equals("regisseur"));

        // Once De Bilt confirmed its mark, it is De Bilt's: the regisseur can no longer withdraw it.
        assertThat(punten(id)).contains("GEMEENTE:" + StappenData.DE_BILT + ":stappen.werk.bevestigen:hoe");
        StappenData.bespreek(port, "ambtenaar2", id, "hoe");
        assertThat(punten(id))
                .noneMatch(p -> p.startsWith("GEMEENTE:" + StappenData.DE_BILT + ":") && p.endsWith(":hoe"));
        assertThat(r.delete(besproken + "?gemeente=" + StappenData.DE_BILT, null)
                        .status())
                .isEqualTo(403);
        assertThat(mark(id, "hoe", StappenData.DE_BILT).path("door").asString()).isEqualTo("ambtenaar2");
    }

    @Test
    void eenMarkeringOpEenVerouderdeRevisieWordtGeweigerdEnSlaatNietsOp() {
        long id = StappenData.nieuweSamenwerking(port);
        vulVierStappen(id);
        Http r = Http.api(port, "regisseur");
        long gezien = r.get(pad(id, "spanningen")).json().path("revisie").asLong();
        // Someone adds a tension after the regisseur opened the step.
        Http.Antwoord sp = Http.api(port, "ambtenaar1")
                .postJson(
                        "/api/v1/samenwerkingen/" + id + "/spanningen",
                        Map.of("omschrijving", "Wie betaalt de software?", "soort", "KOSTEN_VERDELING"));
        assertThat(sp.status()).as(sp.body()).isEqualTo(201);

        Map<String, Object> body = new HashMap<>(namens(StappenData.DE_BILT));
        body.put("revisie", gezien);
        Http.Antwoord oud = r.postJson(pad(id, "spanningen") + "/besproken", body);
        assertThat(oud.status()).as(oud.body()).isEqualTo(412);
        assertThat(mark(id, "spanningen", StappenData.DE_BILT)).isNull();

        body.put("revisie", r.get(pad(id, "spanningen")).json().path("revisie").asLong());
        assertThat(r.postJson(pad(id, "spanningen") + "/besproken", body).status())
                .isEqualTo(200);
        assertThat(mark(id, "spanningen", StappenData.DE_BILT).path("namens").asBoolean())
                .isTrue();

        // The page form carries the revision it showed: a stale one is refused with a clear message.
        Http b = Http.browser(port, "regisseur");
        b.get("/samenwerkingen/" + id + "/stappen/spanningen");
        Http.Antwoord pagina = b.formulier(
                "/samenwerkingen/" + id + "/stappen/spanningen/besproken",
                Map.of("partij", StappenData.ZEIST, "namens", "true", "versie", String.valueOf(gezien)));
        assertThat(pagina.status()).isEqualTo(409);
        assertThat(pagina.body()).contains("veranderd sinds u de pagina opende");
        assertThat(mark(id, "spanningen", StappenData.ZEIST)).isNull();
    }

    @Test
    void eenMarkeringNamensEenPartijVerouderdAlsDeStapVerandert() {
        long id = StappenData.nieuweSamenwerking(port);
        vulVierStappen(id);
        Http r = Http.api(port, "regisseur");
        for (String g : new String[] {StappenData.ZEIST, StappenData.DE_BILT}) {
            assertThat(r.postJson(pad(id, "wat") + "/besproken", namens(g)).status())
                    .isEqualTo(200);
        }
        StappenData.ok(r.putJson(
                pad(id, "wat"),
                Map.of("doelen", List.of(Map.of("soort", "DOEL", "tekst", "Samen de WOZ en de invordering doen"))),
                StappenData.etag(r, pad(id, "wat"))));
        JsonNode wat = r.get(pad(id, "wat")).json();
        assertThat(wat.path("verouderd").size()).isEqualTo(2);
        assertThat(wat.path("nogNietBesproken").size()).isEqualTo(2);
        assertThat(punten(id))
                .as("an outdated mark is no longer to confirm: the party discusses the step again")
                .noneMatch(p -> p.endsWith("stappen.werk.bevestigen:wat"))
                .contains("GEMEENTE:" + StappenData.ZEIST + ":stappen.werk.bespreken:wat");
    }
}
