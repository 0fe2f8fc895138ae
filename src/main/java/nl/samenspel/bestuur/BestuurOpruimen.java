package nl.samenspel.bestuur;

import nl.samenspel.samenwerking.SamenwerkingVerwijderd;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Deletes this module's rows of a deleted samenwerking, in the deleting transaction (ADR 0012). */
@Component
class BestuurOpruimen {

    private final BestuurRepository repository;

    BestuurOpruimen(BestuurRepository repository) {
        this.repository = repository;
    }

    @EventListener
    void verwijderd(SamenwerkingVerwijderd gebeurtenis) {
        repository.verwijderAlles(gebeurtenis.samenwerkingId());
    }
}
