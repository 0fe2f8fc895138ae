package nl.samenspel.verkenning;

import static nl.samenspel.verkenning.BehoefteanalyseTest.BUNNIK;
import static nl.samenspel.verkenning.BehoefteanalyseTest.DE_BILT;
import static nl.samenspel.verkenning.BehoefteanalyseTest.UTRECHT;
import static nl.samenspel.verkenning.BehoefteanalyseTest.ZEIST;
import static nl.samenspel.verkenning.BehoefteanalyseTest.nodig;
import static nl.samenspel.verkenning.BehoefteanalyseTest.onderling;
import static nl.samenspel.verkenning.BehoefteanalyseTest.woz;
import static nl.samenspel.verkenning.Sterkte.ENIGSZINS;
import static nl.samenspel.verkenning.Sterkte.NIET;
import static nl.samenspel.verkenning.Sterkte.STERK;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
import nl.samenspel.platform.Teksten;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/** Every explanation the engine produces renders through {@link Teksten} into a complete Dutch sentence. */
class VerkenningTekstenTest {

    private static final Teksten TEKSTEN = teksten();

    private static Teksten teksten() {
        // Same settings as PlatformConfig, without starting the application.
        ReloadableResourceBundleMessageSource bron = new ReloadableResourceBundleMessageSource();
        bron.setBasenames("classpath:messages/verkenning");
        bron.setDefaultEncoding("UTF-8");
        bron.setFallbackToSystemLocale(false);
        return new Teksten(bron);
    }

    @Test
    void elkeSleutelStaatInHetBestand() throws IOException {
        Properties bestand = new Properties();
        try (Reader reader = new InputStreamReader(
                getClass().getResourceAsStream("/messages/verkenning.properties"), StandardCharsets.UTF_8)) {
            bestand.load(reader);
        }
        assertThat(bestand.stringPropertyNames()).containsAll(Sleutels.ALLE);
        // No forgotten templates: every explanation key in the file is one the engine can produce.
        assertThat(bestand.stringPropertyNames().stream().filter(k -> k.startsWith("verkenning.uitleg.")))
                .containsExactlyInAnyOrderElementsOf(Sleutels.ALLE);
        Stream.of(Sterkte.values(), Classificatie.values(), Advies.values(), Patroon.values(), Einddoel.values())
                .flatMap(Arrays::stream)
                .map(w ->
                        "verkenning." + w.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + "." + w.name())
                .forEach(sleutel -> assertThat(bestand).containsKey(sleutel));
    }

    @Test
    void deVoorbeeldenGebruikenElkeZinEnAllesWordtVolledigWeergegeven() {
        List<Uitleg> uitleg = uitleg(voorbeelden());

        assertThat(uitleg).extracting(Uitleg::sleutel).containsAll(Sleutels.ALLE);
        uitleg.forEach(VerkenningTekstenTest::wordtVolledigWeergegeven);
    }

    @Test
    void eenzijdigeBehoefteWordtInGewoonNederlandsUitgelegd() {
        TaakAnalyse taak = woz(List.of(DE_BILT, ZEIST), nodig(ZEIST, DE_BILT, STERK), nodig(DE_BILT, ZEIST, NIET));

        assertThat(render(taak.paren().get(0).uitleg()))
                .isEqualTo(
                        "Zeist heeft De Bilt sterk nodig voor de taak WOZ-taxatie, maar De Bilt geeft aan Zeist hiervoor niet"
                                + " nodig te hebben. Dan ligt inkopen meer voor de hand dan samenwerken: Zeist koopt de dienst"
                                + " bij De Bilt.");
    }

    @Test
    void ongelijkeAfhankelijkheidZegtWatDeMinstAfhankelijkeEraanHeeft() {
        TaakAnalyse taak = woz(List.of(DE_BILT, ZEIST), nodig(ZEIST, DE_BILT, STERK), nodig(DE_BILT, ZEIST, ENIGSZINS));

        assertThat(render(taak.paren().get(0).uitleg()))
                .startsWith(
                        "Zeist en De Bilt hebben elkaar allebei nodig voor de taak WOZ-taxatie, maar niet even sterk:"
                                + " Zeist heeft De Bilt sterk nodig, terwijl De Bilt Zeist maar enigszins nodig heeft.")
                .contains("Maak samen zichtbaar wat De Bilt aan deze samenwerking overhoudt");
    }

