package nl.samenspel.account;

import java.util.List;
import java.util.Optional;

/**
 * What an account request needs to know about its samenwerking, provided by the samenwerking module (which depends
 * on this one, not the other way round): who leads it and which municipalities take part.
 */
public interface AanvraagBron {

    /** The samenwerking, if it exists and the current user may see it. */
    Optional<Bron> samenwerking(long samenwerkingId);

    /**
     * @param regisseur the user name of its regisseur
     * @param gemeenteCodes the participating municipalities
     */
    record Bron(
            long id,
            String titel,
            String regisseur,
            boolean oefencasus,
            boolean gearchiveerd,
            List<String> gemeenteCodes) {
        public Bron {
            gemeenteCodes = List.copyOf(gemeenteCodes);
        }
    }
}
