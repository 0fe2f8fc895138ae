package nl.samenspel.afspraken;

import java.util.List;
import nl.samenspel.platform.NietGevondenException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreements of a samenwerking: service catalogue and DVOs. Page and API both come here.
 *
 * <p>TODO(issue 13, afspraken): the contract other modules use ({@link #dvos}, {@link #herzie}); the module fills it
 * in and adds the rest.
 */
@Service
public class Afspraken {

    /**
     * The DVOs of the samenwerking, by year then by the order of the parties (404 when the user may not see the
     * samenwerking).
     */
    @Transactional(readOnly = true)
    public List<DvoKeuze> dvos(long samenwerkingId) {
        return List.of();
    }

    /**
     * Opens a revision (herprogrammering) of an agreed DVO: a new version with {@code reden}, optionally with the
     * matter that led to it. Locks, checks {@code versie} (412), audits, publishes the module's event. Refused
     * (409) while the DVO was never agreed or while a revision is already open; 400 for a blank or too long reason.
     */
    @Transactional
    public Herziening herzie(
            long samenwerkingId, long dvoId, long versie, String reden, @Nullable Aanleiding aanleiding) {
        throw new NietGevondenException("dvo");
    }
}
