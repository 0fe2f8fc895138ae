package nl.samenspel.scan;

import nl.samenspel.samenwerking.SamenwerkingVerwijderd;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Deletes this module's rows of a deleted samenwerking, in the deleting transaction (ADR 0012). */
@Component
class ScanOpruimen {

    private final ScanRepository repository;

    ScanOpruimen(ScanRepository repository) {
        this.repository = repository;
    }

    @EventListener
    void verwijderd(SamenwerkingVerwijderd gebeurtenis) {
        repository.verwijderAlles(gebeurtenis.samenwerkingId());
    }
}
