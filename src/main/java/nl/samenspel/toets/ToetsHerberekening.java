package nl.samenspel.toets;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Evaluates every samenwerking again once a night (issue 13). Some findings depend on the date only: an evaluation
 * that passed its planned day, a follow-up action past its deadline, gedoe left lying longer than its term. Nobody
 * edits anything on the day they become true, so no change event brings them; this job does, the next night.
 *
 * <p>The moment is {@code samenspel.toets.herberekening.cron} (default 03:30 Dutch time; {@code "-"} switches it
 * off). Each batch of {@link ToetsLezer#BATCH} samenwerkingen is evaluated in its own transaction through the
 * normal path ({@link Toetser#evalueer}), so a night run locks a batch at a time, never everything at once, and a
 * failing batch does not stop the others.
 */
@Component
class ToetsHerberekening {

    private static final Logger LOG = LoggerFactory.getLogger(ToetsHerberekening.class);

    private final Toetser toetser;
    private final ToetsLezer lezer;

    ToetsHerberekening(Toetser toetser, ToetsLezer lezer) {
        this.toetser = toetser;
        this.lezer = lezer;
    }

    @Scheduled(cron = "${samenspel.toets.herberekening.cron:0 30 3 * * *}", zone = "Europe/Amsterdam")
    void nachtelijk() {
        herbereken();
    }

    /** Evaluates every samenwerking, batch by batch; returns how many were evaluated. */
    int herbereken() {
        long start = System.nanoTime();
        List<Long> ids = lezer.alleIds();
        int geteld = 0;
        int mislukt = 0;
        for (int i = 0; i < ids.size(); i += ToetsLezer.BATCH) {
            List<Long> batch = ids.subList(i, Math.min(ids.size(), i + ToetsLezer.BATCH));
            try {
                geteld += toetser.evalueer(batch).samenwerkingen();
            } catch (RuntimeException e) {
                // The next night tries again; the other batches still run.
                mislukt += batch.size();
                LOG.warn("event=toets-herberekening-fout samenwerkingen={} fout={}", batch.size(), e.toString());
            }
        }
        LOG.info(
                "event=toets-herberekening samenwerkingen={} mislukt={} ms={}",
                geteld,
                mislukt,
                (System.nanoTime() - start) / 1_000_000);
        return geteld;
    }
}
