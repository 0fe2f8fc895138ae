package nl.samenspel.regeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.TestSamenwerkingen;

/** Test data through the owning modules' APIs: a samenwerking with an open form step and a chosen form. */
final class RegelingData {

    private RegelingData() {}

    /** A samenwerking of these municipalities led by "regisseur", the form step opened, no form chosen. */
    static long zonderVorm(int port, String... gemeenten) {
        long id = TestSamenwerkingen.maak(port, "regisseur", gemeenten);
        Http.Antwoord open = Http.api(port, "regisseur")
                .postJson(
                        "/api/v1/samenwerkingen/" + id + "/stappen/vorm/ontgrendeling",
                        Map.of("reden", "Bestuurlijke haast"));
        assertThat(open.status()).as(open.body()).isEqualTo(201);
        return id;
    }

    /** As {@link #zonderVorm}, with {@code vorm} chosen. */
    static long metVorm(int port, String vorm, String... gemeenten) {
        long id = zonderVorm(port, gemeenten);
        kies(port, id, vorm);
        return id;
    }

    /** Chooses (or changes) the form through the form module's API. */
    static void kies(int port, long id, String vorm) {
        Http regisseur = Http.api(port, "regisseur");
        String pad = "/api/v1/samenwerkingen/" + id + "/vormbesluit";
        String etag = regisseur.get(pad).header("ETag");
        Http.Antwoord gekozen = regisseur.putJson(pad, Map.of("vorm", vorm, "motivering", "Zo besloten"), etag);
        assertThat(gekozen.status()).as(gekozen.body()).isEqualTo(200);
    }
}
