package nl.samenspel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspel.support.DemoTest;
import nl.samenspel.support.Http;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every page of the demo case, as its regisseur and as a council member, shows finished Dutch text: no unfilled
 * placeholder, no MessageFormat quote, no message key and no raw code where a word belongs.
 */
@DemoTest
class DemoPaginasTekstTest {

    private static final Pattern LINK = Pattern.compile("<a\\s[^>]*href=\"(/samenwerkingen/(\\d+)[^\"#?]*)\"");
    private static final Pattern ONZICHTBAAR = Pattern.compile("(?is)<(script|style|head)\\b.*?</\\1>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    /** Attributes a user reads or hears: tooltips, labels for screen readers, placeholders. */
    private static final Pattern GELEZEN_ATTRIBUUT =
            Pattern.compile("(?i)\\s(?:title|aria-label|placeholder|alt)=\"([^\"]*)\"");

    private static final List<Pattern> VERBODEN = List.of(
            Pattern.compile("\\{\\d"),
            Pattern.compile("''"),
            Pattern.compile("\\b(FASE|STAP):[A-Z_]+"),
            Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b"), // a raw enum code where a word belongs
            Pattern.compile("(?i)\\brisicos\\b"),
            // a message key: lower-case words joined by dots (an address or a file name has a slash, @ or extension)
            Pattern.compile("(?<![\\w/@.-])[a-z]+\\.[a-z-]+\\.[A-Za-z0-9][\\w.-]*(?![\\w/@-])"));

    @LocalServerPort
    int port;

    private long demoCasus() {
        return casus(DemoSamenwerking.TITEL);
    }

    /** The practice case with this title (the first demo case, or the running one of issue 14). */
    private long casus(String titel) {
        JsonNode lijst = Http.api(port, "regisseur")
                .get("/api/v1/samenwerkingen?oefen=true&paginaGrootte=100")
                .json();
        for (JsonNode s : lijst.path("samenwerkingen")) {
            if (s.path("titel").asString().equals(titel)) {
                return s.path("id").asLong();
            }
        }
        throw new AssertionError("demo case not found: " + titel + " in " + lijst);
    }

    static String zichtbareTekst(String html) {
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

    /**
     * Issue 10: the demo case shows the honest statuses: a rule deviated from on purpose; since issue 14 no rule is
     * left unchecked in its phase.
     */
    @org.junit.jupiter.api.Test
    void deToetsVanDeDemocasusToontBewustAfgewekenEnElkeRegelGetoetst() {
        long id = demoCasus();
        JsonNode t = Http.api(port, "regisseur")
                .get("/api/v1/samenwerkingen/" + id + "/toets")
                .json();
        JsonNode regel6 = t.path("regels").get(5);
        // Rule 6 keeps its finding deviated from on purpose (R6.1); since issue 13 the demo also leaves R6.7 open
        // for the regisseur (a savings target with unfilled vacancies in the first year), so the rule is a risk.
        assertThat(regel6.path("aantallen").path("erkend").asInt())
                .as(regel6.toString())
                .isEqualTo(1);
        assertThat(regel6.path("status").asString()).as(regel6.toString()).isEqualTo("RISICO");
        List<String> standen = new ArrayList<>();
        t.path("regels").forEach(r -> standen.add(r.path("status").asString()));
        // Since issue 14 rule 7 is checked from AFSPREKEN on as well, so in the demo's phase every rule is checked.
        assertThat(standen).hasSize(7).doesNotContain("NIET_GETOETST");
        String pagina = Http.browser(port, "raadslid1")
                .get("/samenwerkingen/" + id + "/toets")
                .body();
        assertThat(pagina).contains("Bewust afgeweken").doesNotContain("Nog niet getoetst");
        try (nl.samenspel.support.Browser b = new nl.samenspel.support.Browser(port)) {
            b.inloggen("raadslid1").open("/samenwerkingen/" + id + "/toets");
            b.screenshot("toets-democasus");
        }
    }

    /** Both demo cases: the one still preparing its agreements, and the one running since 2025 (issue 14). */
    @ParameterizedTest
    @CsvSource({"regisseur,false", "raadslid1,false", "regisseur,true", "raadslid1,true"})
    void elkePaginaVanDeDemocasusToontAfgemaakteTekst(String gebruiker, boolean lopend) {
        long id = lopend ? casus(DemoLopend.TITEL) : demoCasus();
        Http browser = Http.browser(port, gebruiker);
        Deque<String> teBezoeken = new ArrayDeque<>(List.of("/samenwerkingen/" + id));
        Set<String> bezocht = new LinkedHashSet<>();
        List<String> fouten = new ArrayList<>();
        while (!teBezoeken.isEmpty() && bezocht.size() < 250) {
            String pad = teBezoeken.removeFirst();
            if (!bezocht.add(pad)) {
                continue;
            }
            Http.Antwoord a = browser.get(pad);
            assertThat(a.status()).as(gebruiker + " " + pad).isEqualTo(200);
            String tekst = zichtbareTekst(a.body());
            for (Pattern p : VERBODEN) {
                Matcher m = p.matcher(tekst);
                while (m.find()) {
                    int van = Math.max(0, m.start() - 60);
                    fouten.add(pad + ": \"" + m.group() + "\" in \""
                            + tekst.substring(van, Math.min(tekst.length(), m.end() + 60))
                                    .replaceAll("\\s+", " ")
                                    .strip()
                            + "\"");
                }
            }
            Matcher link = LINK.matcher(a.body());
            while (link.find()) {
                if (Long.parseLong(link.group(2)) == id && !bezocht.contains(link.group(1))) {
                    teBezoeken.addLast(link.group(1));
                }
            }
        }
        // The case has sections (posities, analyse, stappen, toets, historie...): a crawl of one page proves nothing.
        assertThat(bezocht).as("pages visited").hasSizeGreaterThanOrEqualTo(8);
        // The crawl reached the end: issue 13's pages (agreements, transition, gedoe, evaluation) are in it.
        assertThat(teBezoeken).as("pages left unvisited").isEmpty();
        assertThat(bezocht)
                .as(gebruiker)
                .anyMatch(p -> p.contains("/dvo/"))
                .anyMatch(p -> p.contains("/gedoe/"))
                .anyMatch(p -> p.contains("/evaluaties/"));
        assertThat(fouten).as(gebruiker).isEmpty();
    }
}
