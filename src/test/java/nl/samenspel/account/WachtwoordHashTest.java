package nl.samenspel.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Real accounts get a full-cost BCrypt hash; only the demo accounts, whose password is public, a cheap one. */
@SamenspelTest
class WachtwoordHashTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eenGewoonAccountKrijgtBcryptMetKostenTien() {
        String naam = "hash-" + System.nanoTime() % 1_000_000;
        accounts.maak(new NieuwAccount(naam, "Hash Test", "een-lang-wachtwoord", Set.of(Rol.REGISSEUR), null));
        assertThat(hash(naam)).startsWith("{bcrypt}$2a$10$");
    }

    @Test
    void demoAccountsHebbenGoedkopeHashEnKunnenGewoonInloggen() {
        assertThat(hash("regisseur")).startsWith("{bcrypt}$2a$04$");
        assertThat(Http.api(port, "regisseur").get("/api/v1/mij").status()).isEqualTo(200);
    }

    private String hash(String gebruikersnaam) {
        return jdbc.sql("SELECT wachtwoord_hash FROM account WHERE gebruikersnaam = :g").param("g", gebruikersnaam)
                .query(String.class).single();
    }
}
