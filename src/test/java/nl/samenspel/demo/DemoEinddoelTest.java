package nl.samenspel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.support.DemoTest;
import nl.samenspel.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The demo case shows diverging end goals (R1.6) and unequal dependence (R5.5), also to a council member. */
@DemoTest
class DemoEinddoelTest {

    @LocalServerPort
    int port;

    private long demoCasus() {
        JsonNode lijst = Http.api(port, "regisseur")
                .get("/api/v1/samenwerkingen?oefen=true&paginaGrootte=100")
                .json();
        for (JsonNode s : lijst.path("samenwerkingen")) {
            if (s.path("titel").asString().equals(DemoSamenwerking.TITEL)) {
                return s.path("id").asLong();
            }
        }
        throw new AssertionError("demo case not found: " + lijst);
    }

    private List<String> open(String gebruiker, long id, String controle) {
        JsonNode toets = Http.api(port, gebruiker)
                .get("/api/v1/samenwerkingen/" + id + "/toets")
                .json();
        List<String> uit = new ArrayList<>();
        toets.path("regels")
                .forEach(r -> r.path("bevindingen").forEach(b -> {
                    if (b.path("controle").asString().equals(controle)
                            && b.path("status").asString().equals("OPEN")) {
                        uit.add(b.path("omschrijving").asString());
                    }
                }));
        return uit;
    }

    @Test
    void deDemoLaatUiteenlopendeEinddoelenEnOngelijkeAfhankelijkheidZien() {
        long id = demoCasus();
        String fusie = "Zeist ziet als einddoel een bestuurlijke fusie op termijn, maar De Bilt sluit dat uit.";
        // Bunnik (not shared) stays independent: only the regisseur sees what follows from that.
        assertThat(open("regisseur", id, "R1.6"))
                .containsExactlyInAnyOrder(
                        fusie, "Zeist ziet als einddoel een bestuurlijke fusie op termijn, maar Bunnik sluit dat uit.");
        assertThat(open("raadslid1", id, "R1.6")).containsExactly(fusie);
        String ongelijk =
                "Bij taak Heffing en invordering heeft De Bilt Zeist sterk nodig, maar heeft Zeist De Bilt maar enigszins nodig.";
        assertThat(open("regisseur", id, "R5.5")).containsExactly(ongelijk);
        assertThat(open("raadslid1", id, "R5.5")).containsExactly(ongelijk);
    }
}
