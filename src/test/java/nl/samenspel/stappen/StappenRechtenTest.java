package nl.samenspel.stappen;

import static nl.samenspel.support.Rollen.DE_BILT;
import static nl.samenspel.support.Rollen.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.support.Rollen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The truth table of {@link StappenRechten}, without Spring: action (with who already discussed the step) x user
 * (role, own/other/no municipality) -> JA / NEE; archived, every JA becomes GEARCHIVEERD and every NEE stays NEE.
 */
class StappenRechtenTest {

    static final Doel DOEL_ZEIST = new Doel(9, DoelSoort.DOEL, "Minder kwetsbaar", null, null, 1, 0, ZEIST);
    static final Doel DOEL_REGISSEUR = new Doel(10, DoelSoort.DOEL, "Samen", null, null, 2, 0, null);

    static Recht vraag(String actie, Gebruiker g, Samenwerking s) {
        return switch (actie) {
            case "doel-toevoegen" -> StappenRechten.doelToevoegen(g, s);
            case "doel-zeist-wijzigen" -> StappenRechten.doelWijzigen(g, s, DOEL_ZEIST, Set.of());
            case "doel-zeist-wijzigen, zeist akkoord" -> StappenRechten.doelWijzigen(g, s, DOEL_ZEIST, Set.of(ZEIST));
            case "doel-zeist-wijzigen, bilt akkoord" -> StappenRechten.doelWijzigen(g, s, DOEL_ZEIST, Set.of(DE_BILT));
            case "doel-regisseur-wijzigen" -> StappenRechten.doelWijzigen(g, s, DOEL_REGISSEUR, Set.of());
            case "doel-zeist-verwijderen" -> StappenRechten.doelVerwijderen(g, s, DOEL_ZEIST, Set.of());
            case "doel-zeist-verwijderen, bilt akkoord" ->
                StappenRechten.doelVerwijderen(g, s, DOEL_ZEIST, Set.of(DE_BILT));
            case "werkwijze-wijzigen" -> StappenRechten.werkwijzeWijzigen(g, s, Set.of());
            case "werkwijze-wijzigen, zeist akkoord" -> StappenRechten.werkwijzeWijzigen(g, s, Set.of(ZEIST));
            case "spanning-toevoegen" -> StappenRechten.spanningToevoegen(g, s);
            case "spanning-wijzigen" -> StappenRechten.spanningWijzigen(g, s, Set.of());
            case "spanning-wijzigen, bilt akkoord" -> StappenRechten.spanningWijzigen(g, s, Set.of(DE_BILT));
            case "spanning-verwijderen" -> StappenRechten.spanningVerwijderen(g, s);
            case "dynamiek-toevoegen" -> StappenRechten.dynamiekToevoegen(g, s);
            case "dynamiek-wijzigen" -> StappenRechten.dynamiekWijzigen(g, s);
            case "dynamiek-verwijderen" -> StappenRechten.dynamiekVerwijderen(g, s);
            case "bespreken" -> StappenRechten.bespreken(g, s);
            case "namens zeist bespreken" -> StappenRechten.besprekenNamens(g, s, ZEIST);
            case "namens utrecht bespreken (geen partij)" -> StappenRechten.besprekenNamens(g, s, "GM0344");
            case "namens niemand bespreken" -> StappenRechten.besprekenNamens(g, s, null);
            case "uitstellen" -> StappenRechten.uitstellen(g, s);
            case "vaststellen voor zeist" -> StappenRechten.vaststellen(g, s, ZEIST);
            case "vaststellen voor de bilt" -> StappenRechten.vaststellen(g, s, DE_BILT);
            case "vaststellen voor utrecht (geen partij)" -> StappenRechten.vaststellen(g, s, "GM0344");
            case "vaststellen zonder gemeente" -> StappenRechten.vaststellen(g, s, null);
            case "vorm-ontgrendelen" -> StappenRechten.vormOntgrendelen(g, s);
            default -> throw new IllegalArgumentException(actie);
        };
    }

    // Columns: regisseur, other regisseur, beheerder, uitvoerder without / with a seat on the execution line, civil
    // servant / alderman / council member of Zeist, civil servant / alderman of De Bilt, civil servant of Utrecht (no
    // party). The uitvoerder with a seat reads the samenwerking but changes nothing.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            doel-toevoegen                       | J N N N N J J N J J N
            doel-zeist-wijzigen                  | J N N N N J J N N N N
            doel-zeist-wijzigen, zeist akkoord   | J N N N N J J N N N N
            doel-zeist-wijzigen, bilt akkoord    | J N N N N N N N N N N
            doel-regisseur-wijzigen              | J N N N N N N N N N N
            doel-zeist-verwijderen               | J N N N N J J N N N N
            doel-zeist-verwijderen, bilt akkoord | J N N N N N N N N N N
            werkwijze-wijzigen                   | J N N N N J J N J J N
            werkwijze-wijzigen, zeist akkoord    | J N N N N J J N N N N
            spanning-toevoegen                   | J N N N N J J N J J N
            spanning-wijzigen                    | J N N N N J J N J J N
            spanning-wijzigen, bilt akkoord      | J N N N N N N N J J N
            spanning-verwijderen                 | J N N N N N N N N N N
            dynamiek-toevoegen                   | J N N N N J J N J J N
            dynamiek-wijzigen                    | J N N N N N N N N N N
            dynamiek-verwijderen                 | J N N N N N N N N N N
            bespreken                            | N N N N N J J N J J N
            namens zeist bespreken               | J N N N N N N N N N N
            namens utrecht bespreken (geen partij) | N N N N N N N N N N N
            namens niemand bespreken             | N N N N N N N N N N N
            uitstellen                           | J N N N N N N N N N N
            vaststellen voor zeist               | J N N N N N J N N N N
            vaststellen voor de bilt             | J N N N N N N N N J N
            vaststellen voor utrecht (geen partij) | N N N N N N N N N N N
            vaststellen zonder gemeente          | N N N N N N N N N N N
            vorm-ontgrendelen                    | J N N N N N N N N N N
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
