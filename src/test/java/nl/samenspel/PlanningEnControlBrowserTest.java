package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspel.account.AccountService;
import nl.samenspel.account.NieuwAccount;
import nl.samenspel.scan.Stelling;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Browser;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 (rule 7) in a real browser with axe on every page. First the horizontal line as a user lives it: the
 * shared organisation fills in a quarterly report with a deviation, Zeist plans the service conversation from that
 * report and finds the deviation at the top of the agenda, and in the conversation the regisseur records the notes,
 * an adjustment that opens a new version of Zeist's DVO (visible on the DVO page, with the conversation as its
 * cause) and an action. Then every new page (P&C calendar, money, reports, trends, conversations, question bank,
 * scans), filled with data, as regisseur, ambtenaar, raadslid and uitvoerder: no serious or critical axe finding, only
 * finished Dutch text, nothing refused that a page offers, and the forms usable with the keyboard alone. All data is
 * made through the modules' API. The whole-page screenshots ({@code target/screenshots/pc-*.png}) are the ones in
 * the README's "Planning & control".
 */
@SamenspelTest
class PlanningEnControlBrowserTest {

    /** Vlieland: no other test counts anything of it; Zeist is there for the ambtenaar and the council member. */
    private static final String VLIELAND = "GM0096";

    private static final Pattern ONZICHTBAAR = Pattern.compile("(?is)<(script|style|head)\\b.*?</\\1>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern GELEZEN_ATTRIBUUT =
            Pattern.compile("(?i)\\s(?:title|aria-label|placeholder|alt)=\"([^\"]*)\"");
    /** The forbidden forms of AfsprakenToegankelijkheidBrowserTest (placeholders, quotes, codes, keys) and escapes. */
    private static final List<Pattern> VERBODEN = List.of(
            Pattern.compile("\\{\\d"),
            Pattern.compile("''"),
            // A Java escape written in a template's HTML is shown as is.
            Pattern.compile("\\\\u[0-9a-fA-F]{4}"),
            Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b"),
            Pattern.compile("(?<![\\w/@.-])[a-z]+\\.[a-z-]+\\.[A-Za-z0-9][\\w.-]*(?![\\w/@-])"));

    private static final String AFWIJKING_VERHAAL = "De nieuwe koppeling met de BAG liep vast; 1.200 aanslagen gingen"
            + " drie weken later de deur uit. Het team haalt de achterstand in mei in.";
    private static final String BIJSTURING = "Zeist meldt wijzigingen in de BAG voortaan wekelijks in plaats van"
            + " maandelijks, zodat de aanslagen niet meer op de koppeling wachten.";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    /** What {@link #bouw()} made: the samenwerking, Zeist's DVO, the pages to visit, ids along the way. */
    record Opzet(
            long id,
            long dvo,
            long rapportage,
            long gesprek,
            long gebeurtenis,
            long scan,
            String uitvoerder,
            List<String> paginas) {}

    @Test
    void vanRapportageViaAgendaEnGesprekNaarEenNieuweDvoVersie() {
        Opzet o = bouw();
        String basis = "/samenwerkingen/" + o.id();
        long rapportage = nieuweRapportage(o, "2026-04-01", "2026-06-30");

        // The shared organisation reports: the first line deviates (the second was filled in through the API).
        try (Browser uitvoerder = new Browser(port)) {
            uitvoerder.inloggen(o.uitvoerder());
            uitvoerder.open(basis + "/rapportages/" + rapportage);
            assertThat(uitvoerder.tekst()).contains("2e kwartaal 2026");
            uitvoerder.kies("status", "Afwijking");
            uitvoerder.typ("waarden[0]", "71");
            uitvoerder.typ("verhaal", AFWIJKING_VERHAAL);
            uitvoerder.klikKnop("Regel opslaan");
            assertThat(uitvoerder.tekst()).contains("Opgeslagen");
            uitvoerder.klikKnop("Rapportage indienen");
            assertThat(uitvoerder.tekst())
                    .contains("De rapportage is ingediend")
                    .contains(AFWIJKING_VERHAAL);
            uitvoerder.screenshotHelePagina("pc-03-rapportage");
        }

        // Zeist plans the conversation from that report: the deviation leads the agenda, with probing questions.
        String gesprek;
        try (Browser zeist = new Browser(port)) {
            zeist.inloggen(TestAccounts.AMBTENAAR_ZEIST);
            zeist.open(basis + "/rapportages/" + rapportage);
            zeist.klikLink("Een dienstverleningsgesprek voorbereiden met deze rapportage");
            assertThat(zeist.driver().findElement(By.name("rapportage")).getAttribute("value"))
                    .as("the link from the report fills in the form")
                    .isEqualTo(String.valueOf(rapportage));
            assertThat(zeist.driver()
                            .findElement(By.cssSelector("select[name=dvo] option:checked"))
                            .getText())
                    .isEqualTo("DVO Zeist 2026");
            zeist.driver().executeScript("document.querySelector('[name=datum]').value = '2026-07-09';");
            zeist.klikKnop("Gesprek plannen");
            assertThat(zeist.pad()).matches(basis.replace("/", "\\/") + "/gesprekken/\\d+(\\?.*)?");
            gesprek = zeist.pad().replaceAll("\\?.*$", "");
            assertThat(zeist.tekst()).contains("Voorbereid met voortgangsrapportage " + rapportage);
            List<WebElement> punten = zeist.driver().findElements(By.cssSelector("ol.samenspel-agenda > li"));
            assertThat(punten).isNotEmpty();
            assertThat(punten.get(0).getText())
                    .as("de afwijking staat bovenaan de agenda")
                    .contains("Afwijking")
                    .contains("Belastingen heffen")
                    .contains(AFWIJKING_VERHAAL);
            zeist.screenshotHelePagina("pc-04-agenda");
        }

        // In the conversation: notes, an adjustment that opens a new DVO version, and an action.
        try (Browser regisseur = new Browser(port)) {
            regisseur.inloggen(TestAccounts.REGISSEUR);
            regisseur.open(gesprek);
            regisseur.typ(
                    "verslag",
                    "De vertraging kwam door de BAG-koppeling, niet door het team. Zeist en de organisatie"
                            + " spreken af de wijzigingen vaker uit te wisselen.");
            regisseur.klikKnop("Opslaan");
            regisseur.typ("tekst", BIJSTURING);
            regisseur.vinkAan("nieuweDvoVersie", "ja");
            regisseur.klikKnop("Vastleggen");
            assertThat(regisseur.tekst()).contains(BIJSTURING).contains("Nieuwe versie 2 van de afspraak");
            regisseur.typ("omschrijving", "Wekelijkse BAG-levering inrichten");
            regisseur.typ("eigenaar", "Teamleider basisregistraties Zeist");
            regisseur.driver().executeScript("document.querySelector('[name=deadline]').value = '2026-09-01';");
            regisseur.klikKnop("Toevoegen");
            assertThat(regisseur.tekst()).contains("Wekelijkse BAG-levering inrichten");

            regisseur.klikLink("Nieuwe versie 2 van de afspraak");
            assertThat(regisseur.pad()).startsWith(basis + "/dvo/" + o.dvo());
            WebElement versies = regisseur.driver().findElement(By.cssSelector("section[aria-labelledby=versies-kop]"));
            assertThat(versies.getText()).contains(BIJSTURING);
            WebElement aanleiding = versies.findElement(By.cssSelector("a[href$='" + gesprek + "']"));
            assertThat(aanleiding.getText()).isNotBlank();
            regisseur.driver().executeScript("document.getElementById('versies-kop').scrollIntoView();");
            regisseur.screenshot("pc-05-dvo-versie");
        }
        Http.Antwoord dvo =
                Http.api(port, TestAccounts.REGISSEUR).get("/api/v1/samenwerkingen/" + o.id() + "/dvo/" + o.dvo());
        assertThat(dvo.body()).contains(BIJSTURING).contains("GESPREK");
    }

    @Test
    void elkeNieuwePaginaIsToegankelijkEnAfVoorElkeRol() {
        Opzet o = bouw();
        List<String> fouten = new ArrayList<>();
        for (String gebruiker : List.of(
                TestAccounts.REGISSEUR, TestAccounts.AMBTENAAR_ZEIST, TestAccounts.RAADSLID_ZEIST, o.uitvoerder())) {
            Http http = Http.browser(port, gebruiker);
            List<String> geweigerd = new ArrayList<>();
            StringBuilder gezien = new StringBuilder();
            int geopend = 0;
            try (Browser b = new Browser(port)) {
                b.inloggen(gebruiker);
                for (String pad : o.paginas()) {
                    Http.Antwoord a = http.get(pad);
                    if ((a.status() == 403 || a.status() == 404) && !gebruiker.equals(TestAccounts.REGISSEUR)) {
                        // Not for this role (another client's conversation, a council member's limits): refused,
                        // and never offered (checked below).
                        geweigerd.add(pad);
                        continue;
                    }
                    if (a.status() != 200) {
                        fouten.add(gebruiker + " " + pad + ": status " + a.status());
                        continue;
                    }
                    gezien.append(a.body());
                    String tekst = zichtbareTekst(a.body());
                    for (Pattern p : VERBODEN) {
                        Matcher m = p.matcher(tekst);
                        if (m.find()) {
                            fouten.add(gebruiker + " " + pad + ": \"" + m.group() + "\"");
                        }
                    }
                    b.open(pad);
                    geopend++;
                }
            }
            if (geopend < 5) {
                fouten.add(gebruiker + ": only " + geopend + " pages could be opened");
            }
            for (String pad : geweigerd) {
                if (gezien.indexOf("href=\"" + pad + "\"") >= 0) {
                    fouten.add(gebruiker + " " + pad + ": refused, but a page links to it");
                }
            }
        }
        assertThat(fouten).isEmpty();

        // The README's pictures of the vertical line and the scan, as the regisseur sees them.
        String basis = "/samenwerkingen/" + o.id();
        try (Browser b = new Browser(port)) {
            b.inloggen(TestAccounts.REGISSEUR);
            b.open(basis + "/pc-kalender?jaar=2027");
            assertThat(b.tekst()).contains("art. 35 lid 1 Wgr").contains("minder dan twaalf weken");
            b.screenshotHelePagina("pc-01-kalender");
            b.open(basis + "/financien?jaar=2026");
            assertThat(b.tekst()).contains("Zeist").contains("De Bilt");
            b.screenshotHelePagina("pc-02-financien");
            b.open(basis + "/scans/" + o.scan());
            assertThat(b.tekst()).contains("Spanning: bespreken");
            b.screenshotHelePagina("pc-06-scan");
        }
    }

    @Test
    void hetGesprekPlannenEnBijsturenWerktMetAlleenHetToetsenbord() {
        Opzet o = bouw();
        String basis = "/samenwerkingen/" + o.id();
        try (Browser b = new Browser(port)) {
            b.inloggen(TestAccounts.AMBTENAAR_ZEIST);
            b.open(basis + "/gesprekken");
            WebElement dvo = tabNaar(b, "dvo");
            dvo.sendKeys("DVO Zeist");
            WebElement rapportage = tabNaar(b, "rapportage");
            rapportage.sendKeys(String.valueOf(o.rapportage()));
            rapportage.sendKeys(Keys.ENTER);
            b.controleer();
            assertThat(b.pad()).matches(".*/gesprekken/\\d+(\\?.*)?");
            assertThat(b.tekst()).contains("Voorbereid met voortgangsrapportage " + o.rapportage());

            // Without text the adjustment comes back with the error at the field; then with Space on the button.
            WebElement knop = tabNaarKnop(b, "Vastleggen");
            knop.sendKeys(Keys.SPACE);
            b.controleer();
            WebElement tekst = tabNaar(b, "tekst");
            tekst.sendKeys("Het verhaal bij elke afwijking komt voortaan een week voor het gesprek.");
            tabNaarKnop(b, "Vastleggen").sendKeys(Keys.SPACE);
            b.controleer();
            assertThat(b.tekst()).contains("Het verhaal bij elke afwijking komt voortaan een week voor het gesprek.");
        }
    }

    /**
     * An openbaar lichaam of Vlieland and Zeist (and De Bilt) with something on every new page, made through the API:
     * a planned budget year that breaks the twelve-week window, zienswijzen (one answered), a key by inhabitants
     * with a budget and a deficit of which only Zeist's council was told, Zeist's DVO with a submitted first-quarter
     * report, a conversation with notes, an adjustment and an action, and a scan both municipalities filled in.
     */
    private Opzet bouw() {
        Http r = Http.api(port, TestAccounts.REGISSEUR);
        long id = maak(
                r,
                "/api/v1/samenwerkingen",
                Map.of(
                        "titel",
                        "Belastingen Wad en Heuvelrug",
                        "omschrijving",
                        "Vlieland, Zeist en De Bilt laten de belastingen en de WOZ door één organisatie uitvoeren.",
                        "gemeenten",
                        List.of(VLIELAND, TestAccounts.ZEIST, TestAccounts.DE_BILT)));
        String api = "/api/v1/samenwerkingen/" + id;
        String pad = "/samenwerkingen/" + id;

        // The form: an openbaar lichaam, so the statutory calendar applies.
        Http.Antwoord open = r.postJson(api + "/stappen/vorm/ontgrendeling", Map.of("reden", "De raden kozen al"));
        assertThat(open.status()).as(open.body()).isIn(201, 409);
        ok(
                r.putJson(
                        api + "/vormbesluit",
                        Map.of("vorm", "OPENBAAR_LICHAAM", "motivering", "Personeel gaat over."),
                        r.get(api + "/vormbesluit").header("ETag")),
                200);

        // The director of the shared organisation, with a seat on the execution line.
        String uitvoerder = "dieke.directeur";
        synchronized (PlanningEnControlBrowserTest.class) {
            if (!accounts.bestaat(uitvoerder)) {
                accounts.maak(
                        new NieuwAccount(uitvoerder, "Dieke Directeur", "samenspel", Set.of(Rol.UITVOERDER), null));
            }
        }
        long directie = maak(r, api + "/organen", Map.of("naam", "Directie", "lijn", "UITVOERING"));
        maak(
                r,
                api + "/organen/" + directie + "/zetels",
                Map.of("persoon", "Dieke", "rol", "AMBTELIJK", "functie", "directeur", "account", uitvoerder));

        // The P&C calendar for 2027: the draft budget went out two weeks late, so the window is too short.
        Map<String, Object> plan = new HashMap<>();
        plan.put("kaders", paar("2026-04-09", "2026-04-09"));
        plan.put("voorlopigeJaarrekening", paar("2026-04-09", "2026-04-09"));
        plan.put("ontwerpbegroting", paar("2026-04-09", "2026-04-23"));
        plan.put("begroting", paar("2026-07-02", "2026-07-02"));
        plan.put("begrotingNaarGs", paar("2026-07-09", "2026-07-09"));
        plan.put("jaarrekening", paar("2028-06-29", null));
        plan.put("jaarrekeningNaarGs", paar("2028-07-06", null));
        ok(r.putJson(api + "/pc-kalender?jaar=2027", plan, "\"0\""), 200);
        long zienswijze = maak(
                r,
                api + "/pc-kalender/zienswijzen",
                Map.of(
                        "jaar",
                        2027,
                        "gemeente",
                        TestAccounts.ZEIST,
                        "ingediendOp",
                        "2026-06-11",
                        "inhoud",
                        "De raad vraagt de groei van de loonkosten te beperken tot de indexatie."));
        String zPad = api + "/pc-kalender/zienswijzen/" + zienswijze;
        ok(
                r.putJson(
                        zPad + "/antwoord",
                        Map.of(
                                "antwoord",
                                "Het bestuur houdt de groei bij de indexatie, behalve de kosten van de nieuwe"
                                        + " BAG-koppeling; die dekt het uit de reserve.",
                                "beantwoordOp",
                                "2026-07-02"),
                        r.get(zPad).header("ETag")),
                200);
        maak(
                r,
                api + "/pc-kalender/zienswijzen",
                Map.of(
                        "jaar",
                        2027,
                        "gemeente",
                        TestAccounts.DE_BILT,
                        "ingediendOp",
                        "2026-06-18",
                        "inhoud",
                        "De raad wil weten wat de organisatie doet als een gemeente minder aanslagen heeft."));

        // Money: a key by inhabitants, the budget for 2026 and a deficit only Zeist's council heard of.
        ok(r.putJson(api + "/verdeelsleutel", Map.of("soort", "INWONERS", "delen", Map.of()), "\"0\""), 200);
        ok(r.putJson(api + "/begrotingen/2026", Map.of("totaal", "3.450.000"), "\"0\""), 200);
        long gebeurtenis = maak(
                r,
                api + "/financiele-gebeurtenissen",
                Map.of(
                        "soort",
                        "TEKORT",
                        "jaar",
                        2026,
                        "bedrag",
                        "180.000",
                        "bekendOp",
                        "2026-09-15",
                        "omschrijving",
                        "Tekort door de vertraagde BAG-koppeling en inhuur voor de achterstand"));
        String gPad = api + "/financiele-gebeurtenissen/" + gebeurtenis;
        ok(
                Http.api(port, TestAccounts.AMBTENAAR_ZEIST)
                        .postJson(
                                gPad + "/raadsinformatie",
                                Map.of("geinformeerdOp", "2026-09-24", "wijze", "RAADSINFORMATIEBRIEF"),
                                r.get(gPad).header("ETag")),
                201,
                200);

        // The horizontal line: Zeist's DVO for 2026 with two services and a stretch, agreed.
        long heffen = maak(
                r,
                api + "/diensten",
                Map.of(
                        "naam",
                        "Belastingen heffen",
                        "backoffice",
                        "Eén heffingssysteem en één team voor de aanslagen."));
        long woz = maak(
                r,
                api + "/diensten",
                Map.of("naam", "WOZ-waardering", "backoffice", "Eén taxatiemodel voor alle gemeenten."));
        long dvo = maak(r, api + "/dvo", Map.of("gemeente", TestAccounts.ZEIST, "jaar", 2026));
        String dvoApi = api + "/dvo/" + dvo;
        maak(
                r,
                dvoApi + "/regels",
                Map.of(
                        "dienst",
                        heffen,
                        "resultaat",
                        "Aanslagen voor 1 maart verstuurd",
                        "status",
                        "VAST",
                        "indicatoren",
                        List.of("Percentage aanslagen op tijd")));
        maak(
                r,
                dvoApi + "/regels",
                Map.of("dienst", woz, "resultaat", "Bezwaren binnen zes weken beslist", "status", "VAST"));
        ok(
                r.putJson(
                        dvoApi + "/rek",
                        Map.of("uren", 120, "toelichting", "Voor pieken rond de aanslagen"),
                        r.get(dvoApi).header("ETag")),
                200);
        ok(r.postJson(dvoApi + "/vaststelling", Map.of(), r.get(dvoApi).header("ETag")), 200);

        // The first quarter, submitted: the heffing needs attention, the WOZ is on course.
        Opzet tussen = new Opzet(id, dvo, 0, 0, gebeurtenis, 0, uitvoerder, List.of());
        long rapportage = nieuweRapportage(tussen, "2026-01-01", "2026-03-31");
        String rApi = api + "/rapportages/" + rapportage;
        JsonNode lijnen = ok(r.get(rApi + "/lijnen"), 200).json();
        vulLijn(r, rApi, lijnen, 0, "AANDACHT", "Een storing in januari kostte een week; alles ging nog op tijd.", 94);
        ok(r.postJson(rApi + "/indiening", Map.of(), r.get(rApi).header("ETag")), 200);

        // A conversation on that report, with notes, an adjustment without a new version, and an action.
        long gesprek =
                maak(r, api + "/gesprekken", Map.of("dvo", dvo, "datum", "2026-04-16", "rapportage", rapportage));
        String gsPad = api + "/gesprekken/" + gesprek;
        ok(
                r.putJson(
                        gsPad + "/verslag",
                        Map.of("verslag", "De storing is verholpen; de leverancier levert een noodprocedure."),
                        r.get(gsPad).header("ETag")),
                200);
        maak(r, gsPad + "/bijsturingen", Map.of("tekst", "De organisatie meldt een storing binnen een dag."));
        maak(
                r,
                gsPad + "/acties",
                Map.of(
                        "omschrijving",
                        "Noodprocedure heffingssysteem beschrijven",
                        "eigenaar",
                        "Directeur belastingorganisatie",
                        "deadline",
                        "2026-05-31"));

        // The scan: Zeist and De Bilt see the strategic value differently.
        long scan = maak(r, api + "/scans", Map.of("gestartOp", "2026-10-01"));
        String sApi = api + "/scans/" + scan;
        ok(
                Http.api(port, TestAccounts.AMBTENAAR_ZEIST)
                        .putJson(
                                sApi + "/antwoorden/" + TestAccounts.ZEIST,
                                antwoorden(4, Stelling.WAARDE1, 5, "De afspraken zijn helder; de stukken komen laat."),
                                "\"0\""),
                200);
        ok(
                Http.api(port, "ambtenaar2")
                        .putJson(
                                sApi + "/antwoorden/" + TestAccounts.DE_BILT,
                                antwoorden(
                                        3, Stelling.WAARDE1, 2, "We zien nog niet wat de samenwerking ons oplevert."),
                                "\"0\""),
                200);
        maak(
                r,
                sApi + "/acties",
                Map.of(
                        "omschrijving",
                        "In het AB bespreken wat de samenwerking elke gemeente oplevert",
                        "eigenaar",
                        "Voorzitter AB",
                        "deadline",
                        "2027-01-31"));

        List<String> paginas = List.of(
                pad + "/pc-kalender",
                pad + "/pc-kalender?jaar=2027",
                pad + "/financien",
                pad + "/financien?jaar=2026",
                pad + "/financien/gebeurtenissen/" + gebeurtenis,
                pad + "/financien/gebeurtenissen/nieuw",
                pad + "/rapportages",
                pad + "/rapportages/" + rapportage,
                pad + "/rapportages/trends",
                pad + "/gesprekken",
                pad + "/gesprekken/" + gesprek,
                pad + "/vragenbank",
                pad + "/scans",
                pad + "/scans/" + scan);
        return new Opzet(id, dvo, rapportage, gesprek, gebeurtenis, scan, uitvoerder, paginas);
    }

    /** A new report on the DVO, made by the regisseur, with every line but the first filled in as on course. */
    private long nieuweRapportage(Opzet o, String van, String tot) {
        Http r = Http.api(port, TestAccounts.REGISSEUR);
        String api = "/api/v1/samenwerkingen/" + o.id() + "/rapportages";
        long rapportage = maak(r, api, Map.of("dvo", o.dvo(), "van", van, "tot", tot));
        String rApi = api + "/" + rapportage;
        JsonNode lijnen = ok(r.get(rApi + "/lijnen"), 200).json();
        vulLijn(r, rApi, lijnen, 1, "OP_KOERS", "Alle bezwaren binnen de termijn beslist.", null);
        return rapportage;
    }

    private static void vulLijn(
            Http r, String rApi, JsonNode lijnen, int index, String status, String verhaal, Integer waarde) {
        JsonNode lijn = lijnen.get(index);
        List<Object> waarden = new ArrayList<>();
        lijn.path("waarden").forEach(i -> waarden.add(waarde));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("verhaal", verhaal);
        body.put("waarden", waarden);
        ok(
                r.putJson(
                        rApi + "/lijnen/" + lijn.path("id").asLong(),
                        body,
                        r.get(rApi).header("ETag")),
                200);
    }

    private static Map<String, Object> antwoorden(int standaard, Stelling anders, int score, String sturing) {
        List<Map<String, Object>> scores = new ArrayList<>();
        for (Stelling st : Stelling.values()) {
            scores.add(Map.of("stelling", st.veld(), "score", st == anders ? score : standaard));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scores", scores);
        body.put("open", List.of(Map.of("thema", "STURING", "tekst", sturing)));
        body.put("indienen", true);
        return body;
    }

    private static Map<String, Object> paar(String gepland, String gedaan) {
        Map<String, Object> m = new HashMap<>();
        m.put("gepland", gepland);
        if (gedaan != null) {
            m.put("gedaan", gedaan);
        }
        return m;
    }

    private static long maak(Http r, String pad, Map<String, ?> body) {
        return ok(r.postJson(pad, body), 201).json().path("id").asLong();
    }

    private static Http.Antwoord ok(Http.Antwoord a, int... status) {
        List<Integer> goed = new ArrayList<>();
        for (int s : status) {
            goed.add(s);
        }
        assertThat(a.status()).as(a.body()).isIn(goed);
        return a;
    }

    /** Presses Tab from the start of the page until the field with this name has the focus. */
    private static WebElement tabNaar(Browser b, String naam) {
        b.driver().executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        for (int i = 0; i < 400; i++) {
            new Actions(b.driver()).sendKeys(Keys.TAB).perform();
            WebElement actief = b.driver().switchTo().activeElement();
            if (naam.equals(actief.getAttribute("name"))) {
                return actief;
            }
        }
        throw new AssertionError("Tab does not reach the field " + naam + " on " + b.pad());
    }

    /** Presses Tab from the current focus until the button with this text has the focus. */
    private static WebElement tabNaarKnop(Browser b, String tekst) {
        for (int i = 0; i < 400; i++) {
            new Actions(b.driver()).sendKeys(Keys.TAB).perform();
            WebElement actief = b.driver().switchTo().activeElement();
            if ("button".equals(actief.getTagName())
                    && tekst.equals(actief.getText().strip())) {
                return actief;
            }
        }
        throw new AssertionError("Tab does not reach the button " + tekst + " on " + b.pad());
    }

    /** The text a reader meets: the body without scripts and tags, plus the attributes a screen reader reads. */
    private static String zichtbareTekst(String html) {
        String zonder = ONZICHTBAAR.matcher(html).replaceAll(" ");
        StringBuilder uit = new StringBuilder(TAG.matcher(zonder).replaceAll(" "));
        Matcher m = GELEZEN_ATTRIBUUT.matcher(zonder);
        while (m.find()) {
            uit.append(' ').append(m.group(1));
        }
        return uit.toString()
                .replace("&nbsp;", " ")
                .replace("&amp;", "&")
                .replace("&#39;", "'")
                .replace("&quot;", "\"");
    }
}
