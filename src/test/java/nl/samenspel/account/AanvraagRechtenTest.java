package nl.samenspel.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.Rol;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Truth table of {@link AanvraagRechten}: who may ask for an account for a party, and who handles it. */
class AanvraagRechtenTest {

    private static final AanvraagBron.Bron SAMENWERKING =
            new AanvraagBron.Bron(1, "Samen", "rita", false, false, List.of("GM0355", "GM0331"));

    @ParameterizedTest(name = "{0} {1} ({2}): aanvragen={3}, afhandelen={4}")
    @CsvSource({
        "rita,  REGISSEUR,  ,       true,  false",
        "rob,   REGISSEUR,  ,       false, false",
        "rob,   REGISSEUR+RAADSLID, GM0355, false, false",
        "bea,   BEHEERDER,  ,       true,  true",
        "anne,  AMBTENAAR,  GM0355, false, false",
        "bert,  BESTUURDER, GM0355, false, false",
        "ria,   RAADSLID,   GM0355, false, false",
        "uwe,   UITVOERDER, ,       false, false",
    })
    void rechten(String naam, String rollen, @Nullable String gemeente, boolean aanvragen, boolean afhandelen) {
        Set<Rol> set = java.util.Arrays.stream(rollen.split("\\+"))
                .map(Rol::valueOf)
                .collect(java.util.stream.Collectors.toSet());
        Gebruiker g = new Gebruiker(1, naam, set, gemeente);
        assertThat(AanvraagRechten.aanvragen(g, SAMENWERKING)).isEqualTo(aanvragen);
        assertThat(AanvraagRechten.zien(g, SAMENWERKING)).isEqualTo(aanvragen);
        assertThat(AanvraagRechten.afhandelen(g)).isEqualTo(afhandelen);
    }
}
