package nl.samenspel.rapportage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.samenspel.samenwerking.Recht;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.support.Rollen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The truth table of {@link RapportageRechten}, without Spring: the regisseur and the uitvoerder with a seat on the
 * execution line write reports; a report to Zeist is read by them and by Zeist's civil servant, alderman and council
 * member, not by De Bilt or Utrecht. Archived, writing becomes GEARCHIVEERD; reading stays.
 */
class RapportageRechtenTest {

    // Columns: regisseur, other regisseur, beheerder, uitvoerder, uitvoerder with a seat, civil servant / alderman /
    // council member of Zeist, civil servant / alderman of De Bilt, civil servant of Utrecht (no party).
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            schrijven        | J N N N J N N N N N N
            lezenZeist       | J N N N J J J J N N N
            lezenBilt        | J N N N J N N N J J N
            """)
    void waarheidstabel(String actie, String cellen) {
        List<Recht> verwacht = Rollen.rij(cellen);
        for (int i = 0; i < Rollen.KOLOMMEN.size(); i++) {
            String wie = Rollen.KOLOMMEN.get(i);
            Gebruiker g = Rollen.gebruiker(wie);
            for (boolean gearchiveerd : List.of(false, true)) {
                var s = Rollen.samenwerking(gearchiveerd);
                Recht uitkomst = switch (actie) {
                    case "schrijven" -> RapportageRechten.schrijven(g, s);
                    case "lezenZeist" -> RapportageRechten.lezen(g, s, Rollen.ZEIST) ? Recht.JA : Recht.NEE;
                    case "lezenBilt" -> RapportageRechten.lezen(g, s, Rollen.DE_BILT) ? Recht.JA : Recht.NEE;
                    default -> throw new IllegalArgumentException(actie);
                };
                Recht bedoeld = verwacht.get(i);
                if (gearchiveerd && actie.equals("schrijven") && bedoeld == Recht.JA) {
                    bedoeld = Recht.GEARCHIVEERD;
                }
                assertThat(uitkomst)
                        .as(actie + " door " + wie + (gearchiveerd ? ", gearchiveerd" : ""))
                        .isEqualTo(bedoeld);
            }
        }
    }
}
