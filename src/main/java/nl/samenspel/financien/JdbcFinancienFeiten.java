package nl.samenspel.financien;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@link FinancienFeiten} on this module's tables. */
@Component
class JdbcFinancienFeiten implements FinancienFeiten {

    @Override
    public List<Stand> lees(Collection<Long> samenwerkingIds) {
        // Contract placeholder: the money part replaces this with bulk reads of its tables.
        return samenwerkingIds.stream().map(Stand::leeg).toList();
    }
}
