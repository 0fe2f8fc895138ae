package nl.samenspel.stappen;

import java.util.List;
import nl.samenspel.samenwerking.BesprekingStand;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.samenwerking.FaseCriterium;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import org.springframework.stereotype.Component;

/**
 * Rule 1 as an entry criterium: VORMGEVEN (and any later phase) needs wat, hoe, spanningen and vanzelfdynamiek
 * to have content and to be discussed by every party. Also tells which steps only some parties discussed.
 */
@Component
class VormCriterium implements FaseCriterium, BesprekingStand {

    private final Stappen stappen;
    private final Samenwerkingen samenwerkingen;

    VormCriterium(Stappen stappen, Samenwerkingen samenwerkingen) {
        this.stappen = stappen;
        this.samenwerkingen = samenwerkingen;
    }

    @Override
    public Fase vanaf() {
        return Fase.VORMGEVEN;
    }

    @Override
    public List<String> ontbreekt(Samenwerking samenwerking) {
        return stappen.ontbreektVoorVorm(samenwerking);
    }

    @Override
    public List<String> deelsBesproken(long samenwerkingId) {
        return stappen.deelsBesproken(samenwerkingen.vind(samenwerkingId));
    }
}
