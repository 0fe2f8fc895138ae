package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspel.support.Browser;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestAccounts;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13: every new page (services, agreements and their difference, transition, gedoe, evaluation and exit), filled
 * with data, opened in the browser by the regisseur, a council member (read-only) and an ambtenaar: axe finds no
 * serious or critical violation, and the page shows finished Dutch text (no unfilled placeholder, no message key, no
 * raw code). And a keyboard user reaches the gedoe form and sends it with Enter and with Space.
 */
@SamenspelTest
class AfsprakenToegankelijkheidBrowserTest {

    /** Vlieland: no other test counts anything of it; Zeist is there for the ambtenaar and the council member. */
    private static final String VLIELAND = "GM0096";

    private static final Pattern ONZICHTBAAR = Pattern.compile("(?is)<(script|style|head)\\b.*?</\\1>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern GELEZEN_ATTRIBUUT =
            Pattern.compile("(?i)\\s(?:title|aria-label|placeholder|alt)=\"([^\"]*)\"");
    /** The same forbidden forms as DemoPaginasTekstTest: placeholders, quotes, raw codes, message keys. */
    private static final List<Pattern> VERBODEN = List.of(
            Pattern.compile("\\{\\d"),
            Pattern.compile("''"),
            Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b"),
            Pattern.compile("(?<![\\w/@.-])[a-z]+\\.[a-z-]+\\.[A-Za-z0-9][\\w.-]*(?![\\w/@-])"));

    @LocalServerPort
    int port;

    @Test
    void elkeNieuwePaginaIsToegankelijkEnAfVoorElkeRol() {
        List<String> paginas = vulEenSamenwerking();
        List<String> fouten = new ArrayList<>();
        for (String gebruiker :
                List.of(TestAccounts.REGISSEUR, TestAccounts.RAADSLID_ZEIST, TestAccounts.AMBTENAAR_ZEIST)) {
            Http http = Http.browser(port, gebruiker);
            List<String> geweigerd = new ArrayList<>();
            StringBuilder gezien = new StringBuilder();
            try (Browser b = new Browser(port)) {
                b.inloggen(gebruiker);
                for (String pad : paginas) {
                    Http.Antwoord a = http.get(pad);
                    if (a.status() == 403 && !gebruiker.equals(TestAccounts.REGISSEUR)) {
                        // An edit page of someone who may not edit it: refused, and never offered (checked below).
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
                }
            }
            for (String pad : geweigerd) {
                if (gezien.indexOf("href=\"" + pad + "\"") >= 0) {
                    fouten.add(gebruiker + " " + pad + ": refused, but a page links to it");
                }
            }
        }
        assertThat(fouten).isEmpty();
    }

    @Test
    void hetGedoeformulierWerktMetAlleenHetToetsenbord() {
        long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, VLIELAND, TestAccounts.ZEIST);
        String pad = "/samenwerkingen/" + id + "/gedoe";
        try (Browser b = new Browser(port)) {
            b.inloggen(TestAccounts.AMBTENAAR_ZEIST);
            b.open(pad);
            WebElement titel = tabNaar(b, "titel");
            titel.sendKeys("Niemand beantwoordt de telefoon van de balie");
            // Enter in a text field sends the form; without a kind it comes back with the error at the field.
            titel.sendKeys(Keys.ENTER);
            b.controleer();
            assertThat(b.tekst()).contains("Kies wat voor gedoe dit is");
            WebElement soort = tabNaar(b, "soort");
            soort.sendKeys("Onvoorzien");
            WebElement knop = tabNaarKnop(b, "Melden");
            knop.sendKeys(Keys.SPACE);
            b.controleer();
            assertThat(b.tekst())
                    .contains("Het gedoe is gemeld.")
                    .contains("Gedoe 1: Niemand beantwoordt de telefoon van de balie");
        }
    }

    /** Presses Tab from the start of the page until the field with this name has the focus. */
    private static WebElement tabNaar(Browser b, String naam) {
        b.driver().executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        for (int i = 0; i < 300; i++) {
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
        for (int i = 0; i < 300; i++) {
            new Actions(b.driver()).sendKeys(Keys.TAB).perform();
            WebElement actief = b.driver().switchTo().activeElement();
            if ("button".equals(actief.getTagName())
                    && tekst.equals(actief.getText().strip())) {
                return actief;
            }
        }
        throw new AssertionError("Tab does not reach the button " + tekst + " on " + b.pad());
    }

    /** A samenwerking with something on every new page, made through the API as its regisseur; its page paths. */
    private List<String> vulEenSamenwerking() {
        long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, VLIELAND, TestAccounts.ZEIST);
        String api = "/api/v1/samenwerkingen/" + id;
        String pad = "/samenwerkingen/" + id;
        Http r = Http.api(port, TestAccounts.REGISSEUR);
        long orgaan = maak(r, api + "/organen", Map.of("naam", "Opdrachtgeversoverleg", "lijn", "KLANT"));
        ok(r.putJson(api + "/gedoe-instellingen", Map.of("forum", orgaan, "vangnetBudget", "10.000,00"), "\"0\""));

        // Services, a client's agreement in two versions.
        long dienst = maak(r, api + "/diensten", Map.of("naam", "Vergunningen", "backoffice", "Eén behandelteam."));
        maak(
                r,
                api + "/diensten/" + dienst + "/varianten",
                Map.of("naam", "Loket op het eiland", "omschrijving", "Op afspraak.", "gemeenten", List.of(VLIELAND)));
        maak(
                r,
                api + "/diensten/" + dienst + "/wensen",
                Map.of("gemeente", VLIELAND, "tekst", "Een loket in de haven."));
        long dvo = maak(r, api + "/dvo", Map.of("gemeente", VLIELAND, "jaar", 2027));
        String dvoApi = api + "/dvo/" + dvo;
        long regel = maak(
                r,
                dvoApi + "/regels",
                Map.of("dienst", dienst, "resultaat", "Vergunning binnen acht weken", "status", "NOG_IN_TE_VULLEN"));
        ok(r.putJson(
                dvoApi + "/rek",
                Map.of("uren", 40, "toelichting", "Voor piekdrukte"),
                r.get(dvoApi).header("ETag")));
        ok(r.postJson(dvoApi + "/rek/gebruik", Map.of("uren", 8, "waarvoor", "Zomerdrukte")));
        ok(r.postJson(dvoApi + "/vaststelling", Map.of(), r.get(dvoApi).header("ETag")));
        ok(r.postJson(
                dvoApi + "/versies",
                Map.of("reden", "Het loket bleek nodig."),
                r.get(dvoApi).header("ETag")));
        Http.Antwoord regelNu = r.get(dvoApi + "/regels/" + regel);
        @SuppressWarnings("unchecked")
        Map<String, Object> gewijzigd = new LinkedHashMap<>(Http.JSON.convertValue(regelNu.json(), Map.class));
        gewijzigd.put("resultaat", "Vergunning binnen zes weken");
        gewijzigd.put("status", "INDICATIEF");
        ok(r.putJson(dvoApi + "/regels/" + regel, gewijzigd, regelNu.header("ETag")));
        ok(r.postJson(dvoApi + "/vaststelling", Map.of(), r.get(dvoApi).header("ETag")));

        // The transition.
        ok(r.putJson(
                api + "/overgang",
                Map.of("start", "2027-01-01", "transitie", Map.of("start", "2027-01-01", "eind", "2027-12-31")),
                "\"0\""));
        long maatregel = maak(
                r,
                api + "/maatregelen",
                Map.of("soort", "VACATURES_NIET_INVULLEN", "omschrijving", "Twee vacatures open laten", "jaar", 2027));
        long overdracht = maak(
                r,
                api + "/overdrachtsinventaris",
                Map.of(
                        "soort",
                        "TUSSENDOORTAAK",
                        "naam",
                        "Veerdienst informeren",
                        "gemeente",
                        VLIELAND,
                        "ontdektNaStart",
                        true));
        long verwachting = maak(
                r,
                api + "/verwachtingen",
                Map.of(
                        "groep",
                        "INWONERS_KLANTEN",
                        "verwachting",
                        "Een loket dichtbij",
                        "communicatie",
                        "Brief aan alle huishoudens",
                        "volgendeToets",
                        "2027-03-01"));

        // Gedoe, decided and turned into nothing yet.
        long gedoe = maak(r, api + "/gedoe", Map.of("titel", "Veerdienst niet ingelicht", "soort", "KOPPELING"));
        ok(r.postJson(api + "/vangnet/gebruik", Map.of("bedrag", "500,00", "waarvoor", "Extra boot", "gedoe", gedoe)));

        // Evaluation with an action, an exit announced, a dissolution planned.
        long evaluatie = maak(
                r,
                api + "/evaluaties",
                Map.of("gepland", "2027-10-01", "reikwijdte", "De dienstverlening", "evaluator", "Rekenkamer"));
        long actie = maak(
                r,
                api + "/evaluaties/" + evaluatie + "/acties",
                Map.of("omschrijving", "Tarieven herzien", "eigenaar", "Directeur", "deadline", "2027-12-01"));
        long uittreding = maak(
                r,
                api + "/uittredingen",
                Map.of(
                        "gemeente",
                        VLIELAND,
                        "datum",
                        "2028-01-01",
                        "reden",
                        "Vlieland zoekt aansluiting bij Harlingen."));
        Http.Antwoord opheffing = r.putJson(
                api + "/opheffing",
                Map.of(
                        "besluitdatum",
                        "2026-01-15",
                        "ingangsdatum",
                        "2028-12-31",
                        "vereffening",
                        "De activa gaan" + " naar de deelnemers naar rato van inwoners.",
                        "vereffenaar",
                        "Het dagelijks bestuur"),
                null);
        assertThat(opheffing.status()).as(opheffing.body()).isEqualTo(201);

        return List.of(
                pad + "/diensten",
                pad + "/diensten/" + dienst,
                pad + "/dvo",
                pad + "/dvo/" + dvo,
                pad + "/dvo/" + dvo + "?van=1&met=2",
                pad + "/overgang",
                pad + "/overgang/maatregelen/" + maatregel,
                pad + "/overgang/overdrachtsinventaris/" + overdracht,
                pad + "/overgang/verwachtingen/" + verwachting,
                pad + "/gedoe",
                pad + "/gedoe/" + gedoe,
                pad + "/evaluaties",
                pad + "/evaluaties/" + evaluatie,
                pad + "/evaluaties/" + evaluatie + "/acties/" + actie,
                pad + "/uittredingen",
                pad + "/uittredingen/" + uittreding,
                pad + "/opheffing");
    }

    private static long maak(Http r, String pad, Map<String, ?> body) {
        Http.Antwoord a = r.postJson(pad, body);
        assertThat(a.status()).as(pad + ": " + a.body()).isEqualTo(201);
        return a.json().path("id").asLong();
    }

    private static void ok(Http.Antwoord a) {
        assertThat(a.status()).as(a.body()).isBetween(200, 204);
    }

    private static String zichtbareTekst(String html) {
        StringBuilder uit = new StringBuilder();
        String zonder = ONZICHTBAAR.matcher(html).replaceAll(" ");
        Matcher a = GELEZEN_ATTRIBUUT.matcher(zonder);
        while (a.find()) {
            uit.append(a.group(1)).append('\n');
        }
        uit.append(TAG.matcher(zonder).replaceAll(" "));
        return uit.toString()
                .replace("&#39;", "'")
                .replace("&apos;", "'")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }
}
