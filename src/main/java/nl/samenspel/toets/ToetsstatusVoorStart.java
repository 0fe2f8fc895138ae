package nl.samenspel.toets;

import java.util.Optional;
import nl.samenspel.platform.Indicator;
import nl.samenspel.samenwerking.Toetsstatus;
import org.springframework.stereotype.Component;

/** The check indicator for the start page of module samenwerking; stored findings only, never evaluates. */
@Component
class ToetsstatusVoorStart implements Toetsstatus {

    private final ToetsService toets;

    ToetsstatusVoorStart(ToetsService toets) {
        this.toets = toets;
    }

    @Override
    public Optional<Indicator> van(long samenwerkingId) {
        return toets.indicator(samenwerkingId);
    }
}
