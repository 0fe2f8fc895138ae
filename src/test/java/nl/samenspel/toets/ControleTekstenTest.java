package nl.samenspel.toets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.samenspel.platform.Teksten;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.toets.controles.Scenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every registered check's title, finding, explanation and intervention, rendered through the real message source
 * the way the toets page renders them, with the arguments the check itself emits when it fires on realistic facts
 * ({@link Scenarios}): no unfilled placeholder, no MessageFormat quote, no raw code, no "risicos", no missing key.
 * A check without a scenario fails here, so no new check's texts go unchecked.
 */
@SamenspelTest
class ControleTekstenTest {

    static final List<Pattern> VERBODEN = List.of(
            Pattern.compile("\\{\\d"), // unfilled placeholder
            Pattern.compile("''"), // MessageFormat quote rendered literally
            Pattern.compile("\\b(FASE|STAP):"), // raw onderwerp code
            Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b"), // a raw enum code (UNIFORMITEIT_MAATWERK, IN_ORDE, ...)
            Pattern.compile(
                    "\\b(VERKENNEN|ONDERHANDELEN|VORMGEVEN|AFSPREKEN|UITVOEREN|WAT|HOE|SPANNINGEN|VANZELFDYNAMIEK|VORM)\\b"),
            Pattern.compile("(?i)\\brisicos\\b"), // the apostrophe lost in a choice
            Pattern.compile("\\btoets\\.[a-z]+\\.")); // a key instead of a text

    @Autowired
    Toetser toetser;

    @Autowired
    ToetsService service;

    @Autowired
    Teksten teksten;

    static void schoon(String waar, String tekst) {
        assertThat(tekst).as(waar).isNotBlank();
        for (Pattern p : VERBODEN) {
            assertThat(p.matcher(tekst).find())
                    .as(waar + ": \"" + tekst + "\" has " + p)
                    .isFalse();
        }
    }

    static Bevinding bevinding(Controle c, Signaal s) {
        return new Bevinding(
                1,
                1,
                Weergave.VOLLEDIG,
                c.id(),
                s.onderwerp(),
                c.regel(),
                c.ernst(),
                Status.OPEN,
                s.argumenten(),
                Instant.now(),
                null,
                null,
                null,
                null,
                0,
                List.of());
    }

    /** Every finding every registered check emits on its scenarios, rendered. */
    List<ToetsService.BevindingWeergave> alleWeergaven() {
        Map<String, List<ToetsFeiten>> scenarios = Scenarios.perControle();
        List<ToetsService.BevindingWeergave> uit = new ArrayList<>();
        for (Controle c : toetser.controles()) {
            assertThat(scenarios.get(c.id()))
                    .as("check " + c.id() + " needs facts that make it fire in controles.Scenarios")
                    .isNotEmpty();
            for (ToetsFeiten f : scenarios.get(c.id())) {
                List<Signaal> signalen = c.evalueer(f);
                assertThat(signalen)
                        .as("a scenario of " + c.id() + " makes it fire")
                        .isNotEmpty();
                signalen.forEach(s -> uit.add(service.weergave(bevinding(c, s))));
            }
        }
        return uit;
    }

    @Test
    void elkeTekstVanElkeGeregistreerdeControleIsVolledigEnLeesbaar() {
        List<ToetsService.BevindingWeergave> weergaven = alleWeergaven();
        for (ToetsService.BevindingWeergave w : weergaven) {
            String waar = w.controle() + " " + w.onderwerp();
            schoon(waar + " titel", w.titel());
            schoon(waar + " bevinding", w.omschrijving());
            schoon(waar + " uitleg", w.uitleg());
            schoon(waar + " interventie", w.interventie());
        }
        assertThat(weergaven.stream()
                        .map(ToetsService.BevindingWeergave::controle)
                        .distinct())
                .hasSameSizeAs(toetser.controles());
    }

