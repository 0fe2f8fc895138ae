package nl.samenspel.paginas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every form page shown in error: each link in the error summary leads to an element that exists, and that
 * element tells a screen reader it is in error ({@code aria-invalid}) and why ({@code aria-describedby} naming the
 * message next to it). A group (fieldset) carries the description; its boxes carry {@code aria-invalid}.
 */
@SamenspelTest
class FoutoverzichtTest {

    private static final String ZEIST = "GM0355";
    private static final String DE_BILT = "GM0310";

    @LocalServerPort
    int port;

    /** One form in error: who sends it and how; answers the page that comes back. */
    record Geval(String naam, BiFunction<FoutoverzichtTest, Long, Http.Antwoord> stuur) {
        @Override
        public String toString() {
            return naam;
        }
    }

    static Stream<Arguments> gevallen() {
        return Stream.of(
                        new Geval(
                                "nieuwe samenwerking",
                                (t, id) -> t.regisseur()
                                        .formulier(
                                                "/samenwerkingen/nieuw",
                                                "actie=opslaan",
                                                "titel=",
                                                "omschrijving=",
                                                "regisseur=")),
                        new Geval("samenwerking bewerken", (t, id) -> {
                            Http r = t.regisseur();
                            r.get("/samenwerkingen/" + id + "/bewerken");
                            return r.formulier(
                                    "/samenwerkingen/" + id + "/bewerken",
                                    "actie=opslaan",
                                    "titel=",
                                    "omschrijving=x",
                                    "gemeenten=" + ZEIST,
                                    "versie=0");
                        }),
                        new Geval(
                                "fase",
                                (t, id) ->
                                        t.regisseur().formulier("/samenwerkingen/" + id + "/fase", "fase=GEEN_FASE")),
                        new Geval(
                                "taak",
                                (t, id) -> t.regisseur()
                                        .formulier(
                                                "/samenwerkingen/" + id + "/taken",
                                                "naam=",
                                                "omschrijving=",
                                                "taakveld=geen-taakveld")),
                        new Geval("positie", (t, id) -> {
                            Http api = Http.api(t.port, "regisseur");
                            assertThat(api.postJson(
                                                    "/api/v1/samenwerkingen/" + id + "/taken",
                                                    Map.of("naam", "Belastingen"))
                                            .status())
                                    .isEqualTo(201);
                            Http a = t.browser("ambtenaar1");
                            Document pagina = Jsoup.parse(a.get("/samenwerkingen/" + id + "/posities/" + ZEIST)
                                    .body());
                            List<String> velden = new ArrayList<>(List.of("actie=opslaan"));
                            pagina.select("select[name^=sterkte-]")
                                    .forEach(s -> velden.add(s.attr("name") + "=HEEL_ERG"));
                            pagina.select("input[name=versie]").forEach(v -> velden.add("versie=" + v.val()));
                            return a.formulier(
                                    "/samenwerkingen/" + id + "/posities/" + ZEIST, velden.toArray(String[]::new));
                        }),
                        new Geval(
                                "uitstel",
                                (t, id) -> t.regisseur()
                                        .formulier(
                                                "/samenwerkingen/" + id + "/stappen/uitstel",
                                                "onderwerp=niets",
                                                "reden=")),
                        new Geval(
                                "doel",
                                (t, id) -> t.regisseur()
                                        .formulier(
                                                "/samenwerkingen/" + id + "/stappen/wat/doelen",
                                                "soort=GEEN",
                                                "tekst=",
                                                "bronGemeente=GM9999")),
                        new Geval(
                                "werkwijze",
                                (t, id) -> t.regisseur()
                                        .formulier(
                                                "/samenwerkingen/" + id + "/stappen/hoe",
                                                "wieDoetWat=" + "x".repeat(10_001),
                                                "versie=0")),
                        new Geval(
                                "spanning",
                                (t, id) -> t.regisseur()
                                        .formulier(
                                                "/samenwerkingen/" + id + "/stappen/spanningen/nieuw",
                                                "omschrijving=",
                                                "soort=GEEN",
                                                "partijen=GM9999",
                                                "status=GEEN")),
                        new Geval(
                                "vanzelfdynamiek",
                                (t, id) -> t.regisseur()
                                        .formulier(
                                                "/samenwerkingen/" + id + "/stappen/vanzelfdynamiek/items",
                                                "gedrag=",
                                                "eigenNaam=",
                                                "botsing=",
                                                "omgang=")),
                        new Geval("toets erkennen", (t, id) -> {
                            Http r = t.regisseur();
                            Document pagina = Jsoup.parse(
                                    r.get("/samenwerkingen/" + id + "/toets").body());
                            Element form = pagina.selectFirst("form[action$=/toets/erkenning]");
                            assertThat(form).as("a finding to acknowledge").isNotNull();
                            return r.formulier(
                                    "/samenwerkingen/" + id + "/toets/erkenning",
                                    "controle="
                                            + form.selectFirst("input[name=controle]")
                                                    .val(),
                                    "onderwerp="
                                            + form.selectFirst("input[name=onderwerp]")
                                                    .val(),
                                    "reden=");
                        }),
                        new Geval(
                                "nieuw account",
                                (t, id) -> t.browser("beheerder")
                                        .formulier(
                                                "/beheer/accounts/nieuw",
                                                "gebruikersnaam=",
                                                "weergavenaam=",
                                                "wachtwoord=kort",
                                                "gemeenteCode=GM9999")),
                        new Geval("account bewerken", (t, id) -> {
                            Http b = t.browser("beheerder");
                            long account = t.eigenAccount(b);
                            return b.formulier(
                                    "/beheer/accounts/" + account, "weergavenaam=", "gemeenteCode=GM9999", "versie=0");
                        }),
                        new Geval("wachtwoord", (t, id) -> {
                            Http b = t.browser("beheerder");
                            long account = t.eigenAccount(b);
                            return b.formulier(
                                    "/beheer/accounts/" + account + "/wachtwoord", "wachtwoord=kort", "versie=0");
                        }),
                        new Geval(
                                "gemeenten zoeken",
                                (t, id) -> Http.browser(t.port, "regisseur").get("/gemeenten?provincie=Atlantis")))
                .map(Arguments::of);
    }

