package nl.samenspel.evaluatie;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@link EvaluatieFeiten} on this module's tables.
 *
 * <p>TODO(issue 13, evaluatie): scaffolding while the module is built in parallel — reads nothing yet.
 */
@Component
class JdbcEvaluatieFeiten implements EvaluatieFeiten {

    @Override
    public List<Stand> lees(Collection<Long> samenwerkingIds) {
        return samenwerkingIds.stream().map(Stand::leeg).toList();
    }
}
