package nl.samenspel.bestuur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.vorm.Vorm;
import nl.samenspel.vorm.Wetsgrond;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bodies each form needs (the law) plus the client line (the method), each with its ground. */
class VoorstelTest {

    static final List<Gemeente> GEMEENTEN = List.of(
            new Gemeente("GM0355", "Zeist", "Utrecht", "PV26", 1),
            new Gemeente("GM0310", "De Bilt", "Utrecht", "PV26", 1));

    private static List<OrgaanSoort> soorten(Vorm vorm) {
        return Voorstel.voor(vorm, GEMEENTEN).organen().stream()
                .map(Voorstel.Voorgesteld::soort)
                .toList();
    }

    @Test
    void eenOpenbaarLichaamKrijgtAlgemeenEnDagelijksBestuurEnVoorzitterNaarDeWet() {
        assertThat(Voorstel.voor(Vorm.OPENBAAR_LICHAAM, GEMEENTEN).organen())
                .extracting(Voorstel.Voorgesteld::soort, Voorstel.Voorgesteld::lijn, Voorstel.Voorgesteld::wetsgrond)
                .contains(
                        tuple(OrgaanSoort.ALGEMEEN_BESTUUR, Lijn.TOEZICHT, Wetsgrond.WGR_ART_12),
                        tuple(OrgaanSoort.DAGELIJKS_BESTUUR, Lijn.TOEZICHT, Wetsgrond.WGR_ART_14),
                        tuple(OrgaanSoort.VOORZITTER, Lijn.TOEZICHT, Wetsgrond.WGR_ART_12),
                        tuple(OrgaanSoort.OPDRACHTGEVERSOVERLEG, Lijn.KLANT, null));
    }

    @Test
    void eenBedrijfsvoeringsorganisatieKrijgtEenBestuurEnGeenAlgemeenBestuur() {
        assertThat(soorten(Vorm.BEDRIJFSVOERINGSORGANISATIE))
                .contains(OrgaanSoort.BESTUUR, OrgaanSoort.OPDRACHTGEVERSOVERLEG)
                .doesNotContain(OrgaanSoort.ALGEMEEN_BESTUUR, OrgaanSoort.DAGELIJKS_BESTUUR);
        assertThat(Voorstel.voor(Vorm.BEDRIJFSVOERINGSORGANISATIE, GEMEENTEN)
                        .organen()
                        .get(0)
                        .wetsgrond())
                .isEqualTo(Wetsgrond.WGR_ART_14A);
    }

    @Test
    void eenGemeenschappelijkOrgaanEenCentrumregelingEnEenRegelingZonderMeer() {
        assertThat(soorten(Vorm.GEMEENSCHAPPELIJK_ORGAAN))
                .containsExactly(OrgaanSoort.GEMEENSCHAPPELIJK_ORGAAN, OrgaanSoort.OPDRACHTGEVERSOVERLEG);
        assertThat(soorten(Vorm.CENTRUMREGELING))
                .containsExactly(OrgaanSoort.CENTRUMGEMEENTE, OrgaanSoort.OPDRACHTGEVERSOVERLEG);
        assertThat(soorten(Vorm.REGELING_ZONDER_MEER)).containsExactly(OrgaanSoort.OPDRACHTGEVERSOVERLEG);
        assertThat(soorten(Vorm.PRIVAATRECHTELIJK))
                .contains(OrgaanSoort.AANDEELHOUDERSVERGADERING, OrgaanSoort.OPDRACHTGEVERSOVERLEG);
    }

    @Test
    void eenContractKrijgtEenAccountoverlegPerGemeenteEnGeenToezichtsorgaan() {
        Voorstel v = Voorstel.voor(Vorm.CONTRACT, GEMEENTEN);
        assertThat(v.organen())
                .extracting(Voorstel.Voorgesteld::soort, Voorstel.Voorgesteld::gemeenteCode)
                .containsExactly(
                        tuple(OrgaanSoort.ACCOUNTOVERLEG, "GM0355"), tuple(OrgaanSoort.ACCOUNTOVERLEG, "GM0310"));
        assertThat(v.organen()).allMatch(o -> o.lijn() == Lijn.KLANT);
    }

    @ParameterizedTest
    @EnumSource(Vorm.class)
    void elkeVormKrijgtEenKlantlijn(Vorm vorm) {
        assertThat(Voorstel.voor(vorm, GEMEENTEN).organen()).anyMatch(o -> o.lijn() == Lijn.KLANT);
    }
}