    @Test
    void bevindingenNoemenLabelsEnNamenNooitCodesOfNummers() {
        List<String> teksten = alleWeergaven().stream()
                .map(ToetsService.BevindingWeergave::omschrijving)
                .toList();
        assertThat(teksten)
                .contains(
                        "Stap Wat willen we was bij een faseovergang nog niet door alle partijen besproken, en is dat nog steeds niet.",
                        "De regisseur ging naar fase Afspreken hoewel nog niet alles klaar was.",
                        "De regisseur ging naar fase Uitvoeren en leren hoewel nog niet alles klaar was.",
                        "Het besluit over de stap Wat willen we is 2 keer heropend of uitgesteld.",
                        "Het besluit over de fase Vormgeven is 3 keer heropend of uitgesteld.",
                        "Bunnik heeft voor een taak (Invordering) nog niet aangegeven of zij de anderen nodig heeft.",
                        "Bunnik heeft voor 2 taken (WOZ-waardering, Invordering) nog niet aangegeven of zij de anderen nodig heeft.",
                        "Regisseur j.jansen is verbonden aan De Bilt, die zelf deelneemt aan de samenwerking.",
                        // Issue 12: the governance checks name persons, bodies, municipalities and tasks.
                        "Anna de Vries heeft een zetel in Algemeen bestuur (toezicht) en in Opdrachtgeversoverleg (klantrelatie).",
                        "Bram Bakker zit in Algemeen bestuur, waar toezicht wordt gehouden op de gezamenlijke organisatie, en heeft een inhoudelijke portefeuille (Financi\u00ebn, Jeugd).",
                        "De gekozen vorm levert diensten aan de gemeenten, maar er is nog geen orgaan op de klantlijn.",
                        "Bunnik heeft geen eigen plaats aan de klantkant: geen zetel in een orgaan waar de opdrachtgevers hun wensen en afspraken bespreken.",
                        "In Algemeen bestuur (toezicht) en Opdrachtgeversoverleg (klantrelatie) zitten precies dezelfde personen.",
                        "Voor Bunnik is geen toestemming van de gemeenteraad vastgelegd; die is nodig voordat de gemeente de regeling aangaat.",
                        "Voor Bunnik is geen toestemming van de gemeenteraad vastgelegd, terwijl de samenwerking al wordt uitgevoerd.",
                        "De gekozen vorm richt een nieuwe organisatie op, terwijl de partijen voor taak WOZ-waardering inkopen als route hebben vastgelegd; geen enkele taak doen zij samen.",
                        "De gekozen vorm richt een nieuwe organisatie op, terwijl de partijen voor taak WOZ-waardering inkopen als route hebben vastgelegd.",
                        // Issue 13: dates in words, municipalities and services by name, the choices filled in.
                        "Het gedoe dat op 1 maart 2027 werd gemeld (een tussendoortaak) is na meer dan zes weken nog aan geen forum voorgelegd.",
                        "Het gedoe dat op 1 maart 2027 werd gemeld (een verbroken koppeling) is meer dan zes weken na de melding nog niet besloten door het forum.",
                        "Van de gemeenteraden is nog niet vastgelegd wat zij van de samenwerking verwachten en wat hun is verteld.",
                        "Voor het vertrek van Bunnik per 1 juli 2027 zijn de voorwaarden en de afrekening nog niet vastgelegd.",
                        "Voor de opheffing per 1 mei 2027 is de vereffening nog niet vastgelegd.",
                        "Voor 2027 hebben alle 3 gemeenten precies dezelfde afspraak, terwijl zij verschillende einddoelen noemen.",
                        "Voor dienst Belastingen heeft De Bilt een eigen wens vastgelegd, maar de dienst heeft nog geen variant in de frontoffice.",
                        "Voor dienst Belastingen hebben Zeist, De Bilt en Bunnik eigen wensen vastgelegd, maar de dienst heeft nog geen variant in de frontoffice.",
                        "In de afspraak met Zeist voor 2027 heeft een regel meer indicatoren dan het plafond, zonder dat erbij staat waarom.",
                        "In de afspraak met Zeist voor 2027 hebben 2 regels meer indicatoren dan het plafond, zonder dat erbij staat waarom.",
                        "In de afspraak met Zeist voor 2027 dragen de regels samen 8 indicatoren; bij dit aantal resultaten (1) is dat meer dan het plafond toelaat.",
                        "De afspraak reserveert geen uren of geld om in de loop van het jaar in te vullen.",
                        "Geen van de 2 afspraken reserveert uren of geld om in de loop van het jaar in te vullen.",
                        "Voor 2027 staat een besparingstaakstelling geboekt, en in hetzelfde jaar wordt de buffer weggeorganiseerd.",
                        // Issue 14: kinds and moments in words, raden by name, the statutory article cited.
                        "Het tekort over 2027 is sinds 1 mei 2027 bekend, en de raden van De Bilt en Bunnik zijn na meer dan 28 dagen nog niet ingelicht.",
                        "De extra bijdrage over 2027 is sinds 1 mei 2027 bekend, en de raad van Bunnik is na meer dan 28 dagen nog niet ingelicht.",
                        "Over 2028 is een extra bijdrage van de gemeenten nodig (bekend sinds 1 juni 2027), in de eerste twee jaren van de samenwerking.",
                        "In de rapportage voor De Bilt over 1 januari 2027 tot en met 31 maart 2027 staan indicatorwaarden, maar 2 regels hebben nog geen toelichting op wat er gebeurde en waarom.",
                        "In de rapportage voor De Bilt over 1 januari 2027 tot en met 31 maart 2027 staan indicatorwaarden, maar een regel heeft nog geen toelichting op wat er gebeurde en waarom.",
                        "Van het dienstverleningsgesprek met Zeist op 1 mei 2027 is na meer dan 14 dagen nog geen verslag, bijsturing of actie vastgelegd.",
                        "Een actie uit het gesprek met Zeist van 15 april 2027 had op 1 juni 2027 klaar moeten zijn en is nog niet afgerond.",
                        "In de afspraken met Zeist is het aantal indicatoren twee keer achter elkaar gegroeid: van 4 naar 6 en daarna naar 9.",
                        "Voor begrotingsjaar 2029 is de uiterste dag voor de ontwerpbegroting naar de raden 1 juni 2027 (art. 35 lid 1 Wgr); het plan of wat er gebeurde ligt later dan de wet toestaat.",
                        "Voor begrotingsjaar 2028 is de uiterste dag voor de algemene financi\u00eble en beleidsmatige kaders naar de raden 30 april 2027 (art. 34b Wgr); die dag is voorbij en het is nog niet gedaan.",
                        "Voor begrotingsjaar 2028 is de uiterste dag voor de vastgestelde begroting naar Gedeputeerde Staten 1 juli 2027 (art. 34 lid 2 Wgr); die dag valt binnen vier weken en het is nog niet gedaan of op tijd gepland.",
                        "De zienswijze van de raad van Bunnik op de stukken voor begrotingsjaar 2028 heeft na het besluit van het bestuur op 1 juni 2027 nog geen schriftelijk antwoord met redenen.",
                        "Er is nog geen samenwerkingsscan gehouden, terwijl de samenwerking loopt.",
                        "De laatste samenwerkingsscan begon op 1 mei 2026, meer dan een jaar geleden.",
                        "Een actie uit het actieplan van de scan van 1 februari 2027 had op 1 mei 2027 klaar moeten zijn en is nog niet afgerond.");
        // R7.6 names every statutory moment in words of its own.
        assertThat(teksten)
                .filteredOn(t -> t.startsWith("Voor begrotingsjaar 2029 is de uiterste dag voor "))
                .hasSize(nl.samenspel.kalender.PcMoment.values().length)
                .doesNotHaveDuplicates();
        // A tension is named by its parties, as the register shows it; never by its database id (14).
        assertThat(teksten)
                .filteredOn(t -> t.contains("uniformiteit tegenover maatwerk"))
                .hasSize(4)
                .noneMatch(t -> t.contains("14") || t.contains("nummer"))
                .anyMatch(t ->
                        t.startsWith("Bij de spanning uniformiteit tegenover maatwerk tussen Zeist en De Bilt is "))
                .anyMatch(t -> t.startsWith(
                        "Bij de spanning uniformiteit tegenover maatwerk tussen Zeist, De Bilt en Bunnik is "))
                .anyMatch(t -> t.startsWith("Bij de spanning uniformiteit tegenover maatwerk van Bunnik is "))
                .anyMatch(t -> t.startsWith("Bij de spanning uniformiteit tegenover maatwerk is "));
    }

