package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;

import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@SamenspelTest
class SmokeTest {

    @LocalServerPort
    int port;

    @Test
    void regisseurLogtInEnZietDeStartpagina() {
        Http browser = Http.browser(port, "regisseur");
        Http.Antwoord start = browser.get("/");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.body()).contains("Ingelogd als regisseur").contains("<h1");
    }

    @Test
    void anoniemeBezoekerGaatNaarHetInlogformulier() {
        Http.Antwoord start = Http.anoniem(port).get("/", "text/html");
        assertThat(start.status()).isEqualTo(302);
        assertThat(start.header("Location")).endsWith("/inloggen");
    }
}
