package nl.samenspel.regeling;

import static nl.samenspel.support.Rollen.DE_BILT;
import static nl.samenspel.support.Rollen.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.support.Rollen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The truth table of {@link RegelingRechten}, without Spring: the checklist and the draft are the regisseur's; a
 * raad's decision is the regisseur's or its own municipality's civil servants' and bestuurders', never a council
 * member's or another municipality's. Archived, every JA becomes GEARCHIVEERD.
 */
class RegelingRechtenTest {

    static Recht vraag(String actie, Gebruiker g, Samenwerking s) {
        return switch (actie) {
            case "onderdeel markeren" -> RegelingRechten.onderdeelMarkeren(g, s);
            case "ontwerp verzonden" -> RegelingRechten.ontwerpVerzonden(g, s);
            case "raadsbesluit zeist" -> RegelingRechten.raadsbesluit(g, s, ZEIST);
            case "raadsbesluit de bilt" -> RegelingRechten.raadsbesluit(g, s, DE_BILT);
            case "raadsbesluit utrecht (geen partij)" -> RegelingRechten.raadsbesluit(g, s, "GM0344");
            case "raadsbesluit zonder gemeente" -> RegelingRechten.raadsbesluit(g, s, null);
            default -> throw new IllegalArgumentException(actie);
        };
    }

    // Columns (support/Rollen): regisseur, other regisseur, beheerder, uitvoerder without and with a seat, civil
    // servant / bestuurder / council member of Zeist, civil servant / bestuurder of De Bilt, civil servant of Utrecht.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            onderdeel markeren                 | J N N N N N N N N N N
            ontwerp verzonden                  | J N N N N N N N N N N
            raadsbesluit zeist                 | J N N N N J J N N N N
            raadsbesluit de bilt               | J N N N N N N N J J N
            raadsbesluit utrecht (geen partij) | N N N N N N N N N N N
            raadsbesluit zonder gemeente       | N N N N N N N N N N N
            """)
    void waarheidstabel(String actie, String cellen) {
        List<Recht> verwacht = Rollen.rij(cellen);
        for (int i = 0; i < Rollen.KOLOMMEN.size(); i++) {
            String wie = Rollen.KOLOMMEN.get(i);
            Gebruiker g = Rollen.gebruiker(wie);
            assertThat(vraag(actie, g, Rollen.samenwerking(false)))
                    .as(actie + " door " + wie)
                    .isEqualTo(verwacht.get(i));
            assertThat(vraag(actie, g, Rollen.samenwerking(true)))
                    .as(actie + " door " + wie + ", gearchiveerd")
                    .isEqualTo(verwacht.get(i) == Recht.JA ? Recht.GEARCHIVEERD : Recht.NEE);
        }
    }
}
