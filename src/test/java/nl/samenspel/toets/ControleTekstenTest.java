package nl.samenspel.toets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every check's title, finding, explanation and intervention, rendered the way the toets page renders them and with
 * the arguments the check really emits: no unfilled placeholder, no MessageFormat quote, no raw code or key.
 */
@SamenspelTest
class ControleTekstenTest {

    /** What each check puts in its signal (see the checks' evalueer): names, counts, and phase and step codes. */
    static final Map<String, List<List<String>>> VOORBEELDEN = Map.ofEntries(
            Map.entry("R1.1", List.of(List.of())),
            Map.entry("R1.2", List.of(List.of("De Bilt"))),
            Map.entry("R1.3", List.of(List.of())),
            Map.entry("R1.4", List.of(List.of("WAT"), List.of("VANZELFDYNAMIEK"))),
            Map.entry("R1.5", List.of(List.of("AFSPREKEN"), List.of("UITVOEREN"))),
            Map.entry("R4.1", List.of(List.of())),
            Map.entry("R4.2", List.of(List.of("12345"))),
            Map.entry("R5.1", List.of(List.of("WOZ-waardering", "0"), List.of("WOZ-waardering", "1"))),
            Map.entry(
                    "R5.2",
                    List.of(
                            List.of("Zeist", "WOZ-waardering", "1"),
                            List.of("Zeist", "WOZ-waardering, Invordering", "2"))),
            Map.entry("R5.3", List.of(List.of())),
            Map.entry("R5.4", List.of(List.of())),
            Map.entry("R6.1", List.of(List.of("STAP:WAT", "3"), List.of("FASE:VORMGEVEN", "2"))),
            Map.entry("R6.2", List.of(List.of("regisseur"), List.of(""))),
            Map.entry(
                    "R6.3",
                    List.of(
                            List.of("regisseur", "Zeist", "0", ""),
                            List.of("regisseur", "Zeist", "1", "WOZ-waardering"),
                            List.of("regisseur", "Zeist", "2", "WOZ-waardering, Invordering"))));

    private static final List<Pattern> VERBODEN = List.of(
            Pattern.compile("\\{\\d"), // unfilled placeholder
            Pattern.compile("''"), // MessageFormat quote rendered literally
            Pattern.compile("\\b(FASE|STAP):[A-Z_]+"), // raw onderwerp code
            Pattern.compile(
                    "\\b(VERKENNEN|ONDERHANDELEN|VORMGEVEN|AFSPREKEN|UITVOEREN|WAT|HOE|SPANNINGEN|VANZELFDYNAMIEK)\\b"),
            Pattern.compile("\\btoets\\.[a-z]+\\.")); // a key instead of a text

    @Autowired
    Toetser toetser;

    @Autowired
    ToetsService service;

    @Test
    void elkeControleHeeftVoorbeeldargumenten() {
        // A new check must add what it emits here, or its texts go unchecked.
        assertThat(VOORBEELDEN.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        toetser.controles().stream().map(Controle::id).toList());
    }

    @Test
    void elkeTekstVanElkeControleIsVolledigIngevuld() {
        int getoetst = 0;
        for (Controle c : toetser.controles()) {
            for (List<String> argumenten : VOORBEELDEN.getOrDefault(c.id(), List.of())) {
                Bevinding b = new Bevinding(
                        1,
                        1,
                        Weergave.VOLLEDIG,
                        c.id(),
                        "",
                        c.regel(),
                        c.ernst(),
                        Status.OPEN,
                        argumenten,
                        Instant.now(),
                        null,
                        null,
                        null,
                        null,
                        0,
                        List.of());
                ToetsService.BevindingWeergave w = service.weergave(b);
                for (String tekst : List.of(w.titel(), w.omschrijving(), w.uitleg(), w.interventie())) {
                    getoetst++;
                    assertThat(tekst).as(c.id() + " " + argumenten).isNotBlank();
                    for (Pattern p : VERBODEN) {
                        assertThat(p.matcher(tekst).find())
                                .as(c.id() + " " + argumenten + ": " + tekst + " has " + p)
                                .isFalse();
                    }
                }
                for (String arg : argumenten.stream()
                        .filter(a -> a.matches("[A-Z][a-z].*"))
                        .toList()) {
                    assertThat(w.omschrijving()).as("the finding names " + arg).contains(arg);
                }
            }
        }
        assertThat(getoetst).isGreaterThanOrEqualTo(4 * 14);
        assertThat(Stream.of("R1.4", "R1.5", "R6.1")
                        .map(id -> service.weergave(new Bevinding(
                                        1,
                                        1,
                                        Weergave.VOLLEDIG,
                                        id,
                                        "",
                                        1,
                                        Ernst.AANDACHT,
                                        Status.OPEN,
                                        VOORBEELDEN.get(id).get(0),
                                        Instant.now(),
                                        null,
                                        null,
                                        null,
                                        null,
                                        0,
                                        List.of()))
                                .omschrijving())
                        .toList())
                .containsExactly(
                        "Stap Wat willen we was bij een faseovergang nog niet door alle partijen besproken, en is dat nog steeds niet.",
                        "De regisseur ging naar fase Afspreken hoewel nog niet alles klaar was.",
                        "Het besluit over de stap Wat willen we is 3 keer heropend of uitgesteld.");
    }
}
