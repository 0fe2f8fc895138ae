package nl.samenspel.stappen;

import nl.samenspel.platform.ConflictException;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The alliance lab: a practice copy of the fictional demo case, for a workshop, deleted in one go afterwards. */
@Service
public class Oefenmodus {

    private final Samenwerkingen samenwerkingen;
    private final Stappen stappen;

    Oefenmodus(Samenwerkingen samenwerkingen, Stappen stappen) {
        this.samenwerkingen = samenwerkingen;
        this.stappen = stappen;
    }

    @Transactional
    public Samenwerking start() {
        Samenwerking bron = samenwerkingen
                .demoCasus()
                .orElseThrow(() -> new ConflictException("oefen.geen-casus", java.util.List.of()));
        Samenwerking kopie = samenwerkingen.maakOefensamenwerking(bron);
        stappen.kopieer(bron.id(), kopie.id());
        return kopie;
    }

    @Transactional
    public void verwijder(long id, long versie) {
        samenwerkingen.verwijderOefensamenwerking(id, versie);
    }
}
