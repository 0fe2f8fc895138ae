package nl.samenspel.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.samenspel.support.DemoTest;
import nl.samenspel.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;

@DemoTest
class InlogPaginasTest {

    @LocalServerPort
    int port;

    @Test
    void inDemoModusStaanDeDemoAccountsEnHetWachtwoordOpDeInlogpagina() {
        String pagina = Http.anoniem(port).get("/inloggen").body();
        assertThat(pagina)
                .contains("Demo-accounts")
                .contains(">samenspel</code>")
                .contains(">ambtenaar1</code> – Ambtenaar, Zeist")
                .contains(">beheerder</code> – Beheerder")
                .contains(">raadslid1</code> – Raadslid, Zeist");
    }

    @Test
    void zonderDemoModusGeenDemoAccounts() {
        var controller = new InlogPaginas(false, null, null, null);
        var model = new ExtendedModelMap();
        assertThat(controller.inloggen(new MockHttpServletRequest("GET", "/inloggen"), model))
                .isEqualTo("pages/inloggen");
        assertThat(model).doesNotContainKeys("demoAccounts", "demoWachtwoord");
    }
}
