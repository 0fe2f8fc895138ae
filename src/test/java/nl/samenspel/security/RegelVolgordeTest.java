package nl.samenspel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The access rules do not depend on the order of the modules: the same requests get the same decision whatever
 * order the modules' rules come in, and no rule is hidden behind a broader rule with another access.
 */
@SamenspelTest
class RegelVolgordeTest {

    private static final List<HttpMethod> METHODEN =
            List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    @Autowired
    ApplicationContext context;

    record Verzoek(HttpMethod methode, String pad) {}

    record Besluit(Toegang.Soort soort, Set<Rol> rollen) {
        static Besluit van(Toegang t) {
            return new Besluit(t.soort(), t.rollen());
        }
    }

    @Test
    void deVolgordeVanDeModulesMaaktNietUit() {
        List<List<Toegang>> perModule = context.getBeanProvider(ToegangsRegels.class).stream()
                .map(ToegangsRegels::regels)
                .toList();
        List<List<Toegang>> omgekeerd = new ArrayList<>(perModule);
        Collections.reverse(omgekeerd);
        List<Toegang> vooruit =
                RegelVolgorde.sorteer(perModule.stream().flatMap(List::stream).toList());
        List<Toegang> achteruit =
                RegelVolgorde.sorteer(omgekeerd.stream().flatMap(List::stream).toList());
        for (Verzoek v : verzoeken(vooruit)) {
            assertThat(besluit(achteruit, v)).as(v.toString()).isEqualTo(besluit(vooruit, v));
        }
    }

    @Test
    void geenRegelWordtVerborgenAchterEenRuimereRegelMetAndereToegang() {
        List<Toegang> regels = SecurityConfig.alleRegels(context.getBeanProvider(ToegangsRegels.class));
        for (Toegang r : regels) {
            for (HttpMethod m : r.methode() == null ? METHODEN : List.of(r.methode())) {
                Verzoek v = new Verzoek(m, voorbeeld(r.patroon()));
                assertThat(besluit(regels, v)).as("%s decided by %s", v, r).contains(Besluit.van(r));
            }
        }
    }

    @Test
    void tweeRegelsVoorHetzelfdeAdresMetAndereToegangZijnEenFout() {
        assertThatThrownBy(() -> RegelVolgorde.sorteer(List.of(
                        Toegang.ingelogd(HttpMethod.GET, "/x/**"),
                        Toegang.rollen(HttpMethod.GET, "/x/**", Rol.BEHEERDER))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eenSpecifiekerAdresGaatVoorEenRuimerUitWelkeModuleOokEerstKomt() {
        Toegang ruim = Toegang.rollen(HttpMethod.POST, "/samenwerkingen/**", Rol.AMBTENAAR);
        Toegang smal = Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/oefening-verwijderen", Rol.REGISSEUR);
        Verzoek v = new Verzoek(HttpMethod.POST, "/samenwerkingen/7/oefening-verwijderen");
        assertThat(besluit(RegelVolgorde.sorteer(List.of(ruim, smal)), v)).contains(Besluit.van(smal));
        assertThat(besluit(RegelVolgorde.sorteer(List.of(smal, ruim)), v)).contains(Besluit.van(smal));
    }

    /** One request per rule pattern and method: every wildcard filled in. */
    private static Set<Verzoek> verzoeken(List<Toegang> regels) {
        Set<Verzoek> uit = new LinkedHashSet<>();
        for (Toegang r : regels) {
            for (HttpMethod m : METHODEN) {
                uit.add(new Verzoek(m, voorbeeld(r.patroon())));
            }
        }
        return uit;
    }

    private static String voorbeeld(String patroon) {
        return patroon.replace("/**", "/x/y").replace("*", "7");
    }

    /** What the chain decides: the first matching rule, as Spring Security applies them. */
    static Optional<Besluit> besluit(List<Toegang> regels, Verzoek v) {
        PathContainer pad = PathContainer.parsePath(v.pad());
        return regels.stream()
                .filter(t -> t.methode() == null || t.methode() == v.methode())
                .filter(t ->
                        PathPatternParser.defaultInstance.parse(t.patroon()).matches(pad))
                .findFirst()
                .map(Besluit::van);
    }
}
