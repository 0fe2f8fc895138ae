package nl.samenspel.vorm;

import static nl.samenspel.vorm.Geschiktheid.PAST;
import static nl.samenspel.vorm.Geschiktheid.PAST_NIET;
import static nl.samenspel.vorm.Geschiktheid.PAST_ONDER_VOORWAARDEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import nl.samenspel.verkenning.Route;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The form advice as a pure function: the canonical situations of issue 12, with their reasons, and properties. */
class VormadviesTest {

    /** Nothing special: nothing moves, no levies, no custom service, low risk, a mutual need. */
    private static final Antwoorden NEUTRAAL = new Antwoorden(false, false, false, false, false, Risico.LAAG);

    private static Vormadvies advies(int partijen, List<Route> routes, Antwoorden a) {
        return Vormadvies.bereken(new Vormadvies.Invoer(partijen, routes, 0, a));
    }

    private static Vormadvies.Reden reden(Vormadvies advies, Vorm vorm, Criterium c) {
        return advies.van(vorm).redenen().stream()
                .filter(r -> r.criterium() == c)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void eenEenzijdigeBehoefteWijstNaarContractOfCentrumregelingNooitNaarEenNieuwLichaam() {
        Vormadvies a = advies(3, List.of(Route.INKOPEN, Route.INKOPEN), NEUTRAAL);

        for (Vorm v : List.of(
                Vorm.OPENBAAR_LICHAAM,
                Vorm.BEDRIJFSVOERINGSORGANISATIE,
                Vorm.GEMEENSCHAPPELIJK_ORGAAN,
                Vorm.PRIVAATRECHTELIJK)) {
            assertThat(a.van(v).geschiktheid()).as(v.name()).isEqualTo(PAST_NIET);
            Vormadvies.Reden r = reden(a, v, Criterium.BEHOEFTE);
            assertThat(r.geschiktheid()).isEqualTo(PAST_NIET);
            assertThat(r.tekst().sleutel()).isEqualTo("vorm.reden.BEHOEFTE.eenzijdig.nieuw");
            assertThat(r.wetsgrond()).isEqualTo(Wetsgrond.CONTRACT_DVO);
        }
        assertThat(reden(a, Vorm.CONTRACT, Criterium.BEHOEFTE).geschiktheid()).isEqualTo(PAST);
        assertThat(reden(a, Vorm.CENTRUMREGELING, Criterium.BEHOEFTE).geschiktheid())
                .isEqualTo(PAST);
        assertThat(reden(a, Vorm.CENTRUMREGELING, Criterium.BEHOEFTE).wetsgrond())
                .isEqualTo(Wetsgrond.WGR_ART_8_LID_4);
        assertThat(a.van(Vorm.CONTRACT).geschiktheid()).isNotEqualTo(PAST_NIET);
    }

    @Test
    void alleenBedrijfsvoeringPastBijEenBedrijfsvoeringsorganisatieDieCollegesOfBurgemeestersInstellen() {
        Antwoorden bedrijfsvoering = new Antwoorden(false, false, false, true, false, Risico.LAAG);
        Vormadvies a = advies(4, List.of(Route.SAMENWERKEN), bedrijfsvoering);

        assertThat(a.van(Vorm.BEDRIJFSVOERINGSORGANISATIE).geschiktheid()).isEqualTo(PAST);
        Vormadvies.Reden bvo = reden(a, Vorm.BEDRIJFSVOERINGSORGANISATIE, Criterium.BEDRIJFSVOERING);
        assertThat(bvo.wetsgrond()).isEqualTo(Wetsgrond.WGR_ART_8_LID_3);
        assertThat(bvo.tekst().sleutel()).isEqualTo("vorm.reden.BEDRIJFSVOERING.bvo");
        assertThat(reden(a, Vorm.OPENBAAR_LICHAAM, Criterium.BEDRIJFSVOERING).geschiktheid())
                .isEqualTo(PAST_ONDER_VOORWAARDEN);

        Vormadvies meer = advies(4, List.of(Route.SAMENWERKEN), NEUTRAAL);
        assertThat(meer.van(Vorm.BEDRIJFSVOERINGSORGANISATIE).geschiktheid()).isEqualTo(PAST_NIET);
        assertThat(reden(meer, Vorm.BEDRIJFSVOERINGSORGANISATIE, Criterium.BEDRIJFSVOERING)
                        .wetsgrond())
                .isEqualTo(Wetsgrond.WGR_ART_8_LID_3);
    }

    @Test
    void heffingenOverdragenKanAlleenEenOpenbaarLichaam() {
        Antwoorden heffingen = new Antwoorden(false, false, true, false, false, Risico.LAAG);
        Vormadvies a = advies(4, List.of(Route.SAMENWERKEN), heffingen);

        assertThat(a.van(Vorm.OPENBAAR_LICHAAM).geschiktheid()).isEqualTo(PAST);
        assertThat(reden(a, Vorm.OPENBAAR_LICHAAM, Criterium.HEFFINGEN).wetsgrond())
                .isEqualTo(Wetsgrond.WGR_ART_30);
        for (Vorm v :
                List.of(Vorm.BEDRIJFSVOERINGSORGANISATIE, Vorm.GEMEENSCHAPPELIJK_ORGAAN, Vorm.PRIVAATRECHTELIJK)) {
            Vormadvies.Reden r = reden(a, v, Criterium.HEFFINGEN);
            assertThat(r.geschiktheid()).as(v.name()).isEqualTo(PAST_NIET);
            assertThat(r.wetsgrond()).isEqualTo(Wetsgrond.WGR_ART_30);
            assertThat(a.van(v).geschiktheid()).isEqualTo(PAST_NIET);
        }
    }

    @Test
    void personeelDatOvergaatVraagtEenRechtspersoon() {
        Antwoorden personeel = new Antwoorden(true, false, false, false, false, Risico.LAAG);
        Vormadvies a = advies(4, List.of(Route.SAMENWERKEN), personeel);

        assertThat(reden(a, Vorm.OPENBAAR_LICHAAM, Criterium.PERSONEEL).geschiktheid())
                .isEqualTo(PAST);
        assertThat(reden(a, Vorm.PRIVAATRECHTELIJK, Criterium.PERSONEEL).geschiktheid())
                .isEqualTo(PAST);
        for (Vorm v : List.of(Vorm.GEMEENSCHAPPELIJK_ORGAAN, Vorm.REGELING_ZONDER_MEER)) {
            Vormadvies.Reden r = reden(a, v, Criterium.PERSONEEL);
            assertThat(r.geschiktheid()).as(v.name()).isEqualTo(PAST_NIET);
            assertThat(r.tekst().sleutel()).isEqualTo("vorm.reden.PERSONEEL.geen-rechtspersoon");
            assertThat(r.wetsgrond()).isEqualTo(v.grondslag());
        }
        assertThat(reden(a, Vorm.CENTRUMREGELING, Criterium.PERSONEEL).geschiktheid())
                .isEqualTo(PAST_ONDER_VOORWAARDEN);
        assertThat(reden(a, Vorm.CONTRACT, Criterium.PERSONEEL).geschiktheid()).isEqualTo(PAST_ONDER_VOORWAARDEN);
    }

    @Test
    void tweePartijenMetLichteAfstemmingHebbenGeenZwaarOpenbaarLichaamNodig() {
        Vormadvies a = advies(2, List.of(Route.SAMENWERKEN), NEUTRAAL);

        assertThat(a.van(Vorm.REGELING_ZONDER_MEER).geschiktheid()).isEqualTo(PAST);
        assertThat(a.van(Vorm.GEMEENSCHAPPELIJK_ORGAAN).geschiktheid()).isEqualTo(PAST);
        assertThat(a.van(Vorm.CENTRUMREGELING).geschiktheid()).isEqualTo(PAST);
        assertThat(a.van(Vorm.OPENBAAR_LICHAAM).geschiktheid()).isEqualTo(PAST_ONDER_VOORWAARDEN);
        Vormadvies.Reden ol = reden(a, Vorm.OPENBAAR_LICHAAM, Criterium.PARTIJEN);
        assertThat(ol.tekst().sleutel()).isEqualTo("vorm.reden.PARTIJEN.twee.ol");
        assertThat(ol.wetsgrond()).isEqualTo(Wetsgrond.WGR_ART_12);

        Vormadvies vijf = advies(5, List.of(Route.SAMENWERKEN), NEUTRAAL);
        assertThat(reden(vijf, Vorm.OPENBAAR_LICHAAM, Criterium.PARTIJEN).geschiktheid())
                .isEqualTo(PAST);
        assertThat(reden(vijf, Vorm.REGELING_ZONDER_MEER, Criterium.PARTIJEN).geschiktheid())
                .isEqualTo(PAST_ONDER_VOORWAARDEN);
    }

    @Test
    void eenPrivaatrechtelijkeVormPastHoogstensOnderVoorwaardenNaarArtikel160() {
        Vormadvies a = advies(3, List.of(Route.SAMENWERKEN), NEUTRAAL);
        Vormadvies.Reden r = reden(a, Vorm.PRIVAATRECHTELIJK, Criterium.INVLOED_RADEN);
        assertThat(r.geschiktheid()).isEqualTo(PAST_ONDER_VOORWAARDEN);
        assertThat(r.wetsgrond()).isEqualTo(Wetsgrond.GEMEENTEWET_ART_160);
        assertThat(a.van(Vorm.PRIVAATRECHTELIJK).geschiktheid()).isEqualTo(PAST_ONDER_VOORWAARDEN);
    }

    @Test
    void onbeantwoordeVragenZijnOpenEnTellenNietMeeHetAdviesRaadtNiet() {
        Vormadvies a = Vormadvies.bereken(new Vormadvies.Invoer(3, List.of(), 2, Antwoorden.GEEN));

        assertThat(a.openCriteria())
                .containsExactly(
                        Criterium.BEHOEFTE,
                        Criterium.PERSONEEL,
                        Criterium.VERMOGEN,
                        Criterium.HEFFINGEN,
                        Criterium.BEDRIJFSVOERING,
                        Criterium.MAATWERK,
                        Criterium.RISICO);
        Vormadvies.Reden r = reden(a, Vorm.GEMEENSCHAPPELIJK_ORGAAN, Criterium.PERSONEEL);
        assertThat(r.open()).isTrue();
        assertThat(r.tekst().sleutel()).isEqualTo("vorm.reden.PERSONEEL.open");
        assertThat(reden(a, Vorm.OPENBAAR_LICHAAM, Criterium.BEHOEFTE).tekst().argumenten())
                .containsExactly(2);
        // an open question about staff does not make a body without legal personality unsuitable
        assertThat(a.van(Vorm.GEMEENSCHAPPELIJK_ORGAAN).geschiktheid()).isEqualTo(PAST);
    }

    // ---- properties over a seeded generator ----

    private static List<Vormadvies.Invoer> willekeurig(long zaad, int aantal) {
        Random r = new Random(zaad);
        List<Vormadvies.Invoer> uit = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            List<Route> routes = new ArrayList<>();
            int taken = r.nextInt(5);
            for (int t = 0; t < taken; t++) {
                routes.add(Route.values()[r.nextInt(Route.values().length)]);
            }
            uit.add(new Vormadvies.Invoer(
                    r.nextInt(7),
                    routes,
                    r.nextInt(3),
                    new Antwoorden(
                            misschien(r),
                            misschien(r),
                            misschien(r),
                            misschien(r),
                            misschien(r),
                            r.nextInt(4) == 0 ? null : Risico.values()[r.nextInt(3)])));
        }
        return uit;
    }

