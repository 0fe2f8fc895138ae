package nl.samenspel.gedoe;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@link GedoeFeiten} on this module's tables.
 *
 * <p>TODO(issue 13, gedoe): scaffolding while the module is built in parallel — reads nothing yet.
 */
@Component
class JdbcGedoeFeiten implements GedoeFeiten {

    @Override
    public List<Stand> lees(Collection<Long> samenwerkingIds) {
        return samenwerkingIds.stream().map(Stand::leeg).toList();
    }
}
