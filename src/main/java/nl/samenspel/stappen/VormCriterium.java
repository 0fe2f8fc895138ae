package nl.samenspel.stappen;

import java.util.List;
import nl.samenspel.platform.Melding;
import nl.samenspel.samenwerking.BesprekingStand;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.samenwerking.FaseCriterium;
import nl.samenspel.samenwerking.Samenwerking;
import org.springframework.stereotype.Component;

/**
 * Rule 1 as an entry criterium: VORMGEVEN (and any later phase) needs wat, hoe, spanningen and vanzelfdynamiek
 * to have content and to be discussed by every party. Also tells which steps only some parties discussed.
 */
@Component
class VormCriterium implements FaseCriterium, BesprekingStand {

    private final Stappen stappen;

    VormCriterium(Stappen stappen) {
        this.stappen = stappen;
    }

    @Override
    public Fase vanaf() {
        return Fase.VORMGEVEN;
    }

    @Override
    public List<Melding> ontbreekt(Samenwerking samenwerking) {
        return stappen.ontbreektVoorVorm(samenwerking);
    }

    @Override
    public List<String> deelsBesproken(Samenwerking samenwerking) {
        return stappen.deelsBesproken(samenwerking);
    }
}
