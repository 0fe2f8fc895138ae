package nl.samenspel.financien;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiFunction;
import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.support.Rollen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The truth table of {@link FinancienRechten}, without Spring: the key, budgets, events and term are the
 * regisseur's; that a raad was informed the regisseur records for any municipality and a civil servant or alderman
 * for their own only (here: Zeist's raad); a council member and an uitvoerder never write. Archived, every JA
 * becomes GEARCHIVEERD.
 */
class FinancienRechtenTest {

    // Columns: regisseur, other regisseur, beheerder, uitvoerder, uitvoerder with a seat, civil servant / alderman /
    // council member of Zeist, civil servant / alderman of De Bilt, civil servant of Utrecht (no party).
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            beheren              | J N N N N N N N N N N
            raadZeistInformeren  | J N N N N J J N N N N
            raadBiltInformeren   | J N N N N N N N J J N
            raadInformerenIets   | J N N N N J J N J J N
            """)
    void waarheidstabel(String actie, String cellen) {
        BiFunction<Gebruiker, Samenwerking, Recht> regel = switch (actie) {
            case "beheren" -> FinancienRechten::beheren;
            case "raadZeistInformeren" -> (g, s) -> FinancienRechten.raadInformeren(g, s, Rollen.ZEIST);
            case "raadBiltInformeren" -> (g, s) -> FinancienRechten.raadInformeren(g, s, Rollen.DE_BILT);
            case "raadInformerenIets" -> FinancienRechten::raadInformerenIets;
            default -> throw new IllegalArgumentException(actie);
        };
        List<Recht> verwacht = Rollen.rij(cellen);
        for (int i = 0; i < Rollen.KOLOMMEN.size(); i++) {
            String wie = Rollen.KOLOMMEN.get(i);
            Gebruiker g = Rollen.gebruiker(wie);
            assertThat(regel.apply(g, Rollen.samenwerking(false)))
                    .as(actie + " door " + wie)
                    .isEqualTo(verwacht.get(i));
            assertThat(regel.apply(g, Rollen.samenwerking(true)))
                    .as(actie + " door " + wie + ", gearchiveerd")
                    .isEqualTo(verwacht.get(i) == Recht.JA ? Recht.GEARCHIVEERD : Recht.NEE);
        }
    }
}
