package nl.samenspel.rapportage;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@link RapportageFeiten} on this module's tables. */
@Component
class JdbcRapportageFeiten implements RapportageFeiten {

    @Override
    public List<Stand> lees(Collection<Long> samenwerkingIds) {
        // Contract placeholder: the report part replaces this with bulk reads of its tables.
        return samenwerkingIds.stream().map(Stand::leeg).toList();
    }
}
