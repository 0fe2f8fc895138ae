package nl.samenspel.rechten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.samenwerking.GearchiveerdException;
import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.Rol;
import nl.samenspel.stappen.Doel;
import nl.samenspel.stappen.DoelSoort;
import nl.samenspel.stappen.StappenRechten;
import nl.samenspel.verkenning.SamenwerkingTaak;
import nl.samenspel.verkenning.VerkenningRechten;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.access.AccessDeniedException;

/**
 * The write matrix of docs/adr/0011-schrijfrechten.md as a truth table, straight on the policy classes (no Spring):
 * role x own/other municipality x action -> allowed (JA), refused (NEE); and every allowed cell becomes
 * GEARCHIVEERD once the samenwerking is archived, except taking it out of the archive.
 */
class SchrijfrechtenTest {

    static final String ZEIST = "GM0355";
    static final String DE_BILT = "GM0310";
    static final String UTRECHT = "GM0344";

    /** The acting user: the samenwerking's regisseur, another regisseur, or a role of Zeist (own) or De Bilt (other). */
    static Gebruiker gebruiker(String wie) {
        return switch (wie) {
            case "regisseur" -> new Gebruiker(1, "regisseur", Set.of(Rol.REGISSEUR), null);
            case "andere-regisseur" -> new Gebruiker(2, "regisseur2", Set.of(Rol.REGISSEUR), null);
            case "beheerder" -> new Gebruiker(3, "beheerder", Set.of(Rol.BEHEERDER), null);
            case "uitvoerder" -> new Gebruiker(4, "uitvoerder", Set.of(Rol.UITVOERDER), null);
            case "ambtenaar-eigen" -> new Gebruiker(5, "a1", Set.of(Rol.AMBTENAAR), ZEIST);
            case "bestuurder-eigen" -> new Gebruiker(6, "b1", Set.of(Rol.BESTUURDER), ZEIST);
            case "raadslid-eigen" -> new Gebruiker(7, "r1", Set.of(Rol.RAADSLID), ZEIST);
            case "ambtenaar-ander" -> new Gebruiker(8, "a2", Set.of(Rol.AMBTENAAR), DE_BILT);
            case "bestuurder-ander" -> new Gebruiker(9, "b2", Set.of(Rol.BESTUURDER), DE_BILT);
            case "ambtenaar-buiten" -> new Gebruiker(10, "a4", Set.of(Rol.AMBTENAAR), UTRECHT);
            default -> throw new IllegalArgumentException(wie);
        };
    }

    static Samenwerking samenwerking(boolean gearchiveerd) {
        return new Samenwerking(
                42,
                "Belastingen",
                "Samen",
                Fase.VERKENNEN,
                "regisseur",
                false,
                gearchiveerd,
                3,
                Instant.EPOCH,
                Instant.EPOCH,
                List.of(
                        new Gemeente(ZEIST, "Zeist", "Utrecht", "PV26", 1),
                        new Gemeente(DE_BILT, "De Bilt", "Utrecht", "PV26", 1)));
    }

    /** A task and a goal that Zeist added ("eigen" for Zeist's staff). */
    static final SamenwerkingTaak TAAK_ZEIST = new SamenwerkingTaak(7, 42, "WOZ", null, null, ZEIST, 0);

    static final SamenwerkingTaak TAAK_REGISSEUR = new SamenwerkingTaak(8, 42, "Heffen", null, null, null, 0);
    static final Doel DOEL_ZEIST = new Doel(9, DoelSoort.DOEL, "Minder kwetsbaar", null, null, 1, 0, ZEIST);

    static Recht vraag(String actie, Gebruiker g, Samenwerking s) {
        return switch (actie) {
            case "samenwerking-wijzigen" -> SamenwerkingRechten.wijzigen(g, s);
            case "archiveren" -> SamenwerkingRechten.archiveren(g, s);
            case "fase-wijzigen" -> SamenwerkingRechten.faseWijzigen(g, s);
            case "oefening-verwijderen" -> SamenwerkingRechten.oefeningVerwijderen(g, s);
            case "toets-erkennen" -> SamenwerkingRechten.toetsErkennen(g, s);
            case "taak-toevoegen" -> VerkenningRechten.taakToevoegen(g, s);
            case "eigen-taak-wijzigen" -> VerkenningRechten.taakWijzigen(g, s, TAAK_ZEIST, Set.of());
            case "eigen-taak-verwijderen" -> VerkenningRechten.taakVerwijderen(g, s, TAAK_ZEIST, Set.of(ZEIST));
            case "beantwoorde-taak-verwijderen" ->
                VerkenningRechten.taakVerwijderen(g, s, TAAK_ZEIST, Set.of(ZEIST, DE_BILT));
            case "regisseurstaak-wijzigen" -> VerkenningRechten.taakWijzigen(g, s, TAAK_REGISSEUR, Set.of());
            case "positie-zeist-schrijven" -> VerkenningRechten.positieSchrijven(g, s, ZEIST);
            case "positie-zeist-delen" -> VerkenningRechten.positieDelen(g, s, ZEIST);
            case "doel-toevoegen" -> StappenRechten.doelToevoegen(g, s);
            case "doel-zeist-verwijderen" -> StappenRechten.doelVerwijderen(g, s, DOEL_ZEIST, Set.of(ZEIST));
            case "doel-zeist-na-akkoord-bilt" -> StappenRechten.doelVerwijderen(g, s, DOEL_ZEIST, Set.of(DE_BILT));
            case "werkwijze-wijzigen" -> StappenRechten.werkwijzeWijzigen(g, s, Set.of());
            case "spanning-wijzigen" -> StappenRechten.spanningWijzigen(g, s, Set.of());
            case "spanning-verwijderen" -> StappenRechten.spanningVerwijderen(g, s);
            case "dynamiek-toevoegen" -> StappenRechten.dynamiekToevoegen(g, s);
            case "dynamiek-verwijderen" -> StappenRechten.dynamiekVerwijderen(g, s);
            case "besproken-markeren" -> StappenRechten.bespreken(g, s);
            case "uitstellen" -> StappenRechten.uitstellen(g, s);
            case "vorm-ontgrendelen" -> StappenRechten.vormOntgrendelen(g, s);
            default -> throw new IllegalArgumentException(actie);
        };
    }

