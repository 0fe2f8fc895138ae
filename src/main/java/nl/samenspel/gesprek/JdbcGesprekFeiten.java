package nl.samenspel.gesprek;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@link GesprekFeiten} on this module's tables. */
@Component
class JdbcGesprekFeiten implements GesprekFeiten {

    @Override
    public List<Stand> lees(Collection<Long> samenwerkingIds) {
        // Contract placeholder: the conversation part replaces this with bulk reads of its tables.
        return samenwerkingIds.stream().map(Stand::leeg).toList();
    }
}
