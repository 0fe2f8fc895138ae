package nl.samenspel.verkenning;

import static nl.samenspel.support.Rollen.DE_BILT;
import static nl.samenspel.support.Rollen.UTRECHT;
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
 * The truth table of {@link VerkenningRechten}, without Spring: action (with who answered a task in a shared
 * position) x user (role, own/other/no municipality) -> JA / NEE; archived, every JA becomes GEARCHIVEERD.
 */
class VerkenningRechtenTest {

    static final SamenwerkingTaak TAAK_ZEIST = new SamenwerkingTaak(7, 42, "WOZ", null, null, ZEIST, 0);
    static final SamenwerkingTaak TAAK_REGISSEUR = new SamenwerkingTaak(8, 42, "Heffen", null, null, null, 0);

    static Recht vraag(String actie, Gebruiker g, Samenwerking s) {
        return switch (actie) {
            case "taak-toevoegen" -> VerkenningRechten.taakToevoegen(g, s);
            case "zeist-taak-wijzigen" -> VerkenningRechten.taakWijzigen(g, s, TAAK_ZEIST, Set.of());
            case "zeist-taak-wijzigen, door zeist beantwoord" ->
                VerkenningRechten.taakWijzigen(g, s, TAAK_ZEIST, Set.of(ZEIST));
            case "zeist-taak-wijzigen, door bilt beantwoord" ->
                VerkenningRechten.taakWijzigen(g, s, TAAK_ZEIST, Set.of(DE_BILT));
            case "regisseurstaak-wijzigen" -> VerkenningRechten.taakWijzigen(g, s, TAAK_REGISSEUR, Set.of());
            case "zeist-taak-verwijderen" -> VerkenningRechten.taakVerwijderen(g, s, TAAK_ZEIST, Set.of(ZEIST));
            case "zeist-taak-verwijderen, door bilt beantwoord" ->
                VerkenningRechten.taakVerwijderen(g, s, TAAK_ZEIST, Set.of(ZEIST, DE_BILT));
            case "positie-zeist-schrijven" -> VerkenningRechten.positieSchrijven(g, s, ZEIST);
            case "positie-bilt-schrijven" -> VerkenningRechten.positieSchrijven(g, s, DE_BILT);
            case "positie-utrecht-schrijven" -> VerkenningRechten.positieSchrijven(g, s, UTRECHT);
            case "positie-zeist-delen" -> VerkenningRechten.positieDelen(g, s, ZEIST);
            case "positie-zeist-namens-schrijven" -> VerkenningRechten.positieNamensSchrijven(g, s, ZEIST);
            case "positie-utrecht-namens-schrijven" -> VerkenningRechten.positieNamensSchrijven(g, s, UTRECHT);
            case "positie-zeist-bevestigen" -> VerkenningRechten.positieBevestigen(g, s, ZEIST);
            case "route-vastleggen" -> VerkenningRechten.routeVastleggen(g, s);
            default -> throw new IllegalArgumentException(actie);
        };
    }

    // Columns: regisseur, other regisseur, beheerder, uitvoerder without / with a seat on the execution line, civil
    // servant / alderman / council member of Zeist, civil servant / alderman of De Bilt, civil servant of Utrecht (no
    // party). The uitvoerder with a seat reads the samenwerking but changes nothing.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            taak-toevoegen                               | J N N N N J J N J J N
            zeist-taak-wijzigen                          | J N N N N J J N N N N
            zeist-taak-wijzigen, door zeist beantwoord   | J N N N N J J N N N N
            zeist-taak-wijzigen, door bilt beantwoord    | J N N N N N N N N N N
            regisseurstaak-wijzigen                      | J N N N N N N N N N N
            zeist-taak-verwijderen                       | J N N N N J J N N N N
            zeist-taak-verwijderen, door bilt beantwoord | J N N N N N N N N N N
            positie-zeist-schrijven                      | N N N N N J J N N N N
            positie-bilt-schrijven                       | N N N N N N N N J J N
            positie-utrecht-schrijven                    | N N N N N N N N N N N
            positie-zeist-namens-schrijven               | J N N N N N N N N N N
            positie-utrecht-namens-schrijven             | N N N N N N N N N N N
            positie-zeist-bevestigen                     | N N N N N J J N N N N
            positie-zeist-delen                          | N N N N N J J N N N N
            route-vastleggen                             | J N N N N N N N N N N
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

    /**
     * Reading a position (ADR 0007): the regisseur every one, the municipality's own civil servants and aldermen
     * theirs, shared or not; a shared one also the readers of the other parties and the uitvoerder with a seat; an
     * unshared one nobody else. The same in an archived samenwerking.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            positie-zeist-lezen, gedeeld          | J N N N J J J J J J N
            positie-zeist-lezen, niet gedeeld     | J N N N N J J N N N N
            positie-utrecht-lezen (geen partij)   | N N N N N N N N N N N
            """)
    void positieLezen(String actie, String cellen) {
        List<Recht> verwacht = Rollen.rij(cellen);
        for (int i = 0; i < Rollen.KOLOMMEN.size(); i++) {
            String wie = Rollen.KOLOMMEN.get(i);
            Gebruiker g = Rollen.gebruiker(wie);
            for (boolean gearchiveerd : new boolean[] {false, true}) {
                Samenwerking s = Rollen.samenwerking(gearchiveerd);
                boolean mag = switch (actie) {
                    case "positie-zeist-lezen, gedeeld" -> VerkenningRechten.positieLezen(g, s, ZEIST, true);
                    case "positie-zeist-lezen, niet gedeeld" -> VerkenningRechten.positieLezen(g, s, ZEIST, false);
                    case "positie-utrecht-lezen (geen partij)" -> VerkenningRechten.positieLezen(g, s, UTRECHT, true);
                    default -> throw new IllegalArgumentException(actie);
                };
                assertThat(Rollen.recht(mag))
                        .as(actie + " door " + wie + (gearchiveerd ? ", gearchiveerd" : ""))
                        .isEqualTo(verwacht.get(i));
            }
        }
    }
}
