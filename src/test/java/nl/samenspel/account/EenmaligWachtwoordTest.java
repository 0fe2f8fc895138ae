package nl.samenspel.account;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pages of an account request (issue 11): the regisseur sees which parties have no account and asks; the
 * beheerder sees the request on the start page and makes the account in one form; the one-time password is shown
 * once; its user can do nothing before choosing their own password (pages and API).
 */
@SamenspelTest
class EenmaligWachtwoordTest {

    static final String WOUDENBERG = "GM0351";
    static final String RENSWOUDE = "GM0339";
    private static final Pattern WACHTWOORD = Pattern.compile("data-eenmalig-wachtwoord>([^<]+)<");

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void deRegisseurZietPartijenZonderAccountEnVraagtViaHetFormulierAan() {
        long s = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.ZEIST, WOUDENBERG);
        Http r = Http.browser(port, TestAccounts.REGISSEUR);
        String pagina = r.get("/samenwerkingen/" + s).body();
        assertThat(pagina).contains("Accounts voor de partijen").contains("Account aanvragen voor Woudenberg");
        assertThat(pagina).doesNotContain("Account aanvragen voor Zeist");
        // Someone of a participating municipality sees no such section.
        assertThat(Http.browser(port, TestAccounts.AMBTENAAR_ZEIST)
                        .get("/samenwerkingen/" + s)
                        .body())
                .doesNotContain("Accounts voor de partijen");

        Http.Antwoord formulier = r.get("/account-aanvragen/nieuw?samenwerking=" + s + "&gemeente=" + WOUDENBERG);
        assertThat(formulier.status()).isEqualTo(200);
        assertThat(formulier.body()).contains("<option value=\"" + WOUDENBERG + "\" selected>");

