package nl.samenspel.overgang;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@link OvergangFeiten} on this module's tables.
 *
 * <p>TODO(issue 13, overgang): scaffolding while the module is built in parallel — reads nothing yet.
 */
@Component
class JdbcOvergangFeiten implements OvergangFeiten {

    @Override
    public List<Stand> lees(Collection<Long> samenwerkingIds) {
        return samenwerkingIds.stream().map(Stand::leeg).toList();
    }
}
