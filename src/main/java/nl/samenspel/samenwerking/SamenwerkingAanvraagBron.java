package nl.samenspel.samenwerking;

import java.util.Optional;
import nl.samenspel.account.AanvraagBron;
import nl.samenspel.gemeente.Gemeente;
import org.springframework.stereotype.Component;

/** Tells the account module what an account request needs to know of its samenwerking (issue 11). */
@Component
class SamenwerkingAanvraagBron implements AanvraagBron {

    private final Samenwerkingen samenwerkingen;

    SamenwerkingAanvraagBron(Samenwerkingen samenwerkingen) {
        this.samenwerkingen = samenwerkingen;
    }

    @Override
    public Optional<Bron> samenwerking(long samenwerkingId) {
        return samenwerkingen
                .vindZichtbaar(samenwerkingId)
                .map(s -> new Bron(
                        s.id(),
                        s.titel(),
                        s.regisseur(),
                        s.oefencasus(),
                        s.gearchiveerd(),
                        s.gemeenten().stream().map(Gemeente::code).toList()));
    }
}
