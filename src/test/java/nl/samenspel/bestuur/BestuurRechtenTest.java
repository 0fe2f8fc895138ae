package nl.samenspel.bestuur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.samenspel.samenwerking.Recht;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.support.Rollen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The truth table of {@link BestuurRechten}, without Spring: only the samenwerking's own regisseur designs the
 * bodies and seats; archived, that becomes GEARCHIVEERD and every NEE stays NEE.
 */
class BestuurRechtenTest {

    // Columns: regisseur, other regisseur, beheerder, uitvoerder, civil servant / alderman / council member of Zeist,
    // civil servant / alderman of De Bilt, civil servant of Utrecht (no party).
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ontwerpen | J N N N N N N N N N N
            """)
    void waarheidstabel(String actie, String cellen) {
        List<Recht> verwacht = Rollen.rij(cellen);
        for (int i = 0; i < Rollen.KOLOMMEN.size(); i++) {
            String wie = Rollen.KOLOMMEN.get(i);
            Gebruiker g = Rollen.gebruiker(wie);
            assertThat(BestuurRechten.ontwerpen(g, Rollen.samenwerking(false)))
                    .as(actie + " door " + wie)
                    .isEqualTo(verwacht.get(i));
            assertThat(BestuurRechten.ontwerpen(g, Rollen.samenwerking(true)))
                    .as(actie + " door " + wie + ", gearchiveerd")
                    .isEqualTo(verwacht.get(i) == Recht.JA ? Recht.GEARCHIVEERD : Recht.NEE);
        }
    }
}
