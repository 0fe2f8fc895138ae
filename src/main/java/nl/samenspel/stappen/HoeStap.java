package nl.samenspel.stappen;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.HuidigeGebruiker;
import org.springframework.stereotype.Component;

/**
 * Step 2, "hoe gaat het werken": the one werkwijze of a samenwerking. Reached through {@link Stappen}.
 */
@Component
class HoeStap {

    private final StappenRepository repository;
    private final Samenwerkingen samenwerkingen;
    private final AuditTrail audit;
    private final StapBasis basis;

    HoeStap(StappenRepository repository, Samenwerkingen samenwerkingen, AuditTrail audit, StapBasis basis) {
        this.repository = repository;
        this.samenwerkingen = samenwerkingen;
        this.audit = audit;
        this.basis = basis;
    }

    Werkwijze wijzigWerkwijze(long id, long versie, Invoer.WerkwijzeInvoer invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(id);
        StappenRechten.werkwijzeWijzigen(HuidigeGebruiker.get(), s, basis.besprokenDoor(id, Stap.HOE))
                .eis(s, "werkwijze wijzigen");
        Fouten fouten = new Fouten();
        fouten.optioneleTekst("wieDoetWat", invoer.wieDoetWat(), Fouten.MAX_LANG);
        fouten.optioneleTekst("afsprakenMaken", invoer.afsprakenMaken(), Fouten.MAX_LANG);
        fouten.optioneleTekst("levering", invoer.levering(), Fouten.MAX_LANG);
        fouten.optioneleTekst("sturing", invoer.sturing(), Fouten.MAX_LANG);
        fouten.optioneleTekst("bijsturing", invoer.bijsturing(), Fouten.MAX_LANG);
        fouten.gooiAlsNietLeeg();
        Werkwijze voor = repository.werkwijze(id).orElse(Werkwijze.LEEG);
        if (voor.versie() != versie) {
            throw new VersieConflictException();
        }
        repository.zetWerkwijze(
                id,
                versie,
                new Werkwijze(
                        StapBasis.leeg(invoer.wieDoetWat()),
                        StapBasis.leeg(invoer.afsprakenMaken()),
                        StapBasis.leeg(invoer.levering()),
                        StapBasis.leeg(invoer.sturing()),
                        StapBasis.leeg(invoer.bijsturing()),
                        versie));
        Werkwijze na = repository.werkwijze(id).orElseThrow();
        audit.legVast(
                voor.versie() == 0 ? Actie.AANGEMAAKT : Actie.GEWIJZIGD, "werkwijze", id, id, velden(voor), velden(na));
        if (velden(voor).equals(velden(na))) {
            return basis.gewijzigd(id, "hoe-gewijzigd", na);
        }
        return basis.inhoudGewijzigd(id, Stap.HOE, "hoe-gewijzigd", na);
    }

    private static Map<String, Object> velden(Werkwijze w) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("wieDoetWat", w.wieDoetWat());
        v.put("afsprakenMaken", w.afsprakenMaken());
        v.put("levering", w.levering());
        v.put("sturing", w.sturing());
        v.put("bijsturing", w.bijsturing());
        return v;
    }
}
