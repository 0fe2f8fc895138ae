package nl.samenspel.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditEvent;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.audit.Wijziging;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestAccounts;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Account requests through the API (issue 11): the regisseur of a samenwerking asks, nobody else; a beheerder makes
 * the account once, with a one-time password in the answer, or refuses with a reason; a request is handled once.
 * Each test uses its own municipalities without accounts, so that what one test makes does not change another.
 */
@SamenspelTest
class AccountAanvraagApiTest {

    static final String LOPIK = "GM0331";
    static final String OUDEWATER = "GM0589";
    static final String IJSSELSTEIN = "GM0353";
    static final String RHENEN = "GM0340";
    static final String WIJK_BIJ_DUURSTEDE = "GM0352";

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    @Autowired
    AccountService accounts;

    @Autowired
    Samenwerkingen samenwerkingen;

    @Test
    void deRegisseurVraagtEenAccountAanEnDeBeheerderZietHetOpen() {
        long s = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.ZEIST, LOPIK);
        Http.Antwoord a =
                Http.api(port, TestAccounts.REGISSEUR).postJson("/api/v1/account-aanvragen", aanvraag(s, LOPIK));

        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.header("ETag")).isEqualTo("\"0\"");
        long id = a.json().path("id").asLong();
        assertThat(a.header("Location")).isEqualTo("/api/v1/account-aanvragen/" + id);
        assertThat(a.json().path("status").asString()).isEqualTo("OPEN");
        assertThat(a.json().path("rol").asString()).isEqualTo("AMBTENAAR");
        assertThat(a.json().path("gemeenteCode").asString()).isEqualTo(LOPIK);
        assertThat(a.json().path("aangevraagdDoor").asString()).isEqualTo(TestAccounts.REGISSEUR);
        assertThat(a.json().path("voorgesteldeGebruikersnaam").asString()).startsWith("anna.de.vries");

        JsonNode open = Http.api(port, TestAccounts.BEHEERDER)
                .get("/api/v1/account-aanvragen")
                .json()
                .path("aanvragen");
        assertThat(open.values().stream().map(n -> n.path("id").asLong())).contains(id);
        assertThat(Http.api(port, TestAccounts.REGISSEUR)
                        .get("/api/v1/account-aanvragen/" + id)
                        .status())
                .isEqualTo(200);
        assertThat(Http.api(port, TestAccounts.REGISSEUR)
                        .get("/api/v1/account-aanvragen?samenwerking=" + s)
                        .json()
                        .path("aanvragen")
                        .size())
                .isEqualTo(1);

        List<AuditEvent> historie = audit.voorEntiteit("account_aanvraag", id);
        assertThat(historie).extracting(AuditEvent::actie).containsExactly(Actie.AANGEMAAKT);
        assertThat(historie.get(0).gebruiker()).isEqualTo(TestAccounts.REGISSEUR);
        assertThat(historie.get(0).samenwerkingId()).isEqualTo(s);
    }

    @Test
    void eenAmbtenaarKanGeenAccountAanvragen() {
        long s = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.ZEIST, OUDEWATER);
        Http.Antwoord a = Http.api(port, TestAccounts.AMBTENAAR_ZEIST)
                .postJson("/api/v1/account-aanvragen", aanvraag(s, OUDEWATER));
        assertThat(a.status()).isEqualTo(403);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        assertThat(a.json().path("title").asString()).isEqualTo("Geen toegang");
        assertThat(Http.api(port, TestAccounts.AMBTENAAR_ZEIST)
                        .get("/api/v1/account-aanvragen")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void deRegisseurVanEenAndereSamenwerkingKanNietsAanvragenOfLezen() {
        String ander = "regisseur-" + Long.toString(System.nanoTime(), 36);
        accounts.maak(new NieuwAccount(ander, "Andere Regisseur", "samenspel", Set.of(Rol.REGISSEUR), null));
        long s = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.ZEIST, OUDEWATER);

        Http.Antwoord a = Http.api(port, ander).postJson("/api/v1/account-aanvragen", aanvraag(s, OUDEWATER));
        assertThat(a.status()).as(a.body()).isEqualTo(403);
        // Also not a regisseur who can see the samenwerking through another role (here: council member of Zeist).
        String meekijker = "regisseur-raad-" + Long.toString(System.nanoTime(), 36);
        accounts.maak(new NieuwAccount(
                meekijker, "Regisseur en raadslid", "samenspel", Set.of(Rol.REGISSEUR, Rol.RAADSLID), "GM0355"));
        assertThat(Http.api(port, meekijker).get("/api/v1/samenwerkingen/" + s).status())
                .isEqualTo(200);
        assertThat(Http.api(port, meekijker)
                        .postJson("/api/v1/account-aanvragen", aanvraag(s, OUDEWATER))
                        .status())
                .isEqualTo(403);

        long id = Http.api(port, TestAccounts.REGISSEUR)
                .postJson("/api/v1/account-aanvragen", aanvraag(s, OUDEWATER))
                .json()
                .path("id")
                .asLong();
        assertThat(Http.api(port, ander).get("/api/v1/account-aanvragen/" + id).status())
                .isEqualTo(404);
        assertThat(Http.api(port, ander)
                        .get("/api/v1/account-aanvragen?samenwerking=" + s)
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, ander).get("/api/v1/account-aanvragen").status())
                .isEqualTo(403);
        // Nor can a regisseur handle a request, not even their own.
        assertThat(Http.api(port, TestAccounts.REGISSEUR)
                        .postJson(
                                "/api/v1/account-aanvragen/" + id + "/afhandeling",
                                Map.of("besluit", "AANMAKEN"),
                                "\"0\"")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void ongeldigeInvoerKrijgtNederlandseMeldingenPerVeldEnSlaatNietsOp() {
        long s = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.ZEIST, IJSSELSTEIN);
        Http r = Http.api(port, TestAccounts.REGISSEUR);
        Map<String, Object> fout = new LinkedHashMap<>();
        fout.put("samenwerkingId", s);
        fout.put("weergavenaam", " ");
        fout.put("email", "geen-adres");
        fout.put("rol", "BEHEERDER");
        fout.put("gemeenteCode", TestAccounts.DE_BILT);
        Http.Antwoord a = r.postJson("/api/v1/account-aanvragen", fout);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        Map<String, String> velden = new LinkedHashMap<>();
        a.json()
                .path("invalidParams")
                .forEach(p ->
                        velden.put(p.path("name").asString(), p.path("reason").asString()));
        assertThat(velden)
                .containsEntry("weergavenaam", "Vul dit veld in.")
                .containsEntry("email", "Vul een geldig e-mailadres in, zoals naam@gemeente.nl, of laat het veld leeg.")
                .containsEntry("rol", "Kies ambtenaar, bestuurder of raadslid.")
                .containsEntry("gemeenteCode", "Kies een gemeente die aan deze samenwerking deelneemt.");
        assertThat(r.get("/api/v1/account-aanvragen?samenwerking=" + s)
                        .json()
                        .path("aanvragen")
                        .size())
                .isZero();
    }

    @Test
    void deBeheerderMaaktHetAccountInEenKeerMetEenEenmaligWachtwoord() {
        long s = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.ZEIST, RHENEN);
        long id = Http.api(port, TestAccounts.REGISSEUR)
                .postJson("/api/v1/account-aanvragen", aanvraag(s, RHENEN))
                .json()
                .path("id")
                .asLong();
        Http b = Http.api(port, TestAccounts.BEHEERDER);
        String pad = "/api/v1/account-aanvragen/" + id + "/afhandeling";
        String naam = "anna-" + Long.toString(System.nanoTime(), 36);

        assertThat(b.postJson(pad, Map.of("besluit", "AANMAKEN")).status()).isEqualTo(428);
        assertThat(b.postJson(pad, Map.of("besluit", "AANMAKEN"), "\"7\"").status())
                .isEqualTo(412);
        assertThat(b.postJson(pad, Map.of("besluit", "MISSCHIEN"), "\"0\"").status())
                .isEqualTo(400);

        Http.Antwoord gemaakt = b.postJson(pad, Map.of("besluit", "AANMAKEN", "gebruikersnaam", naam), "\"0\"");
        assertThat(gemaakt.status()).as(gemaakt.body()).isEqualTo(201);
        assertThat(gemaakt.header("Cache-Control")).contains("no-store");
        String wachtwoord = gemaakt.json().path("eenmaligWachtwoord").asString();
        assertThat(wachtwoord).matches("[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}");
        long accountId = gemaakt.json().path("account").path("id").asLong();
        assertThat(gemaakt.header("Location")).isEqualTo("/api/v1/accounts/" + accountId);
        assertThat(gemaakt.json().path("aanvraag").path("status").asString()).isEqualTo("AANGEMAAKT");

        Account account = accounts.vind(accountId);
        assertThat(account.gebruikersnaam()).isEqualTo(naam);
        assertThat(account.weergavenaam()).isEqualTo("Anna de Vries");
        assertThat(account.rollen()).containsExactly(Rol.AMBTENAAR);
        assertThat(account.gemeenteCode()).isEqualTo(RHENEN);
        assertThat(account.moetWachtwoordWijzigen()).isTrue();

        // Never again: not in the request, not in the account, not in the audit trail.
        Http.Antwoord later = b.get("/api/v1/account-aanvragen/" + id);
        assertThat(later.json().path("accountId").asLong()).isEqualTo(accountId);
        assertThat(later.body()).doesNotContain(wachtwoord);
        assertThat(b.get("/api/v1/accounts/" + accountId).body()).doesNotContain(wachtwoord);
        assertThat(audit.voorEntiteit("account", accountId).toString()).doesNotContain(wachtwoord);
        assertThat(audit.voorEntiteit("account_aanvraag", id))
                .extracting(AuditEvent::actie)
                .containsExactly(Actie.GEWIJZIGD, Actie.AANGEMAAKT);
        assertThat(audit.voorEntiteit("account_aanvraag", id).get(0).wijzigingen())
                .contains(new Wijziging("status", "OPEN", "AANGEMAAKT"));

        // Handling twice is refused, whatever the version.
        Http.Antwoord nogEens = b.postJson(pad, Map.of("besluit", "AANMAKEN"), "\"1\"");
        assertThat(nogEens.status()).isEqualTo(409);
        assertThat(nogEens.json().path("detail").asString())
                .isEqualTo("Deze aanvraag is al afgehandeld; er is niets gewijzigd.");
        assertThat(b.postJson(pad, Map.of("besluit", "AFWIJZEN", "reden", "toch niet"), "\"1\"")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void eenBezetteGebruikersnaamWordtGeweigerdEnDeAanvraagBlijftOpen() {
        long s = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.ZEIST, RHENEN);
        long id = Http.api(port, TestAccounts.REGISSEUR)
                .postJson("/api/v1/account-aanvragen", aanvraag(s, RHENEN, "Bea Bezet"))
                .json()
                .path("id")
                .asLong();
        Http.Antwoord a = Http.api(port, TestAccounts.BEHEERDER)
                .postJson(
                        "/api/v1/account-aanvragen/" + id + "/afhandeling",
                        Map.of("besluit", "AANMAKEN", "gebruikersnaam", TestAccounts.REGISSEUR),
                        "\"0\"");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("invalidParams").get(0).path("name").asString())
                .isEqualTo("gebruikersnaam");
        assertThat(Http.api(port, TestAccounts.BEHEERDER)
                        .get("/api/v1/account-aanvragen/" + id)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("OPEN");
    }

    @Test
    void deBeheerderWijstAfMetEenReden() {
        long s = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.ZEIST, WIJK_BIJ_DUURSTEDE);
        long id = Http.api(port, TestAccounts.REGISSEUR)
                .postJson("/api/v1/account-aanvragen", aanvraag(s, WIJK_BIJ_DUURSTEDE))
                .json()
                .path("id")
                .asLong();
        Http b = Http.api(port, TestAccounts.BEHEERDER);
        String pad = "/api/v1/account-aanvragen/" + id + "/afhandeling";

        Http.Antwoord zonderReden = b.postJson(pad, Map.of("besluit", "AFWIJZEN"), "\"0\"");
        assertThat(zonderReden.status()).isEqualTo(400);
        assertThat(zonderReden.json().path("invalidParams").get(0).path("name").asString())
                .isEqualTo("reden");

        Http.Antwoord af = b.postJson(pad, Map.of("besluit", "AFWIJZEN", "reden", "Heeft al een account."), "\"0\"");
        assertThat(af.status()).as(af.body()).isEqualTo(200);
        assertThat(af.json().path("aanvraag").path("status").asString()).isEqualTo("AFGEWEZEN");
        assertThat(af.json().path("aanvraag").path("reden").asString()).isEqualTo("Heeft al een account.");
        assertThat(af.json().path("eenmaligWachtwoord").isNull()
                        || af.json().path("eenmaligWachtwoord").isMissingNode())
                .isTrue();
        assertThat(b.get("/api/v1/account-aanvragen").json().path("aanvragen").values().stream()
                        .map(n -> n.path("id").asLong()))
                .doesNotContain(id);
        assertThat(b.postJson(pad, Map.of("besluit", "AFWIJZEN", "reden", "nogmaals"), "\"1\"")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void dezelfdeOpenAanvraagTweeKeerEnEenOefeningWordenGeweigerd() {
        long s = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.ZEIST, IJSSELSTEIN);
        Http r = Http.api(port, TestAccounts.REGISSEUR);
        assertThat(r.postJson("/api/v1/account-aanvragen", aanvraag(s, IJSSELSTEIN, "Dirk Dubbel"))
                        .status())
                .isEqualTo(201);
        Http.Antwoord dubbel = r.postJson("/api/v1/account-aanvragen", aanvraag(s, IJSSELSTEIN, "dirk dubbel"));
        assertThat(dubbel.status()).isEqualTo(409);

        long oefencasus = TestSamenwerkingen.oefencasus(port, samenwerkingen);
        Http.Antwoord oefening =
                r.postJson("/api/v1/account-aanvragen", aanvraag(oefencasus, TestAccounts.BUNNIK, "Olga Oefen"));
        assertThat(oefening.status()).isEqualTo(409);
        assertThat(oefening.json().path("detail").asString()).contains("oefensamenwerking");
    }

    static Map<String, Object> aanvraag(long samenwerking, String gemeente) {
        return aanvraag(samenwerking, gemeente, "Anna de Vries");
    }

    static Map<String, Object> aanvraag(long samenwerking, String gemeente, String naam) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("samenwerkingId", samenwerking);
        a.put("weergavenaam", naam);
        a.put("email", "anna@example.org");
        a.put("rol", "AMBTENAAR");
        a.put("gemeenteCode", gemeente);
        a.put("toelichting", "Voor het gesprek over de positie.");
        return a;
    }
}