    @Test
    void enkelvoudEnMeervoudKloppen() {
        assertThat(render(Uitleg.van(Sleutels.ONVOLLEDIG, "ICT", 1))).contains("ontbreekt nog één antwoord");
        assertThat(render(Uitleg.van(Sleutels.ONVOLLEDIG, "ICT", 4))).contains("ontbreken nog 4 antwoorden");
        assertThat(render(Uitleg.van(Sleutels.LEVERANCIER, "ICT", "Utrecht", 3, "Zeist, De Bilt, Bunnik")))
                .isEqualTo("Voor de taak ICT hebben 3 partijen Utrecht nodig, terwijl Utrecht geen van hen nodig heeft:"
                        + " Zeist, De Bilt, Bunnik.");
        assertThat(render(Uitleg.van(Sleutels.PAAR_WEDERZIJDS, "Zeist", "De Bilt", "ICT", 1, 2)))
                .contains("Zeist heeft De Bilt enigszins nodig en De Bilt heeft Zeist sterk nodig");
    }

    static Stream<Long> zaden() {
        return Scenario.zaden(100);
    }

    @ParameterizedTest(name = "zaad {0}")
    @MethodSource("zaden")
    void willekeurigeAnalysesWordenVolledigWeergegeven(long zaad) {
        Scenario scenario = Scenario.willekeurig(new Random(zaad));
        uitleg(scenario.analyseer()).forEach(VerkenningTekstenTest::wordtVolledigWeergegeven);
    }

    private static void wordtVolledigWeergegeven(Uitleg uitleg) {
        String tekst = render(uitleg);
        assertThat(tekst).as(uitleg.sleutel()).isNotEqualTo(uitleg.sleutel()).doesNotContain("{", "}", "''", "#");
        for (Object argument : uitleg.argumenten()) {
            if (argument instanceof String naam) {
                assertThat(tekst).as(uitleg.sleutel()).contains(naam);
            }
        }
    }

    private static String render(Uitleg uitleg) {
        return TEKSTEN.t(uitleg.sleutel(), uitleg.argumenten().toArray());
    }

    private static List<Uitleg> uitleg(List<TaakAnalyse> analyse) {
        List<Uitleg> alle = new ArrayList<>();
        for (TaakAnalyse taak : analyse) {
            taak.paren().forEach(p -> alle.add(p.uitleg()));
            alle.addAll(taak.samenvatting().uitleg());
        }
        return alle;
    }

    /** One analysis per pattern, together producing every sentence the engine knows. */
    private static List<TaakAnalyse> voorbeelden() {
        List<Partij> vier = List.of(ZEIST, DE_BILT, BUNNIK, UTRECHT);
        List<TaakAnalyse> analyses = new ArrayList<>();

        List<Behoefte> groep = new ArrayList<>(onderling(ENIGSZINS, ZEIST, DE_BILT, BUNNIK));
        for (Partij lid : List.of(ZEIST, DE_BILT, BUNNIK)) {
            groep.addAll(List.of(nodig(lid, UTRECHT, NIET), nodig(UTRECHT, lid, NIET)));
        }
        analyses.add(woz(vier, groep));
        analyses.add(woz(List.of(ZEIST, DE_BILT), nodig(ZEIST, DE_BILT, STERK), nodig(DE_BILT, ZEIST, ENIGSZINS)));

        List<Behoefte> hub = new ArrayList<>(onderling(NIET, ZEIST, DE_BILT, BUNNIK));
        for (Partij koper : List.of(ZEIST, DE_BILT)) {
            hub.addAll(List.of(nodig(koper, UTRECHT, STERK), nodig(UTRECHT, koper, NIET)));
        }
        hub.addAll(List.of(nodig(BUNNIK, UTRECHT, NIET), nodig(UTRECHT, BUNNIK, NIET)));
        analyses.add(woz(vier, hub));

        List<Behoefte> gemengd = new ArrayList<>(onderling(STERK, ZEIST, DE_BILT));
        gemengd.addAll(List.of(nodig(BUNNIK, ZEIST, ENIGSZINS), nodig(ZEIST, BUNNIK, NIET)));
        gemengd.addAll(onderling(NIET, BUNNIK, DE_BILT));
        analyses.add(woz(List.of(ZEIST, DE_BILT, BUNNIK), gemengd));

        List<Behoefte> onvolledig = new ArrayList<>(onderling(STERK, ZEIST, DE_BILT));
        onvolledig.addAll(onderling(NIET, ZEIST, BUNNIK));
        onvolledig.addAll(List.of(nodig(BUNNIK, DE_BILT, STERK), nodig(UTRECHT, ZEIST, NIET)));
        analyses.add(woz(vier, onvolledig));

        analyses.add(woz(vier));
        analyses.add(woz(List.of(ZEIST)));
        analyses.add(woz(List.of(ZEIST, BUNNIK), onderling(NIET, ZEIST, BUNNIK)));
        return analyses;
    }
}
