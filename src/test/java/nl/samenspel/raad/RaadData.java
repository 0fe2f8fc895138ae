package nl.samenspel.raad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.TestAccounts;
import nl.samenspel.support.TestSamenwerkingen;

/**
 * A realistic samenwerking for the council's overview, made as users make it, through the API of the owning
 * modules: Zeist, De Bilt and Bunnik; three tasks (one bought by Zeist and Bunnik from De Bilt, one done together,
 * one without a route yet); De Bilt's position shared, Zeist's kept confidential (with a distinctive secret), none
 * from Bunnik. Zeist's draft wants to stay independent and so rules out De Bilt's merger: in the regisseur's full
 * view of the check that is a finding (R1.6), in the shared view it does not exist; a step decided by the council of Zeist; a move to ONDERHANDELEN decided by the steering group while
 * something was still missing (a finding of the check).
 */
final class RaadData {

    static final String ZEIST = TestAccounts.ZEIST;
    static final String DE_BILT = TestAccounts.DE_BILT;
    static final String BUNNIK = TestAccounts.BUNNIK;

    /** In Zeist's confidential position: must never appear in the council's overview, for anybody. */
    static final String GEHEIM = "GEHEIM-ZEIST-KAARTEN-7731";

    /** The confidential position's ceiling: neither "987654" nor "987.654" may appear. */
    static final int GEHEIM_BEDRAG = 987_654;

    static final String GEDEELD_WIL = "De Bilt wil de WOZ voor de buren blijven doen.";
    static final String GEDEELD_NIET = "Geen gezamenlijke tarieven.";

    record Casus(long id, String titel) {}

    private RaadData() {}

    static Casus casus(int port) {
        String titel = TestSamenwerkingen.uniek("Belastingen samen");
        Http regisseur = Http.api(port, TestAccounts.REGISSEUR);
        Http.Antwoord s = regisseur.postJson(
                "/api/v1/samenwerkingen",
                Map.of(
                        "titel",
                        titel,
                        "omschrijving",
                        "Samen de gemeentelijke belastingen heffen en innen.",
                        "gemeenten",
                        List.of(ZEIST, DE_BILT, BUNNIK)));
        assertThat(s.status()).as(s.body()).isEqualTo(201);
        long id = s.json().path("id").asLong();
        String basis = "/api/v1/samenwerkingen/" + id;

        long woz = taak(regisseur, basis, "WOZ-waardering");
        long invordering = taak(regisseur, basis, "Invordering");
        taak(regisseur, basis, "Kwijtschelding");
        Map<String, Object> inkopen = new HashMap<>();
        inkopen.put("route", "INKOPEN");
        inkopen.put("kopers", List.of(ZEIST, BUNNIK));
        inkopen.put("leverancier", DE_BILT);
        inkopen.put("vehikel", "DIENSTVERLENINGSOVEREENKOMST");
        inkopen.put("reden", "De Bilt doet het al goed.");
        route(regisseur, basis, woz, inkopen);
        route(regisseur, basis, invordering, Map.of("route", "SAMENWERKEN", "reden", "Alle drie willen het."));

        positie(
                port,
                "ambtenaar2",
                basis,
                DE_BILT,
                GEDEELD_WIL,
                GEDEELD_NIET,
                120_000,
                "BESTUURLIJKE_FUSIE_OP_TERMIJN",
                true);
        positie(
                port,
                "ambtenaar1",
                basis,
                ZEIST,
                GEHEIM + " wil alles zelf houden",
                GEHEIM + " niet",
                GEHEIM_BEDRAG,
                "ZELFSTANDIG_BLIJVEN",
                false);

        Http.Antwoord wat = regisseur.get(basis + "/stappen/wat");
        ok(regisseur.putJson(
                basis + "/stappen/wat",
                Map.of(
                        "doelen",
                        List.of(Map.of("soort", "DOEL", "tekst", "Eén belastingpakket", "bronGemeente", ZEIST))),
                wat.header("ETag")));
        Http.Antwoord vast = regisseur.postJson(
                basis + "/stappen/wat/vaststellingen",
                Map.of(
                        "gemeente",
                        ZEIST,
                        "orgaan",
                        "RAAD",
                        "datum",
                        "2026-02-10",
                        "referentie",
                        "Raadsbesluit 2026-07"));
        assertThat(vast.status()).as(vast.body()).isEqualTo(201);

        String etag = regisseur.get(basis).header("ETag");
        Http.Antwoord fase = regisseur.send(
                "POST",
                basis + "/fase",
                "application/json",
                "{\"fase\":\"ONDERHANDELEN\",\"reden\":\"De stuurgroep wil door.\",\"datum\":\"2026-03-02\","
                        + "\"besluitOrgaan\":\"STUURGROEP\"}",
                Map.of("If-Match", etag));
        assertThat(fase.status()).as(fase.body()).isEqualTo(200);
        return new Casus(id, titel);
    }

