package nl.samenspel.scan;

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
 * The truth table of {@link ScanRechten}, without Spring: the regisseur opens and closes rounds and keeps the plan
 * but fills in for no party; the civil servant and alderman of Zeist fill in for Zeist only, those of De Bilt for De
 * Bilt only; only an uitvoerder with a seat fills in for the organisation; a council member and a non-party
 * municipality nothing. Archived, every JA becomes GEARCHIVEERD and every NEE stays NEE.
 */
class ScanRechtenTest {

    // Columns: regisseur, other regisseur, beheerder, uitvoerder, uitvoerder with a seat, civil servant / alderman /
    // council member of Zeist, civil servant / alderman of De Bilt, civil servant of Utrecht (no party).
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            beheren            | J N N N N N N N N N N
            invullenZeist      | N N N N N J J N N N N
            invullenBilt       | N N N N N N N N J J N
            invullenUtrecht    | N N N N N N N N N N N
            invullenOrganisatie| N N N N J N N N N N N
            actieAfronden      | J N N N J J J N J J N
            """)
    void waarheidstabel(String actie, String cellen) {
        BiFunction<Gebruiker, Samenwerking, Recht> regel = switch (actie) {
            case "beheren" -> ScanRechten::beheren;
            case "invullenZeist" -> (g, s) -> ScanRechten.invullen(g, s, Rollen.ZEIST);
            case "invullenBilt" -> (g, s) -> ScanRechten.invullen(g, s, Rollen.DE_BILT);
            case "invullenUtrecht" -> (g, s) -> ScanRechten.invullen(g, s, Rollen.UTRECHT);
            case "invullenOrganisatie" -> (g, s) -> ScanRechten.invullen(g, s, ScanFeiten.ORGANISATIE);
            case "actieAfronden" -> ScanRechten::actieAfronden;
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