    private static @Nullable Boolean misschien(Random r) {
        int k = r.nextInt(3);
        return k == 0 ? null : k == 1;
    }

    @ParameterizedTest(name = "zaad {0}")
    @ValueSource(longs = {1, 7, 42, 1234, 20261129})
    void eenNieuwLichaamPastNooitAlsElkeTaakDeRouteInkopenHeeft(long zaad) {
        for (Vormadvies.Invoer in : willekeurig(zaad, 300)) {
            int n = in.routes().size() + 1;
            Vormadvies.Invoer inkopen = new Vormadvies.Invoer(
                    in.partijen(), java.util.Collections.nCopies(n, Route.INKOPEN), 0, in.antwoorden());
            Vormadvies a = Vormadvies.bereken(inkopen);
            for (Vorm v : Vorm.values()) {
                if (v.nieuwLichaam()) {
                    assertThat(a.van(v).geschiktheid()).as(v + " " + inkopen).isEqualTo(PAST_NIET);
                }
            }
        }
    }

    @ParameterizedTest(name = "zaad {0}")
    @ValueSource(longs = {1, 7, 42, 1234, 20261129})
    void metHeffingenKanAlleenHetOpenbaarLichaamPassen(long zaad) {
        for (Vormadvies.Invoer in : willekeurig(zaad, 300)) {
            Antwoorden a = in.antwoorden();
            Antwoorden heffingen = new Antwoorden(
                    a.personeel(), a.vermogen(), true, a.alleenBedrijfsvoering(), a.maatwerk(), a.risico());
            Vormadvies advies = Vormadvies.bereken(new Vormadvies.Invoer(in.partijen(), in.routes(), 0, heffingen));
            for (Vorm v : Vorm.values()) {
                if (v != Vorm.OPENBAAR_LICHAAM) {
                    assertThat(advies.van(v).geschiktheid()).as(v + " " + in).isNotEqualTo(PAST);
                }
            }
        }
    }

