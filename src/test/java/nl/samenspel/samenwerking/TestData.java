package nl.samenspel.samenwerking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samenspel.account.AccountService;
import nl.samenspel.account.NieuwAccount;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Http;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Small helpers for the samenwerking tests: unique names, a samenwerking made through the API, extra accounts. */
final class TestData {

    static final String ZEIST = "GM0355";
    static final String DE_BILT = "GM0310";
    static final String BUNNIK = "GM0312";
    static final String UTRECHT = "GM0344";

    private static final AtomicInteger TELLER = new AtomicInteger();

    private TestData() {}

    static String uniek(String basis) {
        return basis + "-" + System.nanoTime() % 1_000_000 + "-" + TELLER.incrementAndGet();
    }

    /** Creates a samenwerking as {@code gebruiker} through the API and returns its body plus ETag. */
    static Http.Antwoord maak(int port, String gebruiker, String titel, String... gemeenten) {
        Http.Antwoord a = Http.api(port, gebruiker)
                .postJson(
                        "/api/v1/samenwerkingen",
                        Map.of(
                                "titel",
                                titel,
                                "omschrijving",
                                "Samen " + titel + " regelen.",
                                "gemeenten",
                                List.of(gemeenten)));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a;
    }

    static long id(Http.Antwoord a) {
        return a.json().path("id").asLong();
    }

    static long aantalSamenwerkingen(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM samenwerking").query(Long.class).single();
    }

    /** A new account with the test password; returns its gebruikersnaam. */
    static String account(AccountService accounts, String basis, Rol rol, String gemeente) {
        String naam = uniek(basis).toLowerCase(Locale.ROOT);
        accounts.maak(new NieuwAccount(naam, "Test " + naam, "samenspel", Set.of(rol), gemeente));
        return naam;
    }
}