    /** A signed-in browser that has a page open, so its form posts carry the CSRF token. */
    Http browser(String gebruiker) {
        Http b = Http.browser(port, gebruiker);
        b.get("/");
        return b;
    }

    Http regisseur() {
        return browser("regisseur");
    }

    /** A fresh account of the administrator's own making (never a demo account). */
    long eigenAccount(Http beheerder) {
        String naam = "fouten" + System.nanoTime() % 1_000_000_000L;
        Http.Antwoord a = beheerder.formulier(
                "/beheer/accounts/nieuw",
                "gebruikersnaam=" + naam,
                "weergavenaam=Fout Overzicht",
                "wachtwoord=samenspel-fouten",
                "rollen=AMBTENAAR",
                "gemeenteCode=" + ZEIST);
        assertThat(a.status()).as(a.body()).isEqualTo(302);
        Document lijst = Jsoup.parse(beheerder.get("/beheer/accounts").body());
        Element link = lijst.select("a[href^=/beheer/accounts/]").stream()
                .filter(l -> l.text().contains(naam))
                .findFirst()
                .orElseThrow();
        return Long.parseLong(link.attr("href").substring("/beheer/accounts/".length()));
    }

    long nieuweSamenwerking() {
        Http.Antwoord a = Http.api(port, "regisseur")
                .postJson(
                        "/api/v1/samenwerkingen",
                        Map.of(
                                "titel",
                                "Foutoverzicht " + System.nanoTime() % 1_000_000,
                                "omschrijving",
                                "Formulieren met fouten.",
                                "gemeenten",
                                List.of(ZEIST, DE_BILT)));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("id").asLong();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gevallen")
    void elkeLinkInHetFoutoverzichtWijstNaarEenVeldDatZijnFoutNoemt(Geval geval) {
        Http.Antwoord antwoord = geval.stuur().apply(this, nieuweSamenwerking());
        Document pagina = Jsoup.parse(antwoord.body());
        List<Element> links = pagina.select("#foutoverzicht a[href^=#]");
        assertThat(links)
                .as(geval + " shows an error summary: " + antwoord.status())
                .isNotEmpty();

        Map<String, String> fouten = new LinkedHashMap<>();
        for (Element link : links) {
            String id = link.attr("href").substring(1);
            Element doel = pagina.getElementById(id);
            if (doel == null) {
                fouten.put(id, "no element with this id (" + link.text() + ")");
                continue;
            }
            String probleem = probleem(pagina, doel);
            if (probleem != null) {
                fouten.put(id, probleem);
            }
        }
        assertThat(fouten).as(geval.toString()).isEmpty();
    }

    /** What a screen reader would miss at the target of a summary link, or {@code null}. */
    private static String probleem(Document pagina, Element doel) {
        List<String> beschreven = Arrays.asList(doel.attr("aria-describedby").split("\\s+"));
        for (String id : beschreven) {
            if (!id.isBlank() && pagina.getElementById(id) == null) {
                return "aria-describedby names missing id " + id;
            }
        }
        if (!beschreven.contains(doel.id() + "-fout")) {
            return "aria-describedby does not name the error message " + doel.id() + "-fout";
        }
        Element melding = pagina.getElementById(doel.id() + "-fout");
        if (melding == null || melding.text().isBlank()) {
            return "no error message next to the field";
        }
        if (doel.tagName().equals("fieldset")) {
            List<Element> vakken = doel.select("> ul input, > div input[type=checkbox], > div input[type=radio]");
            if (vakken.stream().anyMatch(v -> !"true".equals(v.attr("aria-invalid")))) {
                return "a box in the group lacks aria-invalid";
            }
            return null;
        }
        if (!List.of("input", "select", "textarea").contains(doel.tagName())) {
            return "target is a " + doel.tagName() + ", not a field";
        }
        return "true".equals(doel.attr("aria-invalid")) ? null : "no aria-invalid=\"true\"";
    }
}
