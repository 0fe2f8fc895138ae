package nl.samenspel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.samenspel.support.Browser;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The screens issue 8 added, seen in a real browser with axe: the Dutch error page for a forbidden page, the page
 * that re-shows refused input, and an archived samenwerking (read-only, with its banner).
 */
@SamenspelTest
class FoutSchermenBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void eenVerbodenPaginaIsEenNederlandseFoutpagina() {
        try (Browser ambtenaar = new Browser(port)) {
            ambtenaar.inloggen("ambtenaar2");
            ambtenaar.open("/beheer/accounts");
            assertThat(ambtenaar.titel()).contains("Geen toegang");
            assertThat(ambtenaar.tekst())
                    .contains("Foutcode 403")
                    .doesNotContain("{")
                    .doesNotContain("Exception");
            assertThat(ambtenaar.driver().findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("nl");
            ambtenaar.screenshot("fout-403");
            ambtenaar.open("/samenwerkingen/abc");
            assertThat(ambtenaar.tekst()).contains("Foutcode 400").doesNotContain("JSON");
            ambtenaar.screenshot("fout-400");
        }
    }

    @Test
    void geweigerdeTekensTonenHetFormulierOpnieuwMetUitleg() {
        try (Browser regisseur = new Browser(port)) {
            regisseur.inloggen("regisseur");
            regisseur.open("/samenwerkingen/nieuw");
            // A control character (BEL) cannot be typed, but can be pasted or sent by a script; here via the DOM.
            regisseur
                    .driver()
                    .executeScript("document.querySelector('[name=titel]').value = 'Belastingen\\u0007samen';");
            regisseur.typ("omschrijving", "Samen de belastingen uitvoeren.");
            regisseur.klikKnop("Opslaan");
            assertThat(regisseur.tekst()).contains("titel").doesNotContain("Exception");
            regisseur.screenshot("invoer-geweigerd");
        }
    }

    @Test
    void eenGearchiveerdeSamenwerkingIsAlleenTeLezen() {
        Http api = Http.api(port, "regisseur");
        Http.Antwoord nieuw = api.postJson(
                "/api/v1/samenwerkingen",
                Map.of(
                        "titel",
                        "Archief " + System.nanoTime(),
                        "omschrijving",
                        "Afgerond.",
                        "gemeenten",
                        List.of("GM0355", "GM0310")));
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
        long id = nieuw.json().path("id").asLong();
        String pad = "/api/v1/samenwerkingen/" + id;
        Http.Antwoord gearchiveerd = api.putJson(
                pad,
                Map.of(
                        "titel",
                        nieuw.json().path("titel").asString(),
                        "omschrijving",
                        "Afgerond.",
                        "gemeenten",
                        List.of("GM0355", "GM0310"),
                        "gearchiveerd",
                        true),
                api.get(pad).header("ETag"));
        assertThat(gearchiveerd.status()).as(gearchiveerd.body()).isEqualTo(200);

        try (Browser regisseur = new Browser(port)) {
            regisseur.inloggen("regisseur");
            regisseur.open("/samenwerkingen/" + id + "/taken");
            assertThat(regisseur.tekst()).contains("gearchiveerd");
            assertThat(regisseur.driver().findElements(By.name("naam"))).isEmpty();
            regisseur.screenshot("gearchiveerd-taken");
        }
    }
}
