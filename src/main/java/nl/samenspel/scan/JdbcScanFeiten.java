package nl.samenspel.scan;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@link ScanFeiten} on this module's tables. */
@Component
class JdbcScanFeiten implements ScanFeiten {

    @Override
    public List<Stand> lees(Collection<Long> samenwerkingIds) {
        // Contract placeholder: the scan part replaces this with bulk reads of its tables.
        return samenwerkingIds.stream().map(Stand::leeg).toList();
    }
}
