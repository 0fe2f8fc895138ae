package nl.samenspel.bestuur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one list of portfolios that are about the organisation, not the content (rule 2). */
class PortefeuillesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"Financiën", "financien", "  FINANCIËN ", "Bedrijfsvoering", "P&O", "Personeel en  organisatie"})
    void financienBedrijfsvoeringEnPersoneelZijnNietInhoudelijk(String portefeuille) {
        assertThat(Portefeuilles.inhoudelijk(portefeuille)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jeugd", "Sociaal domein", "Belastingen", "Financiën en jeugd", "Afval"})
    void allesAndersIsInhoudelijk(String portefeuille) {
        assertThat(Portefeuilles.inhoudelijk(portefeuille)).isTrue();
    }

    @Test
    void eenBestuurlijkeZetelIsInhoudelijkMetMinstensEenInhoudelijkePortefeuille() {
        assertThat(Portefeuilles.inhoudelijk(ZetelRol.BESTUURLIJK, List.of("Financiën", "Jeugd")))
                .isTrue();
        assertThat(Portefeuilles.inhoudelijk(ZetelRol.BESTUURLIJK, List.of("Financiën", "Bedrijfsvoering")))
                .isFalse();
        assertThat(Portefeuilles.inhoudelijk(ZetelRol.BESTUURLIJK, List.of())).isFalse();
        assertThat(Portefeuilles.inhoudelijk(ZetelRol.AMBTELIJK, List.of("Jeugd")))
                .isFalse();
    }

    @Test
    void dePersoonIsHetAccountOfDeGenormaliseerdeNaamBinnenDeGemeente() {
        assertThat(Zetel.persoonSleutel("Jan  de Vries", "GM0355", null))
                .isEqualTo(Zetel.persoonSleutel(" jan de vries ", "GM0355", null));
        assertThat(Zetel.persoonSleutel("Jan de Vries", "GM0355", null))
                .isNotEqualTo(Zetel.persoonSleutel("Jan de Vries", "GM0310", null));
        assertThat(Zetel.persoonSleutel("J. de Vries", "GM0355", "jdevries"))
                .isEqualTo(Zetel.persoonSleutel("Jan de Vries", null, "jdevries"));
    }
}