    private static long taak(Http regisseur, String basis, String naam) {
        Http.Antwoord a = regisseur.postJson(basis + "/taken", Map.of("naam", naam));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("id").asLong();
    }

    private static void route(Http regisseur, String basis, long taak, Map<String, Object> body) {
        String pad = basis + "/taken/" + taak;
        ok(regisseur.putJson(pad + "/route", body, regisseur.get(pad).header("ETag")));
    }

    private static void positie(
            int port,
            String ambtenaar,
            String basis,
            String gemeente,
            String wat,
            String niet,
            int maximum,
            String einddoel,
            boolean gedeeld) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("watWillenWij", wat);
        body.put("watWillenWijNiet", niet);
        body.put("kosten", Map.of("maximumPerJaar", maximum));
        body.put("einddoel", einddoel);
        body.put("gedeeld", gedeeld);
        body.put("behoeften", List.of());
        Http.Antwoord a = Http.api(port, ambtenaar).putJson(basis + "/posities/" + gemeente, body, null);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
    }

    private static void ok(Http.Antwoord a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
    }

    static final String VORM_REDEN = "Het personeel gaat over en de raden willen invloed houden.";

    /**
     * The chosen form (openbaar lichaam, with a reason), the proposed bodies, and a seat on the algemeen bestuur for
     * Anna de Wit of Zeist linked to the account {@code bestuurder1}: through the API of vorm and bestuur.
     */
    static void ontwerp(int port, long id) {
        Http regisseur = Http.api(port, TestAccounts.REGISSEUR);
        String basis = "/api/v1/samenwerkingen/" + id;
        Http.Antwoord open = regisseur.postJson(basis + "/stappen/vorm/ontgrendeling", Map.of("reden", "Voor de raad"));
        assertThat(open.status()).as(open.body()).isIn(201, 409);
        String etag = regisseur.get(basis + "/vormbesluit").header("ETag");
        gelukt(regisseur.putJson(
                basis + "/vormbesluit", Map.of("vorm", "OPENBAAR_LICHAAM", "motivering", VORM_REDEN), etag));
        gelukt(regisseur.postJson(basis + "/organen/voorstel", Map.of()));
        long ab = -1;
        for (var o : regisseur.get(basis + "/organen").json().path("organen")) {
            if (o.path("naam").asString().equals("Algemeen bestuur")) {
                ab = o.path("id").asLong();
            }
        }
        gelukt(regisseur.postJson(
                basis + "/organen/" + ab + "/zetels",
                Map.of(
                        "persoon",
                        "Anna de Wit",
                        "gemeente",
                        ZEIST,
                        "rol",
                        "BESTUURLIJK",
                        "portefeuilles",
                        List.of("Financi\u00ebn"),
                        "stemmen",
                        2,
                        "account",
                        "bestuurder1")));
    }

    private static void gelukt(Http.Antwoord a) {
        assertThat(a.status()).as(a.body()).isIn(200, 201);
    }
}