        Http.Antwoord fout = r.formulier(
                "/account-aanvragen/nieuw",
                Map.of("samenwerking", "" + s, "gemeenteCode", WOUDENBERG, "weergavenaam", "", "rol", ""));
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).contains("href=\"#veld-weergavenaam\"").contains("href=\"#veld-rol\"");

        Http.Antwoord goed = r.formulier(
                "/account-aanvragen/nieuw",
                Map.of(
                        "samenwerking", "" + s,
                        "gemeenteCode", WOUDENBERG,
                        "weergavenaam", "Wim Woudenberg",
                        "rol", "BESTUURDER",
                        "email", "",
                        "toelichting", ""));
        assertThat(goed.status()).isEqualTo(302);
        assertThat(goed.header("Location")).endsWith("/samenwerkingen/" + s + "#accounts");
        String daarna = r.get("/samenwerkingen/" + s).body();
        assertThat(daarna)
                .contains("De aanvraag voor Wim Woudenberg staat klaar voor de beheerder.")
                .contains("Aangevraagd voor Wim Woudenberg (Bestuurder)");
        // The message is shown once.
        assertThat(r.get("/samenwerkingen/" + s).body()).doesNotContain("staat klaar voor de beheerder");

        // An ambtenaar does not even get the form.
        assertThat(Http.browser(port, TestAccounts.AMBTENAAR_ZEIST)
                        .get("/account-aanvragen/nieuw?samenwerking=" + s)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void hetEenmaligeWachtwoordVerschijntEenKeerEnDeGebruikerMoetHetEerstWijzigen() {
        long s = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.ZEIST, RENSWOUDE);
        long id = Http.api(port, TestAccounts.REGISSEUR)
                .postJson("/api/v1/account-aanvragen", AccountAanvraagApiTest.aanvraag(s, RENSWOUDE, "Rik Renswoude"))
                .json()
                .path("id")
                .asLong();

        // The beheerder's start page lists the request with name, role and municipality, and the one-step form.
        Http b = Http.browser(port, TestAccounts.BEHEERDER);
        String start = b.get("/").body();
        assertThat(start)
                .contains("Aangevraagde accounts")
                .contains("Rik Renswoude")
                .contains("Ambtenaar voor Renswoude")
                .contains("action=\"/beheer/account-aanvragen/" + id + "/aanmaken\"")
                .contains("id=\"gebruikersnaam-" + id + "\"")
                .contains("value=\"rik.renswoude");
        assertThat(start).contains("Deelnemende gemeenten zonder account").contains("Renswoude (");

        String naam = "rik-" + Long.toString(System.nanoTime(), 36);
        Http.Antwoord gemaakt = b.formulier(
                "/beheer/account-aanvragen/" + id + "/aanmaken", Map.of("gebruikersnaam", naam, "versie", "0"));
        assertThat(gemaakt.status()).isEqualTo(302);
        assertThat(gemaakt.header("Location")).endsWith("/beheer/account-aanvragen/" + id + "/aangemaakt");
        String bevestiging = "/beheer/account-aanvragen/" + id + "/aangemaakt";

        Http.Antwoord eenmaal = b.get(bevestiging);
        assertThat(eenmaal.header("Cache-Control")).contains("no-store");
        Matcher m = WACHTWOORD.matcher(eenmaal.body());
        assertThat(m.find()).as("het wachtwoord staat op de bevestiging").isTrue();
        String wachtwoord = m.group(1);
        assertThat(eenmaal.body()).contains(naam);

        // Reloading (or coming back) shows no password any more.
        Http.Antwoord nogmaals = b.get(bevestiging);
        assertThat(nogmaals.status()).isEqualTo(200);
        assertThat(nogmaals.body()).doesNotContain(wachtwoord).contains("al getoond");
        assertThat(b.get("/beheer/account-aanvragen/" + id).body()).doesNotContain(wachtwoord);
        // Stored only as a hash.
        String hash = jdbc.sql("SELECT wachtwoord_hash FROM account WHERE gebruikersnaam = ?")
                .param(naam)
                .query(String.class)
                .single();
        assertThat(hash).doesNotContain(wachtwoord).startsWith("{bcrypt}");
        // The request is gone from the start page.
        assertThat(b.get("/").body()).doesNotContain("/beheer/account-aanvragen/" + id + "/aanmaken");

        // The API answers 403 with a clear Dutch problem until the password is changed.
        Http.Antwoord api = Http.api(port, naam, wachtwoord).get("/api/v1/mij");
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.json().path("title").asString()).isEqualTo("Eerst een eigen wachtwoord kiezen");

        // Every page leads to the change-password page.
        Http nieuw = Http.browser(port, naam, wachtwoord);
        for (String pad : List.of("/", "/samenwerkingen", "/samenwerkingen/" + s, "/gemeenten")) {
            Http.Antwoord a = nieuw.get(pad);
            assertThat(a.status()).as(pad).isEqualTo(302);
            assertThat(a.header("Location")).as(pad).endsWith("/wachtwoord-wijzigen");
        }
        String wijzigPagina = nieuw.get("/wachtwoord-wijzigen").body();
        assertThat(wijzigPagina)
                .contains("U bent ingelogd met een eenmalig wachtwoord.")
                .as("no menu links that would only lead back here")
                .doesNotContain("href=\"/samenwerkingen\"")
                .doesNotContain("href=\"/gemeenten\"")
                .contains("Uitloggen");
        String versie = versie(wijzigPagina);

        Http.Antwoord ongelijk = nieuw.formulier(
                "/wachtwoord-wijzigen",
                Map.of("wachtwoord", "mijn-eigen-wachtwoord", "herhaling", "iets-anders-123", "versie", versie));
        assertThat(ongelijk.status()).isEqualTo(400);
        assertThat(ongelijk.body()).contains("De twee wachtwoorden zijn niet gelijk.");
        Http.Antwoord zelfde = nieuw.formulier(
                "/wachtwoord-wijzigen", Map.of("wachtwoord", wachtwoord, "herhaling", wachtwoord, "versie", versie));
        assertThat(zelfde.status()).isEqualTo(400);
        Http.Antwoord kort = nieuw.formulier(
                "/wachtwoord-wijzigen", Map.of("wachtwoord", "kort", "herhaling", "kort", "versie", versie));
        assertThat(kort.status()).isEqualTo(400);
        assertThat(nieuw.get("/").status()).isEqualTo(302);

        Http.Antwoord goed = nieuw.formulier(
                "/wachtwoord-wijzigen",
                Map.of("wachtwoord", "mijn-eigen-wachtwoord", "herhaling", "mijn-eigen-wachtwoord", "versie", versie));
        assertThat(goed.status()).isEqualTo(302);
        assertThat(goed.header("Location")).matches(".*/(\\?.*)?$");
        // Same session, now free to go: it lands on the start page.
        Http.Antwoord startNieuw = nieuw.get("/");
        assertThat(startNieuw.status()).isEqualTo(200);
        assertThat(nieuw.get("/samenwerkingen/" + s).status()).isEqualTo(200);

        assertThat(Http.api(port, naam, "mijn-eigen-wachtwoord")
                        .get("/api/v1/mij")
                        .status())
                .isEqualTo(200);
        assertThat(Http.api(port, naam, wachtwoord).get("/api/v1/mij").status()).isEqualTo(401);
        Account account = accounts.vindOpNaam(naam).orElseThrow();
        assertThat(account.moetWachtwoordWijzigen()).isFalse();
        List<AuditEvent> historie = audit.voorEntiteit("account", account.id());
        assertThat(historie.get(0).gebruiker()).isEqualTo(naam);
        assertThat(historie.get(0).wijzigingen()).contains(new Wijziging("eenmalig", "true", "false"));
        assertThat(historie.toString()).doesNotContain("mijn-eigen-wachtwoord").doesNotContain(wachtwoord);
    }

    @Test
    void eenAccountMetEigenWachtwoordWordtNergensHeenGestuurd() {
        Http a = Http.browser(port, TestAccounts.AMBTENAAR_ZEIST);
        assertThat(a.get("/").status()).isEqualTo(200);
        Http.Antwoord pagina = a.get("/wachtwoord-wijzigen");
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.body()).doesNotContain("eenmalig wachtwoord").contains("href=\"/samenwerkingen\"");
    }

    private static String versie(String html) {
        Matcher m = Pattern.compile("name=\"versie\" value=\"(\\d+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
