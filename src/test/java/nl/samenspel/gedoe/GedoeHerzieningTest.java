package nl.samenspel.gedoe;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestAccounts;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Across gedoe and afspraken (issue 13, rule 3: learning during the ride): a gedoe item raised, routed to a body,
 * decided with a lesson, turned into a revision of an agreed DVO; the revision carries the lesson as its reason and
 * the item as its cause, the item shows the version it became, and the changed line shows in the difference between
 * the versions. And the refusals on that path: a second revision while one is open, and someone the gedoe rule does
 * not allow, both clear (409/403, problem+json in Dutch), never a 500.
 */
@SamenspelTest
class GedoeHerzieningTest {

    @LocalServerPort
    int port;

    static String pad(long id) {
        return "/api/v1/samenwerkingen/" + id;
    }

    Http r() {
        return Http.api(port, TestAccounts.REGISSEUR);
    }

    static Http.Antwoord ok(Http.Antwoord a, int status) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        return a;
    }

    String etag(String pad) {
        return ok(r().get(pad), 200).header("ETag");
    }

    /** What GET gives, with {@code wijzig} applied, as a PUT body. */
    Http.Antwoord wijzigItem(String itemPad, Map<String, Object> wijzig) {
        JsonNode item = ok(r().get(itemPad), 200).json();
        Map<String, Object> body = new HashMap<>();
        for (String veld : List.of("titel", "omschrijving", "soort", "status", "besluit", "les")) {
            if (!item.path(veld).isNull() && !item.path(veld).isMissingNode()) {
                body.put(veld, item.path(veld).asString());
            }
        }
        if (!item.path("forum").isNull()) {
            body.put("forum", item.path("forum").asLong());
        }
        body.putAll(wijzig);
        return ok(r().putJson(itemPad, body, etag(itemPad)), 200);
    }

    /** Raised by Zeist's civil servant, routed to {@code forum}, decided, with a lesson: ready for a revision. */
    String beslotenItem(long id, long forum, String titel, String les) {
        Http.Antwoord gemeld = ok(
                Http.api(port, TestAccounts.AMBTENAAR_ZEIST)
                        .postJson(pad(id) + "/gedoe", Map.of("titel", titel, "soort", "TUSSENDOORTAAK")),
                201);
        String itemPad = pad(id) + "/gedoe/" + gemeld.json().path("id").asLong();
        wijzigItem(itemPad, Map.of("forum", forum));
        wijzigItem(itemPad, Map.of("besluit", "Opnemen in de afspraak met Zeist"));
        JsonNode met = wijzigItem(itemPad, Map.of("les", les)).json();
        assertThat(met.path("status").asString()).isEqualTo("BESLOTEN");
        return itemPad;
    }

    record Opzet(long id, long forum, long dienst, long dvo, long regel) {}

    /** A samenwerking with a body, a service and Zeist's DVO with one line, agreed (version 1). */
    Opzet opzet() {
        long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, ZEIST, DE_BILT);
        long forum = ok(
                        r().postJson(pad(id) + "/organen", Map.of("naam", "Opdrachtgeversoverleg", "lijn", "KLANT")),
                        201)
                .json()
                .path("id")
                .asLong();
        long dienst = ok(r().postJson(pad(id) + "/diensten", Map.of("naam", "Heffen", "backoffice", "Eén pakket")), 201)
                .json()
                .path("id")
                .asLong();
        long dvo = ok(r().postJson(pad(id) + "/dvo", Map.of("gemeente", ZEIST, "jaar", 2027)), 201)
                .json()
                .path("id")
                .asLong();
        long regel = ok(
                        r().postJson(
                                        pad(id) + "/dvo/" + dvo + "/regels",
                                        Map.of(
                                                "dienst",
                                                dienst,
                                                "resultaat",
                                                "Aanslagen in februari",
                                                "status",
                                                "VAST")),
                        201)
                .json()
                .path("id")
                .asLong();
        String dvoPad = pad(id) + "/dvo/" + dvo;
        JsonNode vast = ok(r().postJson(dvoPad + "/vaststelling", Map.of(), etag(dvoPad)), 200)
                .json();
        assertThat(vast.path("staat").asString()).isEqualTo("VASTGESTELD");
        return new Opzet(id, forum, dienst, dvo, regel);
    }

    @Test
    void eenBeslotenGedoeItemWordtEenHerzieningMetDeLesAlsRedenEnHetVerschilIsTeZien() {
        Opzet o = opzet();
        long id = o.id();
        String dvoPad = pad(id) + "/dvo/" + o.dvo();
        String les = "Telefonie over bezwaren hoort in de afspraak";
        String itemPad = beslotenItem(id, o.forum(), "Niemand neemt de telefoon op over bezwaren", les);
        long gid = ok(r().get(itemPad), 200).json().path("id").asLong();

        Http.Antwoord herzien = ok(r().postJson(itemPad + "/herziening", Map.of("dvo", o.dvo()), etag(itemPad)), 200);
        assertThat(herzien.json().path("herziening").path("dvo").asLong()).isEqualTo(o.dvo());
        assertThat(herzien.json().path("herziening").path("versienummer").asInt())
                .isEqualTo(2);
        JsonNode item = ok(r().get(itemPad), 200).json();
        assertThat(item.path("herziening").path("versienummer").asInt()).isEqualTo(2);

        JsonNode dvo = ok(r().get(dvoPad), 200).json();
        assertThat(dvo.path("versienummer").asInt()).isEqualTo(2);
        assertThat(dvo.path("staat").asString()).isEqualTo("HERZIENING");
        JsonNode versies = ok(r().get(dvoPad + "/versies"), 200).json();
        assertThat(versies).hasSize(2);
        JsonNode v2 = versies.get(1);
        assertThat(v2.path("reden").asString()).isEqualTo(les);
        assertThat(v2.path("aanleiding").path("soort").asString()).isEqualTo("GEDOE");
        assertThat(v2.path("aanleiding").path("id").asLong()).isEqualTo(gid);
        assertThat(v2.path("aanleiding").path("titel").asString())
                .isEqualTo("Niemand neemt de telefoon op over bezwaren");

        // Change the line in the open revision and agree version 2.
        String regelPad = dvoPad + "/regels/" + o.regel();
        ok(
                r().putJson(
                                regelPad,
                                Map.of(
                                        "dienst",
                                        o.dienst(),
                                        "resultaat",
                                        "Aanslagen in februari, bezwaren telefonisch binnen twee dagen",
                                        "status",
                                        "VAST"),
                                etag(regelPad)),
                200);
        JsonNode vast2 = ok(r().postJson(dvoPad + "/vaststelling", Map.of(), etag(dvoPad)), 200)
                .json();
        assertThat(vast2.path("staat").asString()).isEqualTo("VASTGESTELD");
        assertThat(vast2.path("versienummer").asInt()).isEqualTo(2);

        JsonNode verschil =
                ok(r().get(dvoPad + "/versies/1/verschillen?met=2"), 200).json();
        assertThat(verschil.path("gewijzigd")).hasSize(1);
        List<String> velden = new ArrayList<>();
        verschil.path("gewijzigd")
                .get(0)
                .path("velden")
                .forEach(v -> velden.add(v.path("veld").asString() + ": "
                        + v.path("oud").asString() + " -> " + v.path("nieuw").asString()));
        assertThat(velden)
                .containsExactly(
                        "resultaat: Aanslagen in februari -> Aanslagen in februari, bezwaren telefonisch binnen twee dagen");
        assertThat(verschil.path("toegevoegd")).isEmpty();
        assertThat(verschil.path("verwijderd")).isEmpty();
    }

    @Test
    void eenTweedeHerzieningTerwijlEenLooptWordtGeweigerdInHetNederlands() {
        Opzet o = opzet();
        String eerste = beslotenItem(o.id(), o.forum(), "Archief niet gekoppeld", "Koppelingen horen in de afspraak");
        String tweede = beslotenItem(o.id(), o.forum(), "Wie gaat voor bij drukte?", "Voorrang afspreken");
        ok(r().postJson(eerste + "/herziening", Map.of("dvo", o.dvo()), etag(eerste)), 200);

        Http.Antwoord nogEen = r().postJson(tweede + "/herziening", Map.of("dvo", o.dvo()), etag(tweede));
        assertThat(nogEen.status()).as(nogEen.body()).isEqualTo(409);
        assertThat(nogEen.header("Content-Type")).contains("application/problem+json");
        assertThat(nogEen.json().path("detail").asString()).contains("loopt al een herziening");
        // Nothing stored: the second item shows no revision, the DVO is still at version 2.
        assertThat(ok(r().get(tweede), 200).json().path("herziening").isNull()).isTrue();
        assertThat(ok(r().get(pad(o.id()) + "/dvo/" + o.dvo() + "/versies"), 200)
                        .json())
                .hasSize(2);
    }

    @Test
    void deBestuurderVanDeKlantHerzietNietViaHetGedoeMaarWelRechtstreeks() {
        Opzet o = opzet();
        String itemPad = beslotenItem(o.id(), o.forum(), "Bezwaren stapelen zich op", "Meer capaciteit voor bezwaren");
        Http bestuurder = Http.api(port, TestAccounts.BESTUURDER_ZEIST);

        // The gedoe rule: turning an item into a revision is the regisseur's (GedoeRechten.behandelen).
        Http.Antwoord viaGedoe = bestuurder.postJson(itemPad + "/herziening", Map.of("dvo", o.dvo()), etag(itemPad));
        assertThat(viaGedoe.status()).as(viaGedoe.body()).isEqualTo(403);
        assertThat(viaGedoe.header("Content-Type")).contains("application/problem+json");
        assertThat(ok(r().get(itemPad), 200).json().path("herziening").isNull()).isTrue();
        String dvoPad = pad(o.id()) + "/dvo/" + o.dvo();
        assertThat(ok(r().get(dvoPad), 200).json().path("staat").asString()).isEqualTo("VASTGESTELD");

        // The agreements rule: the client's own alderman may revise the client's DVO with a reason of its own.
        Http.Antwoord rechtstreeks = bestuurder.postJson(
                dvoPad + "/versies", Map.of("reden", "Meer capaciteit voor bezwaren"), etag(dvoPad));
        assertThat(rechtstreeks.status()).as(rechtstreeks.body()).isEqualTo(201);

        // With that revision open, the regisseur's revision from the gedoe item is a clear conflict, not a 500.
        Http.Antwoord daarna = r().postJson(itemPad + "/herziening", Map.of("dvo", o.dvo()), etag(itemPad));
        assertThat(daarna.status()).as(daarna.body()).isEqualTo(409);
    }
}
