package nl.samenspel.account;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.samenspel.security.Rol;

/**
 * Bulk reads of the account module for other modules' read models (the check names a samenwerking's regisseur by
 * user name): one query for any number of names. No access checks here: callers decide who may see the outcome.
 */
public interface AccountFeiten {

    /** One {@link Stand} per existing account among these user names; names without an account are left out. */
    List<Stand> lees(Collection<String> gebruikersnamen);

    /**
     * Which of these municipalities have an active account that can answer for them (an AMBTENAAR or BESTUURDER
     * of that municipality; a council member only reads). One query for any number of municipalities.
     */
    Set<String> gemeentenMetAccount(Collection<String> gemeenteCodes);

    /** The municipalities for which an account request in this samenwerking waits for a beheerder. */
    Set<String> gemeentenMetOpenAanvraag(long samenwerkingId);

    /**
     * {@link #gemeentenMetOpenAanvraag(long)} of each of these samenwerkingen, by id (one without an open request is
     * left out): one query for any number of samenwerkingen.
     */
    java.util.Map<Long, Set<String>> gemeentenMetOpenAanvraag(Collection<Long> samenwerkingIds);

    /** @param gemeenteCode the municipality the account acts for, or null */
    record Stand(String gebruikersnaam, boolean actief, String gemeenteCode, Set<Rol> rollen) {
        public Stand {
            rollen = Set.copyOf(rollen);
        }
    }
}
