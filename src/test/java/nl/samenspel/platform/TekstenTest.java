package nl.samenspel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** Texts come out as Spring's message source would give them, also when many page threads ask at once. */
class TekstenTest {

    private final Teksten teksten = new Teksten(bron());

    private static StaticMessageSource bron() {
        StaticMessageSource bron = new StaticMessageSource();
        bron.addMessage(
                "gevonden",
                Teksten.NL,
                "{0,choice,0#Geen gemeenten gevonden|1#1 gemeente gevonden|1<{0,number,integer} gemeenten gevonden}");
        bron.addMessage("groet", Teksten.NL, "Welkom, {0}. Je hebt {1} taken.");
        bron.addMessage("vast", Teksten.NL, "Geen argumenten, dus '{0}' blijft staan");
        bron.addMessage("stap", Teksten.NL, "Wat willen we");
        bron.addMessage("leeg", Teksten.NL, "In \u201e{0}\u201d staat nog niets (partijen: {1}).");
        return bron;
    }

    @Test
    void argumentenWordenIngevuldMetKeuzeEnGetalnotatie() {
        assertThat(teksten.t("gevonden", 0)).isEqualTo("Geen gemeenten gevonden");
        assertThat(teksten.t("gevonden", 1)).isEqualTo("1 gemeente gevonden");
        assertThat(teksten.t("gevonden", 1342)).isEqualTo("1.342 gemeenten gevonden");
        assertThat(teksten.t("groet", "Anna", 3)).isEqualTo("Welkom, Anna. Je hebt 3 taken.");
    }

    /** The domain hands over keys; a key inside the arguments (a step's label) is rendered too. */
    @Test
    void eenMeldingMetEenMeldingAlsArgumentWordtHeelVertaald() {
        assertThat(teksten.t(Melding.van("leeg", Melding.van("stap"), "Zeist, De Bilt")))
                .isEqualTo("In \u201eWat willen we\u201d staat nog niets (partijen: Zeist, De Bilt).");
    }

    @Test
    void zonderArgumentenBlijftDeTekstZoalsGeschreven() {
        assertThat(teksten.t("vast")).isEqualTo("Geen argumenten, dus '{0}' blijft staan");
    }

    @Test
    void eenOntbrekendeSleutelEnEenKantEnKlareZinKomenOngewijzigdTerug() {
        assertThat(teksten.t("bestaat.niet")).isEqualTo("bestaat.niet");
        assertThat(teksten.t("Wat is nog niet besproken door Zeist")).isEqualTo("Wat is nog niet besproken door Zeist");
    }

    @Test
    void veelDradenTegelijkKrijgenElkHunEigenJuisteTekst() throws Exception {
        ExecutorService draden = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> uitkomsten = new ArrayList<>();
            for (int d = 0; d < 8; d++) {
                int draad = d;
                uitkomsten.add(draden.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        int n = draad * 10_000 + i;
                        String verwacht = "Welkom, draad" + draad + ". Je hebt " + String.format(Teksten.NL, "%,d", n)
                                + " taken.";
                        if (!teksten.t("groet", "draad" + draad, n).equals(verwacht)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> uitkomst : uitkomsten) {
                assertThat(uitkomst.get()).isTrue();
            }
        } finally {
            draden.shutdownNow();
        }
    }
}
