package nl.samenspel.kalender;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@link KalenderFeiten} on this module's tables. */
@Component
class JdbcKalenderFeiten implements KalenderFeiten {

    @Override
    public List<Stand> lees(Collection<Long> samenwerkingIds) {
        // Contract placeholder: the calendar part replaces this with bulk reads of its tables.
        return samenwerkingIds.stream().map(Stand::leeg).toList();
    }
}
