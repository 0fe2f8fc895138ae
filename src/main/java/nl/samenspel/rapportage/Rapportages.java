package nl.samenspel.rapportage;

import java.util.Optional;
import org.springframework.stereotype.Service;

/** The progress reports per client DVO per period. */
@Service
public class Rapportages {

    /**
     * The report {@code rapportageId} of samenwerking {@code samenwerkingId}, without an access check: for the
     * conversation module, which checks who may see the conversation itself. Empty when there is no such report.
     */
    public Optional<Rapportageinhoud> inhoud(long samenwerkingId, long rapportageId) {
        // Contract placeholder: the report part implements this.
        return Optional.empty();
    }
}
