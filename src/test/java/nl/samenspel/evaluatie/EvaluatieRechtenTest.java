package nl.samenspel.evaluatie;

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
 * The truth table of {@link EvaluatieRechten}, without Spring: the regisseur does everything; an uitvoerder who
 * carries the samenwerking out may mark an action done; the civil servant and alderman of Zeist may announce and
 * fill in Zeist's uittreding (not De Bilt's), only the regisseur lets it take effect; a council member reads only.
 * Archived, every JA becomes GEARCHIVEERD and every NEE stays NEE.
 */
class EvaluatieRechtenTest {

    // Columns: regisseur, other regisseur, beheerder, uitvoerder, uitvoerder with a seat, civil servant / alderman /
    // council member of Zeist, civil servant / alderman of De Bilt, civil servant of Utrecht (no party).
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            evalueren                | J N N N N N N N N N N
            actieAfronden            | J N N N J N N N N N N
            uittredingZeist          | J N N N N J J N N N N
            uittredingBilt           | J N N N N N N N J J N
            uittredingAfronden       | J N N N N N N N N N N
            opheffen                 | J N N N N N N N N N N
            """)
    void waarheidstabel(String actie, String cellen) {
        BiFunction<Gebruiker, Samenwerking, Recht> regel = switch (actie) {
            case "evalueren" -> EvaluatieRechten::evalueren;
            case "actieAfronden" -> EvaluatieRechten::actieAfronden;
            case "uittredingZeist" -> (g, s) -> EvaluatieRechten.uittredingWijzigen(g, s, Rollen.ZEIST);
            case "uittredingBilt" -> (g, s) -> EvaluatieRechten.uittredingWijzigen(g, s, Rollen.DE_BILT);
            case "uittredingAfronden" -> EvaluatieRechten::uittredingAfronden;
            case "opheffen" -> EvaluatieRechten::opheffen;
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