    // Columns: action | regisseur | other regisseur | beheerder | uitvoerder | civil servant of Zeist | alderman of
    // Zeist | council member of Zeist | civil servant of De Bilt | alderman of De Bilt | civil servant of Utrecht
    // (not a party). J = allowed, N = refused.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            samenwerking-wijzigen        | J | N | N | N | N | N | N | N | N | N
            archiveren                   | J | N | N | N | N | N | N | N | N | N
            fase-wijzigen                | J | N | N | N | N | N | N | N | N | N
            oefening-verwijderen         | J | N | N | N | N | N | N | N | N | N
            toets-erkennen               | J | N | N | N | N | N | N | N | N | N
            taak-toevoegen               | J | N | N | N | J | J | N | J | J | N
            eigen-taak-wijzigen          | J | N | N | N | J | J | N | N | N | N
            eigen-taak-verwijderen       | J | N | N | N | J | J | N | N | N | N
            beantwoorde-taak-verwijderen | J | N | N | N | N | N | N | N | N | N
            regisseurstaak-wijzigen      | J | N | N | N | N | N | N | N | N | N
            positie-zeist-schrijven      | N | N | N | N | J | J | N | N | N | N
            positie-zeist-delen          | N | N | N | N | J | J | N | N | N | N
            doel-toevoegen               | J | N | N | N | J | J | N | J | J | N
            doel-zeist-verwijderen       | J | N | N | N | J | J | N | N | N | N
            doel-zeist-na-akkoord-bilt   | J | N | N | N | N | N | N | N | N | N
            werkwijze-wijzigen           | J | N | N | N | J | J | N | J | J | N
            spanning-wijzigen            | J | N | N | N | J | J | N | J | J | N
            spanning-verwijderen         | J | N | N | N | N | N | N | N | N | N
            dynamiek-toevoegen           | J | N | N | N | J | J | N | J | J | N
            dynamiek-verwijderen         | J | N | N | N | N | N | N | N | N | N
            besproken-markeren           | N | N | N | N | J | J | N | J | J | N
            uitstellen                   | J | N | N | N | N | N | N | N | N | N
            vorm-ontgrendelen            | J | N | N | N | N | N | N | N | N | N
            """)
    void waarheidstabel(
            String actie,
            String regisseur,
            String andereRegisseur,
            String beheerder,
            String uitvoerder,
            String ambtenaarEigen,
            String bestuurderEigen,
            String raadslidEigen,
            String ambtenaarAnder,
            String bestuurderAnder,
            String ambtenaarBuiten) {
        String[] wie = {
            "regisseur",
            "andere-regisseur",
            "beheerder",
            "uitvoerder",
            "ambtenaar-eigen",
            "bestuurder-eigen",
            "raadslid-eigen",
            "ambtenaar-ander",
            "bestuurder-ander",
            "ambtenaar-buiten"
        };
        String[] verwacht = {
            regisseur,
            andereRegisseur,
            beheerder,
            uitvoerder,
            ambtenaarEigen,
            bestuurderEigen,
            raadslidEigen,
            ambtenaarAnder,
            bestuurderAnder,
            ambtenaarBuiten
        };
        for (int i = 0; i < wie.length; i++) {
            Gebruiker g = gebruiker(wie[i]);
            boolean mag = "J".equals(verwacht[i]);
            assertThat(vraag(actie, g, samenwerking(false)))
                    .as(actie + " door " + wie[i])
                    .isEqualTo(mag ? Recht.JA : Recht.NEE);
            // Archived: whoever had the right now meets "archived" (409); whoever had none still gets 403.
            assertThat(vraag(actie, g, samenwerking(true)))
                    .as(actie + " door " + wie[i] + ", gearchiveerd")
                    .isEqualTo(mag ? Recht.GEARCHIVEERD : Recht.NEE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"regisseur, true", "andere-regisseur, false", "beheerder, false", "ambtenaar-eigen, false"})
    void alleenDeEigenRegisseurHaaltUitHetArchief(String wie, boolean mag) {
        assertThat(SamenwerkingRechten.dearchiveren(gebruiker(wie), samenwerking(true)))
                .isEqualTo(mag ? Recht.JA : Recht.NEE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ambtenaar-eigen", "bestuurder-eigen"})
    void eigenHoeNietMeerNaAkkoordVanEenAnderePartij(String wie) {
        Gebruiker g = gebruiker(wie);
        assertThat(StappenRechten.werkwijzeWijzigen(g, samenwerking(false), Set.of(ZEIST)))
                .isEqualTo(Recht.JA);
        assertThat(StappenRechten.werkwijzeWijzigen(g, samenwerking(false), Set.of(DE_BILT)))
                .isEqualTo(Recht.NEE);
        assertThat(StappenRechten.spanningWijzigen(g, samenwerking(false), Set.of(DE_BILT)))
                .isEqualTo(Recht.NEE);
    }

    @org.junit.jupiter.api.Test
    void eisGooitDeJuisteFout() {
        Samenwerking s = samenwerking(true);
        assertThatThrownBy(() -> Recht.NEE.eis(s, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Recht.GEARCHIVEERD.eis(s, "x")).isInstanceOf(GearchiveerdException.class);
        Recht.JA.eis(s, "x");
    }
}
