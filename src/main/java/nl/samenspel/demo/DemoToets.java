package nl.samenspel.demo;

import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.toets.ToetsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo case shows every kind of rule status: the regisseur deliberately accepted that the decision about the
 * "wat" step was put off twice (R6.1; a step, not a phase, because the case was moved on to VORMGEVEN and a reached
 * phase counts as decided), so rule 6 reads "bewust afgeweken" instead of "aandacht"; the rules without checks read
 * "nog niet getoetst" by themselves. Runs after the other demo runners, once.
 */
@Component
@Order(90)
class DemoToets implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoToets.class);

    private final DemoSchakelaar schakelaar;
    private final Samenwerkingen samenwerkingen;
    private final ToetsService toets;

    DemoToets(DemoSchakelaar schakelaar, Samenwerkingen samenwerkingen, ToetsService toets) {
        this.schakelaar = schakelaar;
        this.samenwerkingen = samenwerkingen;
        this.toets = toets;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!schakelaar.aan()) {
            return;
        }
        long id = DemoCasus.samenwerking(samenwerkingen);
        boolean erkend = toets.zaaiErkenning(
                id,
                "R6.1",
                "STAP:WAT",
                "regisseur",
                "Bunnik raadpleegt eerst het eigen college; het tweede uitstel is met alle drie afgesproken.");
        LOG.info("event=demo-toets samenwerking={} erkend={}", id, erkend);
    }
}
