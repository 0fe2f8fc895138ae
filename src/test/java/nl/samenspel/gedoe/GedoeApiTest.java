package nl.samenspel.gedoe;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.account.AccountService;
import nl.samenspel.account.NieuwAccount;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The gedoelog through the API (issue 13 point 5): raise, route to a body of the samenwerking, decide, learn, close;
 * the status flow refused in Dutch; who may do what; versions; the revision refused while undecided or for an
 * unknown DVO; the settings and the safety net with its register; age and overdue.
 */
@SamenspelTest
class GedoeApiTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService rekeningen;

    static String pad(long id) {
        return "/api/v1/samenwerkingen/" + id;
    }

    static LocalDate vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    long orgaan(long id, String naam, String lijn) {
        Http.Antwoord a =
                Http.api(port, "regisseur").postJson(pad(id) + "/organen", Map.of("naam", naam, "lijn", lijn));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("id").asLong();
    }

    Http.Antwoord meld(String wie, long id, String titel) {
        return Http.api(port, wie).postJson(pad(id) + "/gedoe", Map.of("titel", titel, "soort", "TUSSENDOORTAAK"));
    }

    long meld(long id, String titel) {
        Http.Antwoord a = meld("regisseur", id, titel);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("id").asLong();
    }

    /** The item as GET gives it, with {@code wijzig} applied: what a client sends back with PUT. */
    static Map<String, Object> als(JsonNode item, Map<String, Object> wijzig) {
        Map<String, Object> uit = new HashMap<>();
        for (String veld : List.of("titel", "omschrijving", "soort", "status", "besluit", "les")) {
            if (!item.path(veld).isNull() && !item.path(veld).isMissingNode()) {
                uit.put(veld, item.path(veld).asString());
            }
        }
        if (!item.path("forum").isNull()) {
            uit.put("forum", item.path("forum").asLong());
        }
        uit.putAll(wijzig);
        return uit;
    }

    Http.Antwoord put(String wie, String itemPad, Map<String, Object> wijzig) {
        Http h = Http.api(port, wie);
        Http.Antwoord huidig = Http.api(port, "regisseur").get(itemPad);
        return h.putJson(itemPad, als(huidig.json(), wijzig), huidig.header("ETag"));
    }

    static List<String> velden(Http.Antwoord a) {
        List<String> uit = new ArrayList<>();
        a.json().path("invalidParams").forEach(p -> uit.add(p.path("name").asString()));
        return uit;
    }

    @Test
    void meldenDoorleidenBeslissenLerenEnAfronden() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        long forum = orgaan(id, "Opdrachtgeversoverleg", "KLANT");
        Http r = Http.api(port, "regisseur");

        Http.Antwoord gemeld = Http.api(port, "ambtenaar1")
                .postJson(
                        pad(id) + "/gedoe",
                        Map.of(
                                "titel",
                                "Niemand beantwoordt de telefoon over WOZ-bezwaren",
                                "omschrijving",
                                "Dit stond in geen enkele lijst.",
                                "soort",
                                "TUSSENDOORTAAK"));
        assertThat(gemeld.status()).as(gemeld.body()).isEqualTo(201);
        assertThat(gemeld.header("ETag")).isEqualTo("\"1\"");
        JsonNode item = gemeld.json();
        assertThat(item.path("nummer").asInt()).isEqualTo(1);
        assertThat(item.path("status").asString()).isEqualTo("GEMELD");
        assertThat(item.path("gemeldDoor").asString()).isEqualTo("ambtenaar1");
        assertThat(item.path("gemeldDoorNaam").asString()).isEqualTo("Test Ambtenaar (Zeist)");
        assertThat(item.path("gemeente").asString()).isEqualTo(ZEIST);
        assertThat(item.path("gemeldOp").asString()).isEqualTo(vandaag().toString());
        assertThat(item.path("leeftijdDagen").asLong()).isZero();
        String itemPad = pad(id) + "/gedoe/" + item.path("id").asLong();

        Http.Antwoord doorgeleid = put("regisseur", itemPad, Map.of("forum", forum));
        assertThat(doorgeleid.status()).as(doorgeleid.body()).isEqualTo(200);
        assertThat(doorgeleid.json().path("status").asString()).isEqualTo("DOORGELEID");
        assertThat(doorgeleid.json().path("forumNaam").asString()).isEqualTo("Opdrachtgeversoverleg");
        assertThat(doorgeleid.json().path("doorgeleidOp").asString())
                .isEqualTo(vandaag().toString());

        Http.Antwoord besloten = put("regisseur", itemPad, Map.of("besluit", "Het klantcontactcentrum neemt het op"));
        assertThat(besloten.status()).as(besloten.body()).isEqualTo(200);
        assertThat(besloten.json().path("status").asString()).isEqualTo("BESLOTEN");
        assertThat(besloten.json().path("beslotenOp").asString())
                .isEqualTo(vandaag().toString());

        Http.Antwoord afgerond = put(
                "regisseur", itemPad, Map.of("les", "Telefonie hoort in de overdrachtslijst", "status", "AFGEROND"));
        assertThat(afgerond.status()).as(afgerond.body()).isEqualTo(200);
        assertThat(afgerond.json().path("status").asString()).isEqualTo("AFGEROND");
        assertThat(afgerond.json().path("les").asString()).isEqualTo("Telefonie hoort in de overdrachtslijst");

        JsonNode lijst = r.get(pad(id) + "/gedoe").json();
        assertThat(lijst.path("totaal").asInt()).isEqualTo(1);
        assertThat(lijst.path("gedoe").get(0).path("status").asString()).isEqualTo("AFGEROND");

        List<String> historie = new ArrayList<>();
        r.get(pad(id) + "/historie")
                .json()
                .forEach(h -> historie.add(
                        h.path("entiteit").asString() + " " + h.path("actie").asString()));
        assertThat(historie).filteredOn(h -> h.startsWith("gedoe_item")).hasSize(4);
    }

    @Test
    void eenForumMoetEenOrgaanVanDezeSamenwerkingZijn() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        long ander = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        long vreemd = orgaan(ander, "Bestuur elders", "TOEZICHT");
        String itemPad = pad(id) + "/gedoe/" + meld(id, "Koppeling met het archief is weg");

        Http.Antwoord geweigerd = put("regisseur", itemPad, Map.of("forum", vreemd));
        assertThat(geweigerd.status()).as(geweigerd.body()).isEqualTo(400);
        assertThat(velden(geweigerd)).containsExactly("forum");
        assertThat(geweigerd.json().path("invalidParams").get(0).path("reason").asString())
                .contains("orgaan van deze samenwerking");
        JsonNode nietGewijzigd = Http.api(port, "regisseur").get(itemPad).json();
        assertThat(nietGewijzigd.path("status").asString()).isEqualTo("GEMELD");
        assertThat(nietGewijzigd.path("versie").asLong()).isEqualTo(1);
    }

    @Test
    void deStatusvolgordeWordtBewaakt() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        long forum = orgaan(id, "Algemeen bestuur", "TOEZICHT");
        long ander = orgaan(id, "Opdrachtgeversoverleg", "KLANT");
        String itemPad = pad(id) + "/gedoe/" + meld(id, "Wie gaat voor: Zeist of De Bilt?");

        Http.Antwoord besluitZonderForum = put("regisseur", itemPad, Map.of("besluit", "Zeist gaat voor"));
        assertThat(besluitZonderForum.status()).isEqualTo(400);
        assertThat(velden(besluitZonderForum)).containsExactly("besluit");
        assertThat(besluitZonderForum.body()).contains("leid het item eerst door naar een orgaan");

        Http.Antwoord lesZonderBesluit = put("regisseur", itemPad, Map.of("forum", forum, "les", "Eerder afspreken"));
        assertThat(lesZonderBesluit.status()).isEqualTo(400);
        assertThat(velden(lesZonderBesluit)).containsExactly("les");

        Http.Antwoord afrondenZonderLes =
                put("regisseur", itemPad, Map.of("forum", forum, "besluit", "Zeist gaat voor", "status", "AFGEROND"));
        assertThat(afrondenZonderLes.status()).isEqualTo(400);
        assertThat(velden(afrondenZonderLes)).containsExactly("les");
        assertThat(afrondenZonderLes.body()).contains("Leg de les vast");

        Http.Antwoord toekomst = put(
                "regisseur",
                itemPad,
                Map.of(
                        "forum",
                        forum,
                        "besluit",
                        "Zeist gaat voor",
                        "beslotenOp",
                        vandaag().plusDays(3).toString()));
        assertThat(toekomst.status()).isEqualTo(400);
        assertThat(velden(toekomst)).containsExactly("beslotenOp");
        assertThat(Http.api(port, "regisseur")
                        .get(itemPad)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("GEMELD");

        assertThat(put("regisseur", itemPad, Map.of("forum", forum, "besluit", "Zeist gaat voor"))
                        .status())
                .isEqualTo(200);
        Http.Antwoord ander409 = put("regisseur", itemPad, Map.of("forum", ander));
        assertThat(ander409.status()).as(ander409.body()).isEqualTo(409);
        assertThat(ander409.json().path("detail").asString()).contains("al besloten");
    }

    @Test
    void fouteInvoerBijMeldenInHetNederlandsEnNietsOpgeslagen() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        Http.Antwoord fout = r.postJson(
                pad(id) + "/gedoe",
                Map.of("titel", " ", "gemeldOp", vandaag().plusDays(1).toString(), "gemeente", "GM0344"));
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.header("Content-Type")).contains("application/problem+json");
        assertThat(velden(fout)).containsExactlyInAnyOrder("titel", "soort", "gemeldOp", "gemeente");
        assertThat(fout.body()).contains("Vul dit veld in", "Kies wat voor gedoe dit is", "in de toekomst");
        assertThat(r.get(pad(id) + "/gedoe").json().path("totaal").asInt()).isZero();

        Http.Antwoord onbekendeSoort = r.postJson(pad(id) + "/gedoe", Map.of("titel", "Iets", "soort", "ONBEKEND"));
        assertThat(onbekendeSoort.status()).isEqualTo(400);
    }

    @Test
    void onbekendeItemsEnSamenwerkingenZijn404() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        assertThat(r.get(pad(id) + "/gedoe/999999").status()).isEqualTo(404);
        assertThat(r.get(pad(999999) + "/gedoe").status()).isEqualTo(404);
        // A samenwerking Bunnik does not take part in: not visible, so not found.
        assertThat(Http.api(port, "ambtenaar3").get(pad(id) + "/gedoe").status())
                .isEqualTo(404);
        long item = meld(id, "Iets");
        long ander = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        assertThat(r.get(pad(ander) + "/gedoe/" + item).status()).isEqualTo(404);
    }

    @Test
    void wieMagWat() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        long forum = orgaan(id, "Opdrachtgeversoverleg", "KLANT");
        // A director with a seat on the execution line carries the samenwerking out.
        String directeur = TestSamenwerkingen.uniek("directeur").toLowerCase(java.util.Locale.ROOT);
        rekeningen.maak(
                new NieuwAccount(directeur, "Dirk Directeur", "samenspel", java.util.Set.of(Rol.UITVOERDER), null));
        long directie = orgaan(id, "Directie", "UITVOERING");
        Http.Antwoord zetel = Http.api(port, "regisseur")
                .postJson(
                        pad(id) + "/organen/" + directie + "/zetels",
                        Map.of("persoon", "Dirk", "rol", "AMBTELIJK", "account", directeur));
        assertThat(zetel.status()).as(zetel.body()).isEqualTo(201);

        assertThat(meld("bestuurder1", id, "Van de wethouder").status()).isEqualTo(201);
        Http.Antwoord vanUitvoerder = meld(directeur, id, "Van de directie");
        assertThat(vanUitvoerder.status()).as(vanUitvoerder.body()).isEqualTo(201);
        assertThat(vanUitvoerder.json().path("gemeente").isNull()).isTrue();
        assertThat(meld("raadslid1", id, "Van de raad").status()).isEqualTo(403);
        assertThat(meld("uitvoerder", id, "Zonder zetel").status()).isIn(403, 404);
        assertThat(meld("beheerder", id, "Van de beheerder").status()).isEqualTo(403);

        assertThat(Http.api(port, "raadslid1").get(pad(id) + "/gedoe").status()).isEqualTo(200);
        assertThat(Http.api(port, "raadslid1")
                        .get(pad(id) + "/gedoe")
                        .json()
                        .path("totaal")
                        .asInt())
                .isEqualTo(2);

        String itemPad = pad(id) + "/gedoe/" + vanUitvoerder.json().path("id").asLong();
        assertThat(put("ambtenaar1", itemPad, Map.of("forum", forum)).status()).isEqualTo(403);
        assertThat(put(directeur, itemPad, Map.of("forum", forum)).status()).isEqualTo(403);
        Http.Antwoord instellingen = Http.api(port, "ambtenaar1")
                .putJson(pad(id) + "/gedoe-instellingen", Map.of("termijnDagen", 10), "\"0\"");
        assertThat(instellingen.status()).isEqualTo(403);
        assertThat(Http.api(port, "regisseur2").get(pad(id) + "/gedoe").status())
                .isIn(401, 404);
    }

    @Test
    void versiesBijWijzigen() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        long forum = orgaan(id, "Opdrachtgeversoverleg", "KLANT");
        String itemPad = pad(id) + "/gedoe/" + meld(id, "Iets");
        Http r = Http.api(port, "regisseur");
        Map<String, Object> wijziging = Map.of("titel", "Iets", "soort", "ANDERS", "forum", forum);
        assertThat(r.putJson(itemPad, wijziging, null).status()).isEqualTo(428);
        assertThat(r.putJson(itemPad, wijziging, "\"7\"").status()).isEqualTo(412);
        Http.Antwoord goed = r.putJson(itemPad, wijziging, "\"1\"");
        assertThat(goed.status()).as(goed.body()).isEqualTo(200);
        assertThat(goed.header("ETag")).isEqualTo("\"2\"");
        assertThat(r.putJson(itemPad, wijziging, "\"1\"").status()).isEqualTo(412);
        assertThat(r.postJson(itemPad + "/herziening", Map.of("dvo", 1)).status())
                .isEqualTo(428);
    }

    @Test
    void eenHerzieningVolgtOpEenBesluitEnVraagtEenBestaandeDvo() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        long forum = orgaan(id, "Opdrachtgeversoverleg", "KLANT");
        String itemPad = pad(id) + "/gedoe/" + meld(id, "Tussendoortaak bij de heffing");
        Http r = Http.api(port, "regisseur");

        Http.Antwoord onbeslist = r.postJson(itemPad + "/herziening", Map.of("dvo", 1), "\"1\"");
        assertThat(onbeslist.status()).as(onbeslist.body()).isEqualTo(409);
        assertThat(onbeslist.json().path("detail").asString()).contains("nog niet besloten");

        assertThat(put("regisseur", itemPad, Map.of("forum", forum, "besluit", "Opnemen in de DVO"))
                        .status())
                .isEqualTo(200);
        Http.Antwoord onbekend = r.postJson(itemPad + "/herziening", Map.of("dvo", 999999), "\"2\"");
        assertThat(onbekend.status()).as(onbekend.body()).isEqualTo(404);
        assertThat(onbekend.header("Content-Type")).contains("application/problem+json");
        Http.Antwoord zonder = r.postJson(itemPad + "/herziening", Map.of(), "\"2\"");
        assertThat(zonder.status()).isEqualTo(400);
        assertThat(velden(zonder)).containsExactly("dvo");
        assertThat(r.get(itemPad).json().path("herziening").isNull()).isTrue();
        assertThat(Http.api(port, "ambtenaar1")
                        .postJson(itemPad + "/herziening", Map.of("dvo", 1), "\"2\"")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void leeftijdEnTeLaatVolgenDeTermijn() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        Http.Antwoord oud = r.postJson(
                pad(id) + "/gedoe",
                Map.of(
                        "titel",
                        "Oud",
                        "soort",
                        "ONVOORZIEN",
                        "gemeldOp",
                        vandaag().minusDays(40).toString()));
        assertThat(oud.status()).as(oud.body()).isEqualTo(201);
        r.postJson(
                pad(id) + "/gedoe",
                Map.of(
                        "titel",
                        "Jong",
                        "soort",
                        "ONVOORZIEN",
                        "gemeldOp",
                        vandaag().minusDays(10).toString()));

        JsonNode lijst = r.get(pad(id) + "/gedoe").json();
        assertThat(lijst.path("termijnDagen").asInt()).isEqualTo(28);
        assertThat(lijst.path("gedoe").get(0).path("leeftijdDagen").asLong()).isEqualTo(40);
        assertThat(lijst.path("gedoe").get(0).path("teLaat").asBoolean()).isTrue();
        assertThat(lijst.path("gedoe").get(1).path("teLaat").asBoolean()).isFalse();
        assertThat(lijst.path("teLaat").asInt()).isEqualTo(1);

        assertThat(r.putJson(pad(id) + "/gedoe-instellingen", Map.of("termijnDagen", 7), "\"0\"")
                        .status())
                .isEqualTo(200);
        assertThat(r.get(pad(id) + "/gedoe").json().path("teLaat").asInt()).isEqualTo(2);
    }

    @Test
    void instellingenMetForumTermijnEnBudget() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        long ander = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        long forum = orgaan(id, "Opdrachtgeversoverleg", "KLANT");
        long vreemd = orgaan(ander, "Elders", "KLANT");
        Http r = Http.api(port, "regisseur");
        String instPad = pad(id) + "/gedoe-instellingen";

        Http.Antwoord leeg = r.get(instPad);
        assertThat(leeg.header("ETag")).isEqualTo("\"0\"");
        assertThat(leeg.json().path("forum").isNull()).isTrue();
        assertThat(leeg.json().path("termijnDagen").asInt()).isEqualTo(28);

        Http.Antwoord fout =
                r.putJson(instPad, Map.of("forum", vreemd, "termijnDagen", 0, "vangnetBudget", "25.00"), "\"0\"");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(velden(fout)).containsExactlyInAnyOrder("forum", "termijnDagen", "vangnetBudget");
        assertThat(fout.body()).contains("1 tot en met 365");
        assertThat(r.putJson(instPad, Map.of("termijnDagen", 366), "\"0\"").status())
                .isEqualTo(400);
        assertThat(r.get(instPad).json().path("versie").asLong()).isZero();

        Http.Antwoord goed =
                r.putJson(instPad, Map.of("forum", forum, "termijnDagen", 14, "vangnetBudget", "25.000"), "\"0\"");
        assertThat(goed.status()).as(goed.body()).isEqualTo(200);
        assertThat(goed.header("ETag")).isEqualTo("\"1\"");
        assertThat(goed.json().path("forumNaam").asString()).isEqualTo("Opdrachtgeversoverleg");
        assertThat(goed.json().path("vangnetBudget").asString()).isEqualTo("25.000,00");
        assertThat(r.putJson(instPad, Map.of("termijnDagen", 10), "\"0\"").status())
                .isEqualTo(412);
        assertThat(r.putJson(instPad, Map.of("termijnDagen", 10), null).status())
                .isEqualTo(428);
    }

    @Test
    void hetVangnetRegistreertGebruikEnToontEenOverschrijding() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        String gebruikPad = pad(id) + "/vangnet/gebruik";
        Http.Antwoord zonderBudget = r.postJson(gebruikPad, Map.of("bedrag", "100", "waarvoor", "Extra inzet"));
        assertThat(zonderBudget.status()).isEqualTo(409);
        assertThat(zonderBudget.json().path("detail").asString()).contains("nog geen budget");

        r.putJson(pad(id) + "/gedoe-instellingen", Map.of("vangnetBudget", "10.000"), "\"0\"");
        long item = meld(id, "Tijdelijke kracht nodig");
        Http.Antwoord fout = r.postJson(gebruikPad, Map.of("bedrag", "1,234", "waarvoor", " ", "gedoe", 999999));
        assertThat(fout.status()).isEqualTo(400);
        assertThat(velden(fout)).containsExactlyInAnyOrder("bedrag", "waarvoor", "gedoe");

        Http.Antwoord eerste = r.postJson(
                gebruikPad,
                Map.of(
                        "bedrag",
                        "6.000",
                        "waarvoor",
                        "Inhuur",
                        "gedoe",
                        item,
                        "datum",
                        vandaag().minusDays(2).toString()));
        assertThat(eerste.status()).as(eerste.body()).isEqualTo(201);
        assertThat(eerste.json().path("resterend").asString()).isEqualTo("4.000,00");
        assertThat(eerste.json().path("overschreden").asBoolean()).isFalse();

        Http.Antwoord tweede = r.postJson(gebruikPad, Map.of("bedrag", "5.500,50", "waarvoor", "Nog meer inhuur"));
        assertThat(tweede.status()).isEqualTo(201);
        JsonNode vangnet = r.get(gebruikPad).json();
        assertThat(vangnet.path("budget").asString()).isEqualTo("10.000,00");
        assertThat(vangnet.path("gebruikt").asString()).isEqualTo("11.500,50");
        assertThat(vangnet.path("resterend").asString()).isEqualTo("-1.500,50");
        assertThat(vangnet.path("overschreden").asBoolean()).isTrue();
        assertThat(vangnet.path("overschrijding").asString()).isEqualTo("1.500,50");
        assertThat(vangnet.path("gebruik").size()).isEqualTo(2);
        assertThat(vangnet.path("gebruik").get(0).path("gedoe").asLong()).isEqualTo(item);

        assertThat(Http.api(port, "ambtenaar1")
                        .postJson(gebruikPad, Map.of("bedrag", "1", "waarvoor", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, "ambtenaar1").get(gebruikPad).status()).isEqualTo(200);
    }

    @Test
    void eenGearchiveerdeSamenwerkingIsAlleenTeLezen() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        long item = meld(id, "Iets van voor het archief");
        Http r = Http.api(port, "regisseur");
        JsonNode s = r.get(pad(id)).json();
        Http.Antwoord archief = r.putJson(
                pad(id),
                Map.of(
                        "titel",
                        s.path("titel").asString(),
                        "omschrijving",
                        s.path("omschrijving").asString(),
                        "gemeenten",
                        List.of(ZEIST, DE_BILT),
                        "gearchiveerd",
                        true),
                r.get(pad(id)).header("ETag"));
        assertThat(archief.status()).as(archief.body()).isEqualTo(200);
        assertThat(meld("regisseur", id, "Na het archief").status()).isEqualTo(409);
        assertThat(meld("ambtenaar1", id, "Na het archief").status()).isEqualTo(409);
        assertThat(put("regisseur", pad(id) + "/gedoe/" + item, Map.of("titel", "Anders"))
                        .status())
                .isEqualTo(409);
        assertThat(r.get(pad(id) + "/gedoe").json().path("totaal").asInt()).isEqualTo(1);
    }

    @Test
    void gedoeDatNogNietIsDoorgeleidWachtOpDeRegisseur() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        long forum = orgaan(id, "Opdrachtgeversoverleg", "KLANT");
        Http r = Http.api(port, "regisseur");
        assertThat(r.get(pad(id) + "/volgende-stap").body()).doesNotContain("naar een forum");
        String itemPad = pad(id) + "/gedoe/" + meld(id, "Iets onvoorziens");
        meld(id, "Nog iets");
        assertThat(r.get(pad(id) + "/volgende-stap").body())
                .contains("Er zijn 2 gedoe-items die nog naar een forum moeten")
                .contains("/samenwerkingen/" + id + "/gedoe");
        assertThat(put("regisseur", itemPad, Map.of("forum", forum)).status()).isEqualTo(200);
        assertThat(r.get(pad(id) + "/volgende-stap").body())
                .contains("Er is een gedoe-item dat nog naar een forum moet");
    }
}
