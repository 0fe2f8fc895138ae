package nl.samenspel.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SamenspelTest
class InlogBeperkingTest {

    private static final String GOED = "samenspel";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void naVijfVerkeerdeWachtwoordenWordtOokHetGoedeWachtwoordGeweigerd() {
        String naam = nieuwAccount();
        for (int i = 0; i < 5; i++) {
            assertThat(formulierLogin(naam, "verkeerd-" + i).header("Location")).endsWith("/inloggen?fout");
        }

        Http.Antwoord geweigerd = formulierLogin(naam, GOED);
        assertThat(geweigerd.status()).isEqualTo(302);
        assertThat(geweigerd.header("Location")).endsWith("/inloggen?geblokkeerd");
        assertThat(Http.anoniem(port).get("/inloggen?geblokkeerd").body())
                .contains("Er is te vaak een verkeerd wachtwoord ingevoerd");
        assertThat(Http.api(port, naam, GOED).get("/api/v1/mij").status()).isEqualTo(401);
    }

    @Test
    void eenGeslaagdeLoginZetDeTellerTerug() {
        String naam = nieuwAccount();
        for (int ronde = 0; ronde < 2; ronde++) {
            for (int i = 0; i < 4; i++) {
                formulierLogin(naam, "verkeerd");
            }
            Http.Antwoord gelukt = formulierLogin(naam, GOED);
            assertThat(gelukt.header("Location")).as("ronde " + ronde).doesNotContain("/inloggen");
            assertThat(pogingen(naam)).isZero();
        }
        assertThat(Http.api(port, naam, GOED).get("/api/v1/mij").status()).isEqualTo(200);
    }

    @Test
    void verkeerdeWachtwoordenViaBasicTellenOokMee() {
        String naam = nieuwAccount();
        for (int i = 0; i < 5; i++) {
            assertThat(Http.api(port, naam, "verkeerd").get("/api/v1/mij").status()).isEqualTo(401);
        }
        assertThat(formulierLogin(naam, GOED).header("Location")).endsWith("/inloggen?geblokkeerd");
    }

    @Test
    void naAfloopVanDeBlokkadeKanWeerWordenIngelogd() {
        String naam = nieuwAccount();
        for (int i = 0; i < 5; i++) {
            formulierLogin(naam, "verkeerd");
        }
        assertThat(formulierLogin(naam, GOED).header("Location")).endsWith("/inloggen?geblokkeerd");

        jdbc.sql("UPDATE account SET geblokkeerd_tot = ? WHERE gebruikersnaam = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), naam).update();

        assertThat(formulierLogin(naam, GOED).header("Location")).doesNotContain("/inloggen");
        assertThat(Http.api(port, naam, GOED).get("/api/v1/mij").status()).isEqualTo(200);
    }

    private Http.Antwoord formulierLogin(String naam, String wachtwoord) {
        Http http = Http.anoniem(port);
        return http.formulier("/inloggen", Map.of("gebruikersnaam", naam, "wachtwoord", wachtwoord));
    }

    private int pogingen(String naam) {
        return jdbc.sql("SELECT mislukte_pogingen FROM account WHERE gebruikersnaam = ?").param(naam)
                .query(Integer.class).single();
    }

    private String nieuwAccount() {
        String naam = "blok-" + Long.toString(System.nanoTime(), 36);
        accounts.maak(new NieuwAccount(naam, "Blokkade Test", GOED, Set.of(Rol.REGISSEUR), null));
        return naam;
    }
}
