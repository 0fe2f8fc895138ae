package nl.samenspel.overgang;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The start of the running cooperation: start date, transition period and its measures, overdrachtsinventaris and
 * expectations register. Page and API both come here.
 *
 * <p>TODO(issue 13, overgang): the contract other modules use ({@link #transitie}); the module fills it in and adds
 * the rest.
 */
@Service
public class Overgang {

    /**
     * The transition period of the samenwerking, empty while none is set up. No access check: the agreements module
     * asks it to choose a new line's default status and how often reviews come.
     */
    @Transactional(readOnly = true)
    public Optional<Transitie> transitie(long samenwerkingId) {
        return Optional.empty();
    }
}
