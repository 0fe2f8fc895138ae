package nl.samenspel.gesprek;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.support.Rollen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The truth table of {@link GesprekRechten}, without Spring, for a conversation with Zeist: seen by the regisseur, a
 * beheerder, the uitvoerder who carries the samenwerking out and Zeist's own people, not by De Bilt; planned and
 * adjusted by the regisseur and Zeist's civil servant or alderman; notes and actions also by the uitvoerder; the
 * question bank by the regisseur. Archived, every JA becomes GEARCHIVEERD.
 */
class GesprekRechtenTest {

    // Columns: regisseur, other regisseur, beheerder, uitvoerder, uitvoerder with a seat, civil servant / alderman /
    // council member of Zeist, civil servant / alderman of De Bilt, civil servant of Utrecht (no party).
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            voeren     | J N N N N J J N N N N
            verslag    | J N N N J J J N N N N
            vragenbank | J N N N N N N N N N N
            """)
    void waarheidstabel(String actie, String cellen) {
        List<Recht> verwacht = Rollen.rij(cellen);
        for (int i = 0; i < Rollen.KOLOMMEN.size(); i++) {
            String wie = Rollen.KOLOMMEN.get(i);
            Gebruiker g = Rollen.gebruiker(wie);
            assertThat(regel(actie, g, Rollen.samenwerking(false)))
                    .as(actie + " door " + wie)
                    .isEqualTo(verwacht.get(i));
            assertThat(regel(actie, g, Rollen.samenwerking(true)))
                    .as(actie + " door " + wie + ", gearchiveerd")
                    .isEqualTo(verwacht.get(i) == Recht.JA ? Recht.GEARCHIVEERD : Recht.NEE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            zien | J N J N J J J J N N N
            """)
    void zienVanEenGesprekMetZeist(String actie, String cellen) {
        List<Recht> verwacht = Rollen.rij(cellen);
        for (int i = 0; i < Rollen.KOLOMMEN.size(); i++) {
            String wie = Rollen.KOLOMMEN.get(i);
            assertThat(GesprekRechten.zien(Rollen.gebruiker(wie), Rollen.samenwerking(false), Rollen.ZEIST))
                    .as(actie + " door " + wie)
                    .isEqualTo(verwacht.get(i) == Recht.JA);
        }
    }

    private static Recht regel(String actie, Gebruiker g, Samenwerking s) {
        return switch (actie) {
            case "voeren" -> GesprekRechten.voeren(g, s, Rollen.ZEIST);
            case "verslag" -> GesprekRechten.verslag(g, s, Rollen.ZEIST);
            case "vragenbank" -> GesprekRechten.vragenbank(g, s);
            default -> throw new IllegalArgumentException(actie);
        };
    }
}
