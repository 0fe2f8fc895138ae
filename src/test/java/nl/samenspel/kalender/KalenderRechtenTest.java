package nl.samenspel.kalender;

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
 * The truth table of {@link KalenderRechten}, without Spring: planning and answering zienswijzen for the regisseur;
 * recording a zienswijze also for the civil servants and aldermen of the parties, for their own municipality only.
 * Archived, every JA becomes GEARCHIVEERD.
 */
class KalenderRechtenTest {

    // Columns: regisseur, other regisseur, beheerder, uitvoerder, uitvoerder with a seat, civil servant / alderman /
    // council member of Zeist, civil servant / alderman of De Bilt, civil servant of Utrecht (no party).
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            plannen               | J N N N N N N N N N N
            beantwoorden          | J N N N N N N N N N N
            zienswijze            | J N N N N J J N J J N
            zienswijze-van-zeist  | J N N N N J J N N N N
            """)
    void waarheidstabel(String actie, String cellen) {
        BiFunction<Gebruiker, Samenwerking, Recht> regel = switch (actie) {
            case "plannen" -> KalenderRechten::plannen;
            case "beantwoorden" -> KalenderRechten::beantwoorden;
            case "zienswijze" -> KalenderRechten::zienswijzeVastleggen;
            case "zienswijze-van-zeist" -> (g, s) -> KalenderRechten.zienswijzeVastleggen(g, s, Rollen.ZEIST);
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