    @Test
    void deIndicatorEnDeRegelteksten_met1En2() {
        for (int n : new int[] {1, 2}) {
            for (int nietGetoetst : new int[] {0, 1, 2}) {
                ToetsService.Aantallen a = new ToetsService.Aantallen(n, n, n);
                for (Gezondheid g : Gezondheid.values()) {
                    String tekst = service.indicatorTekst(g, nietGetoetst, a, n);
                    schoon("indicator " + g + " " + n + "/" + nietGetoetst, tekst);
                    if (nietGetoetst > 0) {
                        assertThat(tekst).doesNotContainIgnoringCase("in orde");
                    }
                }
            }
        }
        assertThat(service.indicatorTekst(Gezondheid.RISICO, 0, new ToetsService.Aantallen(3, 0, 0), 2))
                .isEqualTo("Toets: 2 risico's, 3 open");
        assertThat(service.indicatorTekst(Gezondheid.RISICO, 3, new ToetsService.Aantallen(1, 0, 0), 1))
                .isEqualTo("Toets: 1 risico, 1 open \u00b7 3 van 7 regels nog niet getoetst");
        assertThat(service.indicatorTekst(Gezondheid.IN_ORDE, 2, new ToetsService.Aantallen(0, 0, 4), 0))
                .isEqualTo("Toets: geen open bevindingen \u00b7 2 van 7 regels nog niet getoetst");
        assertThat(service.indicatorTekst(Gezondheid.IN_ORDE, 0, new ToetsService.Aantallen(0, 0, 4), 0))
                .isEqualTo("Toets: in orde");
        for (int n : new int[] {1, 2}) {
            schoon("aantallen", teksten.t("toets.pagina.aantallen", n, n, n));
            schoon("niet getoetst", teksten.t("toets.pagina.niet-getoetst", n, 7));
            schoon("latere fase", teksten.t("toets.pagina.latere-fase", "Onderhandelen"));
        }
        for (int r = 1; r <= 7; r++) {
            schoon("regel " + r, teksten.t("toets.regel." + r));
        }
        for (Gezondheid g : Gezondheid.values()) {
            schoon("stand " + g, teksten.t("toets.gezondheid." + g.name()));
        }
        for (String sleutel : List.of("toets.pagina.geen-controle", "toets.totaal.geen-open", "toets.pagina.geen")) {
            schoon(sleutel, teksten.t(sleutel));
        }
    }

