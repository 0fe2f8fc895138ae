package nl.samenspel.regeling;

import static nl.samenspel.regeling.RegelingOnderdeel.*;
import static org.assertj.core.api.Assertions.assertThat;

import nl.samenspel.vorm.Vorm;
import org.junit.jupiter.api.Test;

/** What a regeling must contain per form (Wgr art. 9, 10 and the 2022 amendments; ../shared/law/wgr.md §1, §3). */
class RegelingOnderdeelTest {

    @Test
    void eenOpenbaarLichaamVraagtAllesOokDeAdviescommissie() {
        assertThat(vereistVoor(Vorm.OPENBAAR_LICHAAM)).containsExactly(RegelingOnderdeel.values());
    }

    @Test
    void eenBedrijfsvoeringsorganisatieVraagtVereffeningMaarGeenAdviescommissie() {
        assertThat(vereistVoor(Vorm.BEDRIJFSVOERINGSORGANISATIE))
                .contains(BEVOEGDHEDEN, VEREFFENING, VERANTWOORDING, ZIENSWIJZE_BESLUITEN, ACTIEVE_INFORMATIE)
                .doesNotContain(ADVIESCOMMISSIE);
    }

    @Test
    void eenGemeenschappelijkOrgaanIsGeenRechtspersoonEnKentGeenVereffening() {
        assertThat(vereistVoor(Vorm.GEMEENSCHAPPELIJK_ORGAAN))
                .contains(BEVOEGDHEDEN, BESTUURSSAMENSTELLING, VESTIGINGSPLAATS, VERANTWOORDING)
                .doesNotContain(VEREFFENING, ADVIESCOMMISSIE);
    }

    @Test
    void eenRegelingZonderEigenLichaamVraagtGeenBestuurVestigingOfRaadsinstrumenten() {
        for (Vorm v : new Vorm[] {Vorm.CENTRUMREGELING, Vorm.REGELING_ZONDER_MEER}) {
            assertThat(vereistVoor(v))
                    .as(v.name())
                    .containsExactly(
                            BELANGEN,
                            WIJZIGING,
                            TOETREDING,
                            OPHEFFING,
                            UITTREDING_VOORWAARDEN,
                            UITTREDING_GEVOLGEN,
                            EVALUATIE,
                            PARTICIPATIE);
        }
    }

    @Test
    void uittredingEnEvaluatieHorenBijElkeWgrVorm() {
        for (Vorm v : Vorm.values()) {
            if (v.wgr()) {
                assertThat(vereistVoor(v)).as(v.name()).containsAll(UITTREDING_EN_EVALUATIE);
            }
        }
    }

    @Test
    void eenContractOfPrivaatrechtelijkeRechtspersoonIsGeenWgrRegeling() {
        assertThat(vereistVoor(Vorm.CONTRACT)).isEmpty();
        assertThat(vereistVoor(Vorm.PRIVAATRECHTELIJK)).isEmpty();
    }

    @Test
    void alleenDeAdviescommissieMagBewustNietGekozenWorden() {
        for (RegelingOnderdeel o : RegelingOnderdeel.values()) {
            assertThat(OnderdeelStatus.magAfgewogen(o)).as(o.name()).isEqualTo(o == ADVIESCOMMISSIE);
        }
    }
}
