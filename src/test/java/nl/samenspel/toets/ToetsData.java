package nl.samenspel.toets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samenspel.account.AccountService;
import nl.samenspel.account.NieuwAccount;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Http;

/**
 * Test data for the check, made as users make it: accounts through the account module's service, everything else
 * through the REST API of the owning modules (samenwerking, verkenning), so only states the application can reach.
 * Every test makes its own accounts and samenwerkingen and depends on no demo data.
 */
final class ToetsData {

    static final String ZEIST = "GM0355";
    static final String DE_BILT = "GM0310";
    static final String BUNNIK = "GM0312";
    static final String AMERSFOORT = "GM0307";
    static final String HOUTEN = "GM0321";
    private static final AtomicInteger TELLER = new AtomicInteger();

    private ToetsData() {}

    static String uniek(String basis) {
        return basis + "-" + System.nanoTime() % 1_000_000 + "-" + TELLER.incrementAndGet();
    }

    /** A new account with this role (and municipality, or null); its password is the test password of {@link Http}. */
    static String account(AccountService accounts, Rol rol, String gemeente) {
        String naam = uniek("toets-" + rol.name()).toLowerCase(Locale.ROOT);
        accounts.maakMetOpenbaarWachtwoord(new NieuwAccount(
                naam,
                "Toets " + rol.name().toLowerCase(Locale.ROOT) + (gemeente == null ? "" : " " + gemeente),
                "samenspel",
                Set.of(rol),
                gemeente));
        return naam;
    }

    static String regisseur(AccountService accounts) {
        return account(accounts, Rol.REGISSEUR, null);
    }

    static long samenwerking(int port, String regisseur, String... gemeenten) {
        Http.Antwoord a = Http.api(port, regisseur)
                .postJson(
                        "/api/v1/samenwerkingen",
                        Map.of(
                                "titel",
                                uniek("Toets"),
                                "omschrijving",
                                "Samen de toets proberen.",
                                "gemeenten",
                                List.of(gemeenten)));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("id").asLong();
    }

    /** A task, added by whoever may add one (the regisseur, say). */
    static long taak(int port, String gebruiker, long id, String naam) {
        Http.Antwoord a =
                Http.api(port, gebruiker).postJson("/api/v1/samenwerkingen/" + id + "/taken", Map.of("naam", naam));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("id").asLong();
    }

    /** One answer in a position: how much the party needs {@code naar} for {@code taak}. */
    record Antwoord(long taak, String naar, String sterkte, String toelichting) {
        Antwoord(long taak, String naar, String sterkte) {
            this(taak, naar, sterkte, null);
        }

        Map<String, Object> json() {
            Map<String, Object> uit = new LinkedHashMap<>();
            uit.put("taak", taak);
            uit.put("naar", naar);
            uit.put("sterkte", sterkte);
            if (toelichting != null) {
                uit.put("toelichting", toelichting);
            }
            return uit;
        }
    }

    /**
     * Saves the whole position of {@code gemeente} as one of its civil servants ({@code ambtenaar}) does: created the
     * first time, replaced (with the current version) after that; its answers replace the earlier ones.
     */
    static void positie(
            int port,
            String ambtenaar,
            long id,
            String gemeente,
            String wat,
            String niet,
            String eigenRuimte,
            boolean gedeeld,
            Antwoord... antwoorden) {
        Http api = Http.api(port, ambtenaar);
        String pad = "/api/v1/samenwerkingen/" + id + "/posities/" + gemeente;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("watWillenWij", wat);
        if (niet != null) {
            body.put("watWillenWijNiet", niet);
        }
        if (eigenRuimte != null) {
            body.put("kosten", Map.of("eigenRuimte", eigenRuimte));
        }
        body.put("gedeeld", gedeeld);
        List<Map<String, Object>> behoeften = new ArrayList<>();
        for (Antwoord a : antwoorden) {
            behoeften.add(a.json());
        }
        body.put("behoeften", behoeften);
        Http.Antwoord huidig = api.get(pad);
        Http.Antwoord a = api.putJson(pad, body, huidig.status() == 200 ? huidig.header("ETag") : null);
        assertThat(a.status()).as(a.body()).isIn(200, 201);
    }

    /** The regisseur moves the samenwerking to {@code fase}, giving a reason in case something is still missing. */
    static void fase(int port, String regisseur, long id, String fase) {
        Http api = Http.api(port, regisseur);
        String etag = api.get("/api/v1/samenwerkingen/" + id).header("ETag");
        // With the samenwerking's version, as a client that read it first sends it.
        Http.Antwoord a = api.send(
                "POST",
                "/api/v1/samenwerkingen/" + id + "/fase",
                "application/json",
                "{\"fase\":\"" + fase + "\",\"reden\":\"Zo afgesproken voor de test.\"}",
                Map.of("If-Match", etag));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
    }
}