    @ParameterizedTest(name = "zaad {0}")
    @ValueSource(longs = {1, 7, 42, 1234, 20261129})
    void hetOordeelIsHetSlechtsteBeantwoordeCriteriumEnElkeRedenHeeftEenBestaandeTekst(long zaad) throws IOException {
        Properties teksten = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/vorm.properties")) {
            teksten.load(new InputStreamReader(java.util.Objects.requireNonNull(in), StandardCharsets.UTF_8));
        }
        for (Vormadvies.Invoer in : willekeurig(zaad, 300)) {
            Vormadvies a = Vormadvies.bereken(in);
            for (Vorm v : Vorm.values()) {
                Vormadvies.Vormoordeel o = a.van(v);
                assertThat(o.vorm()).isEqualTo(v);
                assertThat(o.redenen()).extracting(Vormadvies.Reden::criterium).containsExactly(Criterium.values());
                Geschiktheid slechtste = o.redenen().stream()
                        .map(Vormadvies.Reden::geschiktheid)
                        .filter(java.util.Objects::nonNull)
                        .max(Enum::compareTo)
                        .orElse(PAST);
                assertThat(o.geschiktheid()).isEqualTo(slechtste);
                assertThat(o.geschiktheid()).isNotEqualTo(v == Vorm.PRIVAATRECHTELIJK ? PAST : null);
                for (Vormadvies.Reden r : o.redenen()) {
                    assertThat(teksten)
                            .as(r.tekst().sleutel())
                            .containsKey(r.tekst().sleutel());
                    assertThat(teksten).containsKey(r.wetsgrond().uitlegSleutel());
                }
            }
        }
    }
}
