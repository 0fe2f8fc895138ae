package nl.samenspel.samenwerking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.support.Rollen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The truth table of {@link SamenwerkingRechten}, without Spring: action x archived x user (role, own/other/no
 * municipality) -> JA / NEE / GEARCHIVEERD. Yes/no rules (seeing, history, creating) are J or N in both states.
 */
class SamenwerkingRechtenTest {

    static Recht vraag(String actie, Gebruiker g, Samenwerking s) {
        return switch (actie) {
            case "zien" -> Rollen.recht(SamenwerkingRechten.zien(g, s));
            case "regisseur-van" -> Rollen.recht(SamenwerkingRechten.regisseurVan(g, s));
            case "uitvoerder-van" -> Rollen.recht(SamenwerkingRechten.uitvoerderVan(g, s));
            case "partij-medewerker" -> Rollen.recht(SamenwerkingRechten.partijMedewerker(g, s));
            case "aanmaken" -> Rollen.recht(SamenwerkingRechten.aanmaken(g));
            case "historie-zien" -> Rollen.recht(SamenwerkingRechten.historieZien(g, s));
            case "oefening-maken" -> Rollen.recht(SamenwerkingRechten.oefeningMaken(g));
            case "wijzigen" -> SamenwerkingRechten.wijzigen(g, s);
            case "archiveren" -> SamenwerkingRechten.archiveren(g, s);
            case "dearchiveren" -> SamenwerkingRechten.dearchiveren(g, s);
            case "fase-wijzigen" -> SamenwerkingRechten.faseWijzigen(g, s);
            case "oefening-verwijderen" -> SamenwerkingRechten.oefeningVerwijderen(g, s);
            case "toets-erkennen" -> SamenwerkingRechten.toetsErkennen(g, s);
            default -> throw new IllegalArgumentException(actie);
        };
    }

    // Columns after the action and archived: regisseur, other regisseur, beheerder, uitvoerder without / with a seat
    // on the execution line, civil servant / alderman / council member of Zeist, civil servant / alderman of De Bilt,
    // civil servant of Utrecht (no party; listed as carrying it out, but no UITVOERDER).
    @ParameterizedTest(name = "{0}, gearchiveerd={1}")
    @CsvSource(delimiter = '|', textBlock = """
            zien                 | false | J N J N J J J J J J N
            zien                 | true  | J N J N J J J J J J N
            regisseur-van        | false | J N N N N N N N N N N
            regisseur-van        | true  | J N N N N N N N N N N
            uitvoerder-van       | false | N N N N J N N N N N N
            uitvoerder-van       | true  | N N N N J N N N N N N
            partij-medewerker    | false | N N N N N J J N J J N
            partij-medewerker    | true  | N N N N N J J N J J N
            aanmaken             | false | J J J N N N N N N N N
            aanmaken             | true  | J J J N N N N N N N N
            historie-zien        | false | J N J N N N N N N N N
            historie-zien        | true  | J N J N N N N N N N N
            oefening-maken       | false | J J N N N N N N N N N
            oefening-maken       | true  | J J N N N N N N N N N
            wijzigen             | false | J N N N N N N N N N N
            wijzigen             | true  | G N N N N N N N N N N
            archiveren           | false | J N N N N N N N N N N
            archiveren           | true  | G N N N N N N N N N N
            dearchiveren         | false | J N N N N N N N N N N
            dearchiveren         | true  | J N N N N N N N N N N
            fase-wijzigen        | false | J N N N N N N N N N N
            fase-wijzigen        | true  | G N N N N N N N N N N
            oefening-verwijderen | false | J N N N N N N N N N N
            oefening-verwijderen | true  | G N N N N N N N N N N
            toets-erkennen       | false | J N N N N N N N N N N
            toets-erkennen       | true  | G N N N N N N N N N N
            """)
    void waarheidstabel(String actie, boolean gearchiveerd, String cellen) {
        List<Recht> verwacht = Rollen.rij(cellen);
        Samenwerking s = Rollen.samenwerking(gearchiveerd);
        for (int i = 0; i < Rollen.KOLOMMEN.size(); i++) {
            String wie = Rollen.KOLOMMEN.get(i);
            assertThat(vraag(actie, Rollen.gebruiker(wie), s))
                    .as(actie + " door " + wie)
                    .isEqualTo(verwacht.get(i));
        }
    }
}
