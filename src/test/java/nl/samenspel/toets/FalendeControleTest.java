package nl.samenspel.toets;

import static nl.samenspel.toets.ToetsData.HOUTEN;
import static nl.samenspel.toets.ToetsData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.samenspel.account.AccountService;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.toets.controles.AlleControles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** A check that throws says nothing: its earlier findings stay open, and the other checks still run. */
@SamenspelTest
class FalendeControleTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ToetsLezer lezer;

    @Autowired
    BevindingRepository bevindingen;

    @Autowired
    Toetser toetser;

    @Autowired
    TransactionTemplate transactie;

    /** Stands in for R1.2 and always fails, as a check with a bug would. */
    record Kapot(Controle echt) implements Controle {
        @Override
        public String id() {
            return echt.id();
        }

        @Override
        public Ernst ernst() {
            return echt.ernst();
        }

        @Override
        public List<Signaal> evalueer(ToetsFeiten feiten) {
            throw new IllegalStateException("kapotte controle in de test");
        }
    }

    private List<Bevinding> open(long id, String controle) {
        return bevindingen.vanSamenwerkingen(List.of(id)).getOrDefault(id, List.of()).stream()
                .filter(b -> b.controle().equals(controle) && b.status() == Status.OPEN)
                .toList();
    }

    @Test
    void eenControleDieFaaltLaatHaarBevindingenOpenStaan() {
        // Zeist and Houten have no position yet: R1.2 finds both, in both views.
        long id = ToetsData.samenwerking(port, ToetsData.regisseur(accounts), ZEIST, HOUTEN);
        toetser.evalueer(List.of(id));
        List<Bevinding> voor = open(id, "R1.2");
        assertThat(voor).extracting(Bevinding::onderwerp).contains(ZEIST, HOUTEN);
        assertThat(open(id, "R5.3")).isNotEmpty();

        List<Controle> metKapotte = toetser.controles().stream()
                .map(c -> c.id().equals("R1.2") ? (Controle) new Kapot(c) : c)
                .toList();
        assertThat(metKapotte).hasSameSizeAs(toetser.controles()).anyMatch(Kapot.class::isInstance);
        Toetser kapot = new Toetser(lezer, bevindingen, metKapotte);
        transactie.executeWithoutResult(t -> kapot.evalueer(List.of(id)));

        assertThat(open(id, "R1.2"))
                .as("the failing check resolved nothing")
                .extracting(Bevinding::id)
                .containsExactlyInAnyOrderElementsOf(
                        voor.stream().map(Bevinding::id).toList());
        assertThat(open(id, "R5.3"))
                .as("the other checks still ran and kept their findings")
                .isNotEmpty();
        assertThat(Stream.of(open(id, "R1.2"), open(id, "R5.3")).flatMap(List::stream))
                .allMatch(b -> b.status() == Status.OPEN);
    }

    @Test
    void deToetserDraaitPreciesDeControlesDieDeTestsKennen() {
        // ControlesTest tests the checks found by AlleControles; here that list is the one the application runs.
        assertThat(toetser.controles())
                .extracting(Controle::id)
                .containsExactlyInAnyOrderElementsOf(AlleControles.uitDeApplicatie().stream()
                        .map(Controle::id)
                        .toList());
    }
}
