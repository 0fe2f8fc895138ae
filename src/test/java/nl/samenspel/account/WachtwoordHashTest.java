package nl.samenspel.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every account, those with a published password (the demo's) included, gets a full-cost BCrypt hash: a cheaper one would answer a wrong
 * password measurably faster than an unknown name (which Spring compares with a dummy hash of the full cost).
 */
@SamenspelTest
class WachtwoordHashTest {

    /**
     * Accounts with a fixed, published password (made through {@code maakMetOpenbaarWachtwoord}, as the demo module
     * makes its accounts): here the test fixture's.
     */
    private static final List<String> OPENBAAR =
            TestAccounts.ALLE.stream().map(TestAccounts.Vast::naam).toList();

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
    void accountsMetOpenbaarWachtwoordHebbenDeVolleKostenEnKunnenGewoonInloggen() {
        for (String demo : OPENBAAR) {
            assertThat(hash(demo)).as(demo).startsWith("{bcrypt}$2a$10$");
        }
        assertThat(Http.api(port, "regisseur").get("/api/v1/mij").status()).isEqualTo(200);
    }

    @Test
    void eenFoutWachtwoordOpEenAccountMetOpenbaarWachtwoordDuurtEvenLangAlsEenOnbekendeNaam() {
        List<Long> bestaand = new ArrayList<>();
        List<Long> onbekend = new ArrayList<>();
        for (String demo : OPENBAAR) {
            bestaand.add(duur(demo));
            onbekend.add(duur("niemand-" + Long.toString(System.nanoTime(), 36)));
        }
        long b = mediaan(bestaand);
        long o = mediaan(onbekend);
        // BCrypt cost 4 against cost 10 is a factor 64; equal costs stay well within a factor 3 on a busy machine.
        assertThat(b * 3).as("bestaand %d µs, onbekend %d µs", b, o).isGreaterThan(o);
        assertThat(o * 3).as("bestaand %d µs, onbekend %d µs", b, o).isGreaterThan(b);
    }

    @Test
    void eenOudeGoedkopeHashWordtBijHetInloggenVervangen() {
        String naam = "oud-" + System.nanoTime() % 1_000_000;
        accounts.maak(new NieuwAccount(naam, "Oude Hash", "samenspel", Set.of(Rol.REGISSEUR), null));
        jdbc.sql("UPDATE account SET wachtwoord_hash = :h WHERE gebruikersnaam = :g")
                .param(
                        "h",
                        "{bcrypt}"
                                + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4)
                                        .encode("samenspel"))
                .param("g", naam)
                .update();
        long versie = accounts.vindOpNaam(naam).orElseThrow().versie();

        assertThat(Http.api(port, naam).get("/api/v1/mij").status()).isEqualTo(200);

        assertThat(hash(naam)).startsWith("{bcrypt}$2a$10$");
        assertThat(accounts.vindOpNaam(naam).orElseThrow().versie())
                .as("geen wijziging door een gebruiker")
                .isEqualTo(versie);
        assertThat(Http.api(port, naam).get("/api/v1/mij").status()).isEqualTo(200);
    }

    /** Microseconds for one wrong password over HTTP Basic (each from its own address, so never throttled). */
    private long duur(String naam) {
        Http api = Http.api(port, naam, "fout-wachtwoord");
        long start = System.nanoTime();
        int status = api.get("/api/v1/mij").status();
        long duur = (System.nanoTime() - start) / 1000;
        assertThat(status).isEqualTo(401);
        return duur;
    }

    private static long mediaan(List<Long> waarden) {
        List<Long> gesorteerd = new ArrayList<>(waarden);
        Collections.sort(gesorteerd);
        return gesorteerd.get(gesorteerd.size() / 2);
    }

    private String hash(String gebruikersnaam) {
        return jdbc.sql("SELECT wachtwoord_hash FROM account WHERE gebruikersnaam = :g")
                .param("g", gebruikersnaam)
                .query(String.class)
                .single();
    }
}
