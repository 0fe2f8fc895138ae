package nl.samenspel.afspraken;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.support.Rollen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The truth table of {@link AfsprakenRechten}, without Spring, for the DVO of Zeist: the regisseur and the uitvoerder
 * who carries the samenwerking out manage everything; Zeist's own civil servant and alderman change Zeist's lines
 * and wishes; agreeing and revising is the regisseur's or Zeist's alderman's; the council member only reads.
 * Archived, every JA becomes GEARCHIVEERD and every NEE stays NEE.
 */
class AfsprakenRechtenTest {

    // Columns: regisseur, other regisseur, beheerder, uitvoerder, uitvoerder with a seat, civil servant / alderman /
    // council member of Zeist, civil servant / alderman of De Bilt, civil servant of Utrecht (no party).
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            beheren          | J N N N J N N N N N N
            regels-zeist     | J N N N J J J N N N N
            wensen-zeist     | J N N N J J J N N N N
            vaststellen-zeist| J N N N N N J N N N N
            """)
    void waarheidstabel(String actie, String cellen) {
        List<Recht> verwacht = Rollen.rij(cellen);
        for (int i = 0; i < Rollen.KOLOMMEN.size(); i++) {
            String wie = Rollen.KOLOMMEN.get(i);
            Gebruiker g = Rollen.gebruiker(wie);
            assertThat(recht(actie, g, Rollen.samenwerking(false)))
                    .as(actie + " door " + wie)
                    .isEqualTo(verwacht.get(i));
            assertThat(recht(actie, g, Rollen.samenwerking(true)))
                    .as(actie + " door " + wie + ", gearchiveerd")
                    .isEqualTo(verwacht.get(i) == Recht.JA ? Recht.GEARCHIVEERD : Recht.NEE);
        }
    }

    private static Recht recht(String actie, Gebruiker g, Samenwerking s) {
        return switch (actie.strip()) {
            case "beheren" -> AfsprakenRechten.beheren(g, s);
            case "regels-zeist" -> AfsprakenRechten.regels(g, s, Rollen.ZEIST);
            case "wensen-zeist" -> AfsprakenRechten.wensen(g, s, Rollen.ZEIST);
            case "vaststellen-zeist" -> AfsprakenRechten.vaststellen(g, s, Rollen.ZEIST);
            default -> throw new IllegalArgumentException(actie);
        };
    }
}
