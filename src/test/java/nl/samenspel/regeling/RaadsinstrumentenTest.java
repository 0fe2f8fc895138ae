package nl.samenspel.regeling;

import static nl.samenspel.regeling.Raadsinstrumenten.Instrument.*;
import static org.assertj.core.api.Assertions.assertThat;

import nl.samenspel.vorm.Vorm;
import nl.samenspel.vorm.Wetsgrond;
import org.junit.jupiter.api.Test;

/** What each council can do per form (issue 12 point 6; ../shared/law/wgr.md §1–§3). */
class RaadsinstrumentenTest {

    @Test
    void bijEenOpenbaarLichaamAllesInclusiefAdviescommissieEnBegrotingIn12Weken() {
        assertThat(Raadsinstrumenten.voor(Vorm.OPENBAAR_LICHAAM))
                .containsExactly(
                        TOESTEMMING,
                        ZIENSWIJZE_REGELING,
                        ZIENSWIJZE_BEGROTING,
                        ZIENSWIJZE_BESLUITEN,
                        INLICHTINGEN_EN_VERANTWOORDING,
                        ACTIEVE_INFORMATIE,
                        ADVIESCOMMISSIE,
                        REGIONALE_ONDERZOEKSCOMMISSIE);
        assertThat(ZIENSWIJZE_BEGROTING.termijnWeken()).isEqualTo(12);
        assertThat(ZIENSWIJZE_BEGROTING.grondslag()).isEqualTo(Wetsgrond.WGR_ART_35);
        assertThat(ZIENSWIJZE_REGELING.termijnWeken()).isEqualTo(8);
    }

    @Test
    void bijEenBedrijfsvoeringsorganisatieOfGemeenschappelijkOrgaanGeenAdviescommissieWelOnderzoek() {
        for (Vorm v : new Vorm[] {Vorm.BEDRIJFSVOERINGSORGANISATIE, Vorm.GEMEENSCHAPPELIJK_ORGAAN}) {
            assertThat(Raadsinstrumenten.voor(v))
                    .as(v.name())
                    .contains(TOESTEMMING, ZIENSWIJZE_BEGROTING, REGIONALE_ONDERZOEKSCOMMISSIE)
                    .doesNotContain(ADVIESCOMMISSIE, WENSEN_EN_BEDENKINGEN);
        }
    }

    @Test
    void zonderEigenLichaamAlleenToestemmingEnZienswijzeOpHetOntwerp() {
        assertThat(Raadsinstrumenten.voor(Vorm.CENTRUMREGELING)).containsExactly(TOESTEMMING, ZIENSWIJZE_REGELING);
        assertThat(Raadsinstrumenten.voor(Vorm.REGELING_ZONDER_MEER)).containsExactly(TOESTEMMING, ZIENSWIJZE_REGELING);
    }

    @Test
    void privaatrechtelijkWensenEnBedenkingenContractWatHetCollegeRapporteert() {
        assertThat(Raadsinstrumenten.voor(Vorm.PRIVAATRECHTELIJK)).containsExactly(WENSEN_EN_BEDENKINGEN);
        assertThat(WENSEN_EN_BEDENKINGEN.grondslag()).isEqualTo(Wetsgrond.GEMEENTEWET_ART_160);
        assertThat(Raadsinstrumenten.voor(Vorm.CONTRACT)).containsExactly(COLLEGE_INFORMEERT);
    }
}