    /**
     * R1.9 passes the chosen form as its number, R2.6 and R3.1 the item as its place in their own list: every value
     * gets a sentence of its own, naming it.
     */
    @Test
    void issue12NoemtPerVormEnPerOnderdeelHetZelf() {
        java.util.Set<String> zinnen = new java.util.HashSet<>();
        for (nl.samenspel.vorm.Vorm v : nl.samenspel.vorm.Vorm.values()) {
            String zin = teksten.t("toets.controle.R1.9.bevinding", (long) v.ordinal());
            schoon("R1.9 " + v, zin);
            zinnen.add(zin);
        }
        assertThat(zinnen).hasSize(nl.samenspel.vorm.Vorm.values().length);
        assertThat(teksten.t("toets.controle.R1.9.bevinding", (long) nl.samenspel.vorm.Vorm.CENTRUMREGELING.ordinal()))
                .startsWith("Gekozen is een centrumregeling;");
        assertThat(teksten.t("toets.controle.R1.9.bevinding", (long) nl.samenspel.vorm.Vorm.CONTRACT.ordinal()))
                .startsWith("Gekozen is een contract;");
        for (String id : List.of("R2.6", "R3.1")) {
            java.util.Set<String> perOnderdeel = new java.util.HashSet<>();
            for (long i = 0; i < 3; i++) {
                String zin = teksten.t("toets.controle." + id + ".bevinding", i);
                schoon(id + " " + i, zin);
                perOnderdeel.add(zin);
            }
            assertThat(perOnderdeel).as(id).hasSize(3);
        }
        assertThat(teksten.t("toets.controle.R2.6.bevinding", 2L)).contains("adviescommissie");
        assertThat(teksten.t("toets.controle.R3.1.bevinding", 2L)).contains("evalueren");
    }

    /** R1.6 passes the end goal as its number and the sentence picks the words: both must name the same goal. */
    @Test
    void r16NoemtPerEinddoelHetEinddoelZelf() {
        for (nl.samenspel.verkenning.Einddoel e : nl.samenspel.verkenning.Einddoel.values()) {
            String zin = teksten.t("toets.controle.R1.6.bevinding", "Zeist", (long) e.ordinal(), "De Bilt");
            String label = teksten.t("verkenning.einddoel." + e.name()).toLowerCase(java.util.Locale.ROOT);
            assertThat(zin.toLowerCase(java.util.Locale.ROOT)).as(e.name()).contains(label);
        }
    }
}
