package nl.samenspel.gemeente;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@SamenspelTest
class ReferentieLaderTest {

    @Autowired
    ReferentieLader lader;

    @Autowired
    Gemeenten gemeenten;

    @Autowired
    JdbcClient jdbc;

    @Test
    void alleGemeentenProvinciesEnInwonersZijnGeladen() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gemeente").query(Long.class).single())
                .isEqualTo(342);
        assertThat(gemeenten.provincies()).hasSize(12).contains("Fryslân", "Utrecht", "Limburg");
        assertThat(jdbc.sql("SELECT SUM(inwoners) FROM gemeente")
                        .query(Long.class)
                        .single())
                .isEqualTo(17_942_942L);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gemeente_regio")
                        .query(Long.class)
                        .single())
                .isEqualTo(1026);
        assertThat(jdbc.sql(
                                "SELECT COUNT(DISTINCT regio_code) FROM gemeente_regio WHERE regio_type = 'veiligheidsregio'")
                        .query(Long.class)
                        .single())
                .isEqualTo(25);
    }

    @Test
    void naamMetKommaTussenAanhalingstekensBlijftHeel() {
        Gemeente nuenen = gemeenten.vind("GM0820").orElseThrow();
        assertThat(nuenen.naam()).isEqualTo("Nuenen, Gerwen en Nederwetten");
        assertThat(nuenen.provincie()).isEqualTo("Noord-Brabant");
        assertThat(ReferentieLader.velden("GM0820,\"Nuenen, Gerwen en Nederwetten\",Noord-Brabant,PV30,24231"))
                .containsExactly("GM0820", "Nuenen, Gerwen en Nederwetten", "Noord-Brabant", "PV30", "24231");
        assertThat(ReferentieLader.velden("a,\"zeg \"\"hoi\"\"\",")).containsExactly("a", "zeg \"hoi\"", "");
    }

    @Test
    void deBiltHoortBijVeiligheidsregioUtrechtEnArbeidsmarktregioMiddenUtrecht() {
        Gemeente deBilt = gemeenten.vind("GM0310").orElseThrow();
        assertThat(deBilt.naam()).isEqualTo("De Bilt");
        List<Regio> regios = gemeenten.regios("GM0310");
        assertThat(regios)
                .extracting(Regio::type)
                .containsExactly("provincie", "veiligheidsregio", "arbeidsmarktregio");
        assertThat(regios).anySatisfy(r -> {
            assertThat(r.code()).isEqualTo("VR09");
            assertThat(r.naam()).isEqualTo("Utrecht");
        });
        assertThat(regios).anySatisfy(r -> {
            assertThat(r.code()).isEqualTo("AM13");
            assertThat(r.naam()).isEqualTo("Midden-Utrecht");
        });
    }

    @Test
    void tweedeKeerLadenSlaatOngewijzigdeBestandenOverEnVerandertNiets() {
        List<Map<String, Object>> gemeentenVoor = alles("SELECT * FROM gemeente ORDER BY code");
        List<Map<String, Object>> regiosVoor = alles("SELECT * FROM gemeente_regio ORDER BY gemeente_code, regio_type");
        List<Map<String, Object>> standVoor = alles("SELECT * FROM referentie_stand ORDER BY bestand");

        List<ReferentieLader.Resultaat> resultaten = lader.laad();

        assertThat(resultaten).extracting(ReferentieLader.Resultaat::geladen).containsExactly(false, false);
        assertThat(alles("SELECT * FROM gemeente ORDER BY code")).isEqualTo(gemeentenVoor);
        assertThat(alles("SELECT * FROM gemeente_regio ORDER BY gemeente_code, regio_type"))
                .isEqualTo(regiosVoor);
        assertThat(alles("SELECT * FROM referentie_stand ORDER BY bestand")).isEqualTo(standVoor);
        assertThat(standVoor).extracting(r -> r.get("bestand")).containsExactly("gemeenten.csv", "regios.csv");
        assertThat(standVoor)
                .extracting(r -> r.get("sha256"))
                .containsExactly(
                        ReferentieLader.sha256(ReferentieLader.bytes("gemeenten.csv")),
                        ReferentieLader.sha256(ReferentieLader.bytes("regios.csv")));
    }

    @Test
    void eenAndereChecksumLaadtHetBestandOpnieuw() {
        // Someone changed a row by hand and the recorded checksum no longer matches the bundled file.
        jdbc.sql("UPDATE gemeente SET naam = 'Verkeerd', naam_zoek = 'verkeerd' WHERE code = 'GM0310'")
                .update();
        jdbc.sql("UPDATE referentie_stand SET sha256 = 'oud' WHERE bestand = 'gemeenten.csv'")
                .update();
        try {
            List<ReferentieLader.Resultaat> resultaten = lader.laad();

            assertThat(resultaten.get(0)).isEqualTo(new ReferentieLader.Resultaat("gemeenten.csv", true, 342, 0));
            assertThat(resultaten.get(1).geladen()).isFalse();
            assertThat(gemeenten.vind("GM0310").orElseThrow().naam()).isEqualTo("De Bilt");
            assertThat(jdbc.sql("SELECT sha256 FROM referentie_stand WHERE bestand = 'gemeenten.csv'")
                            .query(String.class)
                            .single())
                    .isEqualTo(ReferentieLader.sha256(ReferentieLader.bytes("gemeenten.csv")));
        } finally {
            lader.laad();
        }
    }

    @Test
    void eenGewijzigdBestandWordtBijgewerktEnEenNieuweRijToegevoegd() {
        String origineel = new String(ReferentieLader.bytes("gemeenten.csv"), StandardCharsets.UTF_8);
        String gewijzigd = origineel.replace("GM0310,De Bilt,Utrecht,PV26,", "GM0310,De Bilt,Utrecht,PV26,1")
                + "GM9999,\"Proef, gemeente\",Utrecht,PV26,1\n";
        assertThat(gewijzigd).isNotEqualTo(origineel);
        Integer inwonersVoor = gemeenten.vind("GM0310").orElseThrow().inwoners();
        try {
            ReferentieLader.Resultaat r = lader.laad("gemeenten.csv", gewijzigd.getBytes(StandardCharsets.UTF_8));

            assertThat(r).isEqualTo(new ReferentieLader.Resultaat("gemeenten.csv", true, 342, 1));
            assertThat(gemeenten.vind("GM0310").orElseThrow().inwoners())
                    .isEqualTo(Integer.valueOf("1" + inwonersVoor));
            assertThat(gemeenten.vind("GM9999").orElseThrow().naam()).isEqualTo("Proef, gemeente");
            // The same content again is skipped.
            assertThat(lader.laad("gemeenten.csv", gewijzigd.getBytes(StandardCharsets.UTF_8))
                            .geladen())
                    .isFalse();
        } finally {
            jdbc.sql("DELETE FROM gemeente WHERE code = 'GM9999'").update();
            lader.laad();
        }
        assertThat(gemeenten.vind("GM0310").orElseThrow().inwoners()).isEqualTo(inwonersVoor);
    }

    private List<Map<String, Object>> alles(String sql) {
        return jdbc.sql(sql).query().listOfRows();
    }
}
