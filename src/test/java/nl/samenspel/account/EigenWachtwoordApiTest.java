package nl.samenspel.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspel.audit.AuditEvent;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.audit.Wijziging;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestAccounts;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code PUT /api/v1/mij/wachtwoord}: an API-only user with a one-time password can choose their own password
 * (every other call is 403 until then), with the same rules as the page; every user can change theirs.
 */
@SamenspelTest
class EigenWachtwoordApiTest {

    static final String PAD = "/api/v1/mij/wachtwoord";
    static final String WOERDEN = "GM0632";
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail audit;

    /** A fresh account made from an account request: its name and one-time password. */
    private String[] eenmaligAccount() {
        long s = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.ZEIST, WOERDEN);
        long id = Http.api(port, TestAccounts.REGISSEUR)
                .postJson("/api/v1/account-aanvragen", AccountAanvraagApiTest.aanvraag(s, WOERDEN, "Wout Woerden"))
                .json()
                .path("id")
                .asLong();
        String naam = "wout-" + Long.toString(System.nanoTime(), 36);
        Http.Antwoord gemaakt = Http.api(port, TestAccounts.BEHEERDER)
                .postJson(
                        "/api/v1/account-aanvragen/" + id + "/afhandeling",
                        Map.of("besluit", "AANMAKEN", "gebruikersnaam", naam),
                        "\"0\"");
        assertThat(gemaakt.status()).as(gemaakt.body()).isEqualTo(201);
        return new String[] {naam, gemaakt.json().path("eenmaligWachtwoord").asString()};
    }

    private static Map<String, Object> body(Object huidig, Object nieuw) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("huidigWachtwoord", huidig);
        b.put("nieuwWachtwoord", nieuw);
        return b;
    }

    @Test
    void eenApiGebruikerMetEenmaligWachtwoordKiestViaDeApiEenEigenWachtwoord() {
        String[] a = eenmaligAccount();
        String naam = a[0];
        String eenmalig = a[1];
        Http api = Http.api(port, naam, eenmalig);

        Http.Antwoord geweigerd = api.get("/api/v1/samenwerkingen");
        assertThat(geweigerd.status()).isEqualTo(403);
        assertThat(geweigerd.json().path("type").asString()).endsWith("/problemen/wachtwoord-wijzigen");
        assertThat(geweigerd.json().path("detail").asString()).contains("PUT /api/v1/mij/wachtwoord");
        assertThat(api.get("/api/v1/mij").status()).isEqualTo(403);

        // Wrong current password: 400 on huidigWachtwoord, nothing changed, no password echoed.
        Http.Antwoord fout = api.putJson(PAD, body("niet-het-goede", "mijn-api-wachtwoord"), null);
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.header("Content-Type")).startsWith("application/problem+json");
        assertThat(velden(fout)).containsExactly("huidigWachtwoord");
        assertThat(fout.json().path("invalidParams").get(0).path("reason").asString())
                .isEqualTo("Het huidige wachtwoord klopt niet.");
        assertThat(fout.body()).doesNotContain("niet-het-goede").doesNotContain("mijn-api-wachtwoord");
        // Missing current password.
        assertThat(velden(api.putJson(PAD, body(null, "mijn-api-wachtwoord"), null)))
                .containsExactly("huidigWachtwoord");
        // Too weak, and the same as now.
        Http.Antwoord zwak = api.putJson(PAD, body(eenmalig, "kort"), null);
        assertThat(zwak.status()).isEqualTo(400);
        assertThat(velden(zwak)).containsExactly("nieuwWachtwoord");
        assertThat(zwak.json().path("invalidParams").get(0).path("reason").asString())
                .isEqualTo("Kies een wachtwoord van minstens 8 tekens.");
        Http.Antwoord zelfde = api.putJson(PAD, body(eenmalig, eenmalig), null);
        assertThat(zelfde.status()).isEqualTo(400);
        assertThat(velden(zelfde)).containsExactly("nieuwWachtwoord");
        assertThat(zelfde.body()).doesNotContain(eenmalig);
        // A string is required, not a number.
        assertThat(api.putJson(PAD, body(eenmalig, 12345678), null).status()).isEqualTo(400);
        assertThat(accounts.vindOpNaam(naam).orElseThrow().moetWachtwoordWijzigen())
                .isTrue();
        assertThat(api.get("/api/v1/samenwerkingen").status()).isEqualTo(403);

        Http.Antwoord goed = api.putJson(PAD, body(eenmalig, "mijn-api-wachtwoord"), null);
        assertThat(goed.status()).as(goed.body()).isEqualTo(204);
        assertThat(goed.header("API-Version")).isNotEmpty();

        Http nieuw = Http.api(port, naam, "mijn-api-wachtwoord");
        assertThat(nieuw.get("/api/v1/samenwerkingen").status()).isEqualTo(200);
        assertThat(nieuw.get("/api/v1/mij").json().path("gebruikersnaam").asString())
                .isEqualTo(naam);
        assertThat(Http.api(port, naam, eenmalig).get("/api/v1/mij").status()).isEqualTo(401);

        Account account = accounts.vindOpNaam(naam).orElseThrow();
        assertThat(account.moetWachtwoordWijzigen()).isFalse();
        List<AuditEvent> historie = audit.voorEntiteit("account", account.id());
        assertThat(historie.get(0).gebruiker()).isEqualTo(naam);
        assertThat(historie.get(0).wijzigingen()).contains(new Wijziging("eenmalig", "true", "false"));
        assertThat(historie.toString())
                .doesNotContain("mijn-api-wachtwoord")
                .doesNotContain(eenmalig)
                .doesNotContain("niet-het-goede");
    }

    @Test
    void eenGewoneGebruikerWijzigtZijnWachtwoordOokViaDeApi() {
        String naam = "gewoon-" + Long.toString(System.nanoTime(), 36);
        Map<String, Object> nieuw = new LinkedHashMap<>();
        nieuw.put("gebruikersnaam", naam);
        nieuw.put("weergavenaam", "Gerda Gewoon");
        nieuw.put("wachtwoord", "begin-wachtwoord");
        nieuw.put("rollen", List.of("REGISSEUR"));
        nieuw.put("gemeenteCode", null);
        assertThat(Http.api(port, TestAccounts.BEHEERDER)
                        .postJson("/api/v1/accounts", nieuw)
                        .status())
                .isEqualTo(201);
        Http api = Http.api(port, naam, "begin-wachtwoord");
        assertThat(api.get("/api/v1/samenwerkingen").status()).isEqualTo(200);

        assertThat(api.putJson(PAD, body("begin-wachtwoord", "ander-wachtwoord"), null)
                        .status())
                .isEqualTo(204);
        assertThat(Http.api(port, naam, "ander-wachtwoord").get("/api/v1/mij").status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/mij").status()).isEqualTo(401);
        Account account = accounts.vindOpNaam(naam).orElseThrow();
        assertThat(audit.voorEntiteit("account", account.id()).get(0).wijzigingen())
                .contains(new Wijziging("wachtwoord", null, "gewijzigd door de gebruiker"));
    }

    @Test
    void zonderInloggenIsHet401() {
        Http.Antwoord a = Http.anoniem(port).putJson(PAD, body("x", "mijn-api-wachtwoord"), null);
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void eenVerkeerdHuidigWachtwoordTeltAlsMislukteInlogpoging() {
        String[] a = eenmaligAccount();
        // A signed-in browser session (no password sent along, unlike HTTP Basic) that guesses the current one:
        // five wrong guesses are free, like five wrong sign-ins; then the name must wait, for the right one too.
        Http sessie = Http.browser(port, a[0], a[1]);
        Matcher m = TOKEN.matcher(sessie.get("/wachtwoord-wijzigen").body());
        assertThat(m.find()).isTrue();
        Map<String, String> csrf = Map.of("X-CSRF-TOKEN", m.group(1));
        for (int i = 0; i < 5; i++) {
            String gok = "{\"huidigWachtwoord\": \"gok-" + i
                    + "-wachtwoord\", \"nieuwWachtwoord\": \"mijn-api-wachtwoord\"}";
            assertThat(velden(sessie.send("PUT", PAD, "application/json", gok, csrf)))
                    .containsExactly("huidigWachtwoord");
        }
        String goed = "{\"huidigWachtwoord\": \"" + a[1] + "\", \"nieuwWachtwoord\": \"mijn-api-wachtwoord\"}";
        Http.Antwoord wacht = sessie.send("PUT", PAD, "application/json", goed, csrf);
        assertThat(velden(wacht)).containsExactly("huidigWachtwoord");
        assertThat(wacht.json().path("invalidParams").get(0).path("reason").asString())
                .startsWith("Te vaak een verkeerd wachtwoord.");
        assertThat(accounts.vindOpNaam(a[0]).orElseThrow().moetWachtwoordWijzigen())
                .isTrue();
        // Signing in as that name must wait as well (HTTP Basic: 429 with Retry-After).
        Http.Antwoord basic = Http.api(port, a[0], a[1]).get("/api/v1/mij");
        assertThat(basic.status()).isEqualTo(429);
        assertThat(basic.header("Retry-After")).isNotEmpty();
    }

    private static List<String> velden(Http.Antwoord a) {
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        List<String> namen = new java.util.ArrayList<>();
        a.json().path("invalidParams").forEach(p -> namen.add(p.path("name").asString()));
        return namen;
    }
}
