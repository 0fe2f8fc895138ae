package nl.samenspel.overgang;

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
 * The truth table of {@link OvergangRechten}, without Spring: the regisseur records the start, the transition and the
 * measures; the inventory also by whoever carries the samenwerking out and by a participating civil servant for what
 * comes from their own municipality; the expectations also by a participating civil servant or alderman. A council
 * member only reads. Archived, every JA becomes GEARCHIVEERD and every NEE stays NEE.
 */
class OvergangRechtenTest {

    static BiFunction<Gebruiker, Samenwerking, Recht> regel(String actie) {
        return switch (actie) {
            case "vastleggen" -> OvergangRechten::vastleggen;
            case "inventaris zonder gemeente" -> (g, s) -> OvergangRechten.inventaris(g, s, null);
            case "inventaris uit Zeist" -> (g, s) -> OvergangRechten.inventaris(g, s, Rollen.ZEIST);
            case "inventaris uit De Bilt" -> (g, s) -> OvergangRechten.inventaris(g, s, Rollen.DE_BILT);
            case "inventaris uit Utrecht" -> (g, s) -> OvergangRechten.inventaris(g, s, Rollen.UTRECHT);
            case "inventaris aanvullen" -> OvergangRechten::inventarisAanvullen;
            case "verwachtingen" -> OvergangRechten::verwachtingen;
            default -> throw new IllegalArgumentException(actie);
        };
    }

    // Columns: regisseur, other regisseur, beheerder, uitvoerder without and with a seat on the execution line,
    // civil servant / alderman / council member of Zeist, civil servant / alderman of De Bilt, civil servant of
    // Utrecht (no party).
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            vastleggen                | J N N N N N N N N N N
            inventaris zonder gemeente | J N N N J N N N N N N
            inventaris uit Zeist      | J N N N J J N N N N N
            inventaris uit De Bilt    | J N N N J N N N J N N
            inventaris uit Utrecht    | J N N N J N N N N N N
            inventaris aanvullen      | J N N N J J N N J N N
            verwachtingen             | J N N N N J J N J J N
            """)
    void waarheidstabel(String actie, String cellen) {
        List<Recht> verwacht = Rollen.rij(cellen);
        BiFunction<Gebruiker, Samenwerking, Recht> regel = regel(actie.strip());
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
