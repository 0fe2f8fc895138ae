package nl.samenspel.afspraken;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@link AfsprakenFeiten} on this module's tables.
 *
 * <p>TODO(issue 13, afspraken): scaffolding while the module is built in parallel — reads nothing yet.
 */
@Component
class JdbcAfsprakenFeiten implements AfsprakenFeiten {

    @Override
    public List<Stand> lees(Collection<Long> samenwerkingIds) {
        return samenwerkingIds.stream().map(Stand::leeg).toList();
    }
}
