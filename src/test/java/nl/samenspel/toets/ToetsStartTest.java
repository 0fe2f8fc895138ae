package nl.samenspel.toets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After a deploy that changed a check, no stored finding keeps what the old check wrote: the start-up evaluates
 * everything once when the checks' fingerprint differs from the stored one, and only then.
 */
@SamenspelTest
class ToetsStartTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ToetsLuisteraar luisteraar;

    @Autowired
    ControleStand stand;

    @Autowired
    Toetser toetser;

    @Test
    void naGewijzigdeControlesWordtBijDeStartAllesOpnieuwGetoetst() {
        long id = samenwerking();
        String juist = argumenten(id);
        // As a stored finding of an older version would look: arguments its sentence does not fit any more.
        verminkt(id);
        stand.bewaar("vingerafdruk van een oudere versie");

        luisteraar.gestart();

        assertThat(argumenten(id)).isEqualTo(juist);
        assertThat(stand.bewaard()).contains(stand.vingerafdruk(toetser.controles()));
    }

    @Test
    void metDezelfdeControlesBlijftDeStartGoedkoop() {
        long id = samenwerking();
        String juist = argumenten(id);
        stand.bewaar(stand.vingerafdruk(toetser.controles()));
        verminkt(id);

        luisteraar.gestart();

        assertThat(argumenten(id)).as("not evaluated again").isEqualTo("oud");
        toetser.evalueer(List.of(id));
        assertThat(argumenten(id)).isEqualTo(juist);
    }

    @Test
    void deVingerafdrukVolgtDeGeregistreerdeControles() {
        List<Controle> alle = toetser.controles();
        assertThat(stand.vingerafdruk(alle)).isEqualTo(stand.vingerafdruk(alle));
        assertThat(stand.vingerafdruk(alle.subList(1, alle.size()))).isNotEqualTo(stand.vingerafdruk(alle));
    }

    private long samenwerking() {
        Http.Antwoord nieuw = Http.api(port, "regisseur")
                .postJson(
                        "/api/v1/samenwerkingen",
                        Map.of(
                                "titel",
                                "Start " + System.nanoTime(),
                                "omschrijving",
                                "Samen belastingen heffen",
                                "gemeenten",
                                List.of("GM0355", "GM0310")));
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
        return nieuw.json().path("id").asLong();
    }

    /** R1.2 in the regisseur's view: Zeist has not said what it does not want yet. */
    private String argumenten(long id) {
        return jdbc.sql("SELECT argumenten FROM bevinding WHERE samenwerking_id = ? AND controle = 'R1.2' "
                        + "AND weergave = 'VOLLEDIG' AND onderwerp = 'GM0355'")
                .param(id)
                .query(String.class)
                .single();
    }

    private void verminkt(long id) {
        jdbc.sql("UPDATE bevinding SET argumenten = 'oud' WHERE samenwerking_id = ? AND controle = 'R1.2'")
                .param(id)
                .update();
    }
}
