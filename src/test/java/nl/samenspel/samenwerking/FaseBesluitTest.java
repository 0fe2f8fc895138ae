package nl.samenspel.samenwerking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.platform.Melding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The samenwerking's own rule for a phase change, without Spring: the transition or every reason it refuses. */
class FaseBesluitTest {

    private static final long VERSIE = 7;
    private static final List<Melding> MIST =
            List.of(Melding.van("stappen.ontbreekt.inhoud", Melding.van("stap.WAT.label")));
    /** From ONDERHANDELEN, VORMGEVEN and every later phase miss something; nothing else does. */
    private static final Map<Fase, List<Melding>> PER_FASE =
            Map.of(Fase.VORMGEVEN, MIST, Fase.AFSPREKEN, MIST, Fase.UITVOEREN, MIST);

    private static Samenwerking in(Fase fase) {
        return new Samenwerking(
                1,
                "Titel",
                "Omschrijving",
                fase,
                "regisseur",
                false,
                false,
                VERSIE,
                Instant.EPOCH,
                Instant.EPOCH,
                List.<Gemeente>of());
    }

    static Stream<Arguments> weigeringen() {
        String lang = "x".repeat(Samenwerking.MAX_REDEN + 1);
        return Stream.of(
                Arguments.of("geen fase", null, null, VERSIE, List.of("samenwerking.fase.verplicht")),
                Arguments.of("dezelfde fase", Fase.ONDERHANDELEN, null, VERSIE, List.of("samenwerking.fase.zelfde")),
                Arguments.of("lege reden", Fase.VERKENNEN, "  ", VERSIE, List.of("samenwerking.reden.leeg")),
                Arguments.of("te lange reden", Fase.VERKENNEN, lang, VERSIE, List.of("samenwerking.reden.te-lang")),
                Arguments.of("verouderde versie", Fase.VERKENNEN, null, VERSIE - 1, List.of("fout.versie-conflict")),
                Arguments.of(
                        "voorbij VORMGEVEN zonder reden",
                        Fase.UITVOEREN,
                        null,
                        VERSIE,
                        List.of("samenwerking.fase.voorwaarden")),
                Arguments.of(
                        "alles tegelijk",
                        Fase.ONDERHANDELEN,
                        " ",
                        VERSIE + 1,
                        List.of("samenwerking.fase.zelfde", "samenwerking.reden.leeg", "fout.versie-conflict")),
                Arguments.of(
                        "verouderd en voorwaarden",
                        Fase.VORMGEVEN,
                        null,
                        0L,
                        List.of("fout.versie-conflict", "samenwerking.fase.voorwaarden")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("weigeringen")
    void weigertEnNoemtElkeReden(String geval, Fase naar, String reden, long versie, List<String> sleutels) {
        FaseBesluit besluit = in(Fase.ONDERHANDELEN).naarFase(naar, reden, versie, PER_FASE);
        assertThat(besluit)
                .isInstanceOfSatisfying(
                        FaseBesluit.Geweigerd.class,
                        g -> assertThat(g.sleutels()).containsExactlyElementsOf(sleutels));
    }

    @Test
    void deVoorwaardenNoemenWatOntbreektEnDeInvoerfoutenHunVeld() {
        FaseBesluit.Geweigerd g =
                (FaseBesluit.Geweigerd) in(Fase.ONDERHANDELEN).naarFase(Fase.AFSPREKEN, null, VERSIE, PER_FASE);
        assertThat(g.redenen()).singleElement().satisfies(r -> {
            assertThat(r.soort()).isEqualTo(FaseBesluit.Soort.VOORWAARDEN);
            assertThat(r.argumenten()).containsExactlyElementsOf(MIST);
        });
        FaseBesluit.Geweigerd leeg =
                (FaseBesluit.Geweigerd) in(Fase.ONDERHANDELEN).naarFase(Fase.VERKENNEN, "", VERSIE, PER_FASE);
        assertThat(leeg.redenen()).singleElement().satisfies(r -> {
            assertThat(r.soort()).isEqualTo(FaseBesluit.Soort.INVOER);
            assertThat(r.veld()).isEqualTo("reden");
        });
    }

    @Test
    void vooruitZonderOntbrekendeVoorwaardenIsEenGewoneOvergang() {
        assertThat(in(Fase.VERKENNEN).naarFase(Fase.ONDERHANDELEN, null, VERSIE, PER_FASE))
                .isEqualTo(new FaseBesluit.Overgang(Fase.VERKENNEN, Fase.ONDERHANDELEN, false, null, List.of()));
    }

    @Test
    void metEenRedenGaatHetTochDoorAlsOverride() {
        assertThat(in(Fase.ONDERHANDELEN).naarFase(Fase.UITVOEREN, "  De raad wil het  ", VERSIE, PER_FASE))
                .isEqualTo(new FaseBesluit.Overgang(Fase.ONDERHANDELEN, Fase.UITVOEREN, true, "De raad wil het", MIST));
    }

    @Test
    void terugVraagtGeenVoorwaarden() {
        // Even if a caller passes what a later phase misses, going back does not look at it.
        assertThat(in(Fase.UITVOEREN).naarFase(Fase.VERKENNEN, null, VERSIE, Map.of(Fase.VERKENNEN, MIST)))
                .isEqualTo(new FaseBesluit.Overgang(Fase.UITVOEREN, Fase.VERKENNEN, false, null, List.of()));
    }
}
