package nl.samenspel.account;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Password guessing is slowed down, never turned into a lock-out of the rightful owner: per user name after five
 * wrong passwords (1 s, 2 s, 4 s …), per client address after twenty; unknown and existing names alike.
 */
@SamenspelTest
class InlogBeperkingTest {

    private static final String GOED = "samenspel";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void naVijfFoutenWachtHetAccountSteedsLangerEnDaarnaKomtDeEigenaarGewoonBinnen() throws Exception {
        String naam = nieuwAccount();
        Http aanvaller = Http.api(port, naam, "verkeerd");
        for (int i = 0; i < 5; i++) {
            assertThat(aanvaller.get("/api/v1/mij").status()).as("poging " + i).isEqualTo(401);
        }
        Http eigenaar = Http.api(port, naam, GOED);
        Http.Antwoord wacht = eigenaar.get("/api/v1/mij");
        assertThat(wacht.status()).isEqualTo(429);
        assertThat(wacht.header("Retry-After")).isEqualTo("1");
        assertThat(wacht.header("Content-Type")).startsWith("application/problem+json");
        assertThat(wacht.json().path("title").asString()).isEqualTo("Te veel inlogpogingen");
        assertThat(wacht.json().path("detail").asString()).contains("Wacht 1 seconden");

        Thread.sleep(1100);
        assertThat(aanvaller.get("/api/v1/mij").status()).isEqualTo(401);
        Http.Antwoord langer = eigenaar.get("/api/v1/mij");
        assertThat(langer.status()).isEqualTo(429);
        assertThat(langer.header("Retry-After")).as("de wachttijd verdubbelt").isEqualTo("2");

        Thread.sleep(2100);
        assertThat(eigenaar.get("/api/v1/mij").status())
                .as("na de wachttijd lukt het goede wachtwoord")
                .isEqualTo(200);
        assertThat(accounts.wachtTot(accounts.vindOpNaam(naam).orElseThrow()))
                .as("en de teller is terug op nul")
                .isNull();
    }

    @Test
    void hetInlogformulierNoemtDeWachttijdEnLaatDeEigenaarDaarnaBinnen() throws Exception {
        String naam = nieuwAccount();
        for (int i = 0; i < 5; i++) {
            assertThat(formulierLogin(naam, "verkeerd-" + i).header("Location")).endsWith("/inloggen?fout");
        }
        Http.Antwoord wacht = formulierLogin(naam, GOED);
        assertThat(wacht.status()).isEqualTo(302);
        assertThat(wacht.header("Location")).endsWith("/inloggen?wacht=1");
        assertThat(Http.anoniem(port).get("/inloggen?wacht=1").body())
                .contains("Wacht 1 seconden en probeer het dan opnieuw.");

        Thread.sleep(1100);
        assertThat(formulierLogin(naam, GOED).header("Location")).doesNotContain("/inloggen");
    }

    @Test
    void eenOnbekendEnEenBestaandAccountKrijgenPreciesHetzelfdeAntwoord() {
        String bestaand = nieuwAccount();
        String onbekend = "onbekend-" + Long.toString(System.nanoTime(), 36);
        assertThat(accounts.bestaat(onbekend)).isFalse();

        List<String> vanOnbekend = antwoorden(onbekend);
        List<String> vanBestaand = antwoorden(bestaand);
        assertThat(vanOnbekend).isEqualTo(vanBestaand);
        assertThat(vanBestaand.get(5)).startsWith("429 1 ");
        assertThat(vanBestaand.get(6)).endsWith("/inloggen?wacht=1");
    }

    @Test
    void eenAdresDatBlijftRadenWordtGeweigerdZonderWachtwoordcontroleEenAnderAdresNiet() {
        String naam = nieuwAccount();
        for (int i = 0; i < 20; i++) {
            Http.Antwoord a = Http.api(port, "gok-" + i + "-" + naam, "verkeerd")
                    .vanAdres("203.0.113.66")
                    .get("/api/v1/mij");
            assertThat(a.status()).as("poging " + i).isEqualTo(401);
        }
        Http.Antwoord geweigerd =
                Http.api(port, naam, GOED).vanAdres("203.0.113.66").get("/api/v1/mij");
        assertThat(geweigerd.status())
                .as("ook het goede wachtwoord wordt niet bekeken")
                .isEqualTo(429);
        assertThat(geweigerd.header("Retry-After")).isEqualTo("1");
        assertThat(formulier("203.0.113.66", naam, GOED).header("Location")).endsWith("/inloggen?wacht=1");

        assertThat(Http.api(port, naam, GOED)
                        .vanAdres("203.0.113.67")
                        .get("/api/v1/mij")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void stuurtekensUitDeGebruikersnaamKomenGecodeerdInHetLog() {
        Logger logger = (Logger) LoggerFactory.getLogger(InlogBeperking.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Level eerder = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addAppender(log);
        try {
            formulierLogin(
                    "x\r\n2026-01-01 INFO event=inloggen-gelukt gebruiker=beheerder\u0007\u001b[31m", "verkeerd");
        } finally {
            logger.detachAppender(log);
            logger.setLevel(eerder);
        }
        List<String> regels = new ArrayList<>(
                log.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
        assertThat(regels).hasSize(1);
        assertThat(regels.get(0))
                .doesNotContain("\r")
                .doesNotContain("\n")
                .doesNotContain("\u0007")
                .doesNotContain("\u001b")
                .contains(
                        "gebruiker=x\\r\\n2026-01-01 INFO event=inloggen-gelukt gebruiker=beheerder\\u0007\\u001b[31m");
    }

    /** Status, Retry-After and body of six wrong passwords on this name over Basic, then where the form sends one. */
    private List<String> antwoorden(String naam) {
        List<String> antwoorden = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Http.Antwoord a = Http.api(port, naam, "verkeerd").get("/api/v1/mij");
            antwoorden.add(
                    a.status() + " " + a.header("Retry-After") + " " + a.header("WWW-Authenticate") + " " + a.body());
        }
        Http.Antwoord formulier = formulierLogin(naam, "verkeerd");
        antwoorden.add(formulier.status() + " " + formulier.header("Location"));
        return antwoorden;
    }

    private Http.Antwoord formulierLogin(String naam, String wachtwoord) {
        return Http.anoniem(port).formulier("/inloggen", Map.of("gebruikersnaam", naam, "wachtwoord", wachtwoord));
    }

    private Http.Antwoord formulier(String adres, String naam, String wachtwoord) {
        return Http.anoniem(port)
                .vanAdres(adres)
                .formulier("/inloggen", Map.of("gebruikersnaam", naam, "wachtwoord", wachtwoord));
    }

    private String nieuwAccount() {
        String naam = "blok-" + Long.toString(System.nanoTime(), 36);
        accounts.maak(new NieuwAccount(naam, "Wachttijd Test", GOED, Set.of(Rol.REGISSEUR), null));
        return naam;
    }
}
