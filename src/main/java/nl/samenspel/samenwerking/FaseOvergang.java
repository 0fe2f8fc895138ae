package nl.samenspel.samenwerking;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One recorded phase change. {@code override}: the regisseur moved on although {@code ontbrak} was not met,
 * giving {@code reden}. {@code deelsBesproken}: steps discussed by only some parties at that moment.
 */
public record FaseOvergang(
        long id,
        long samenwerkingId,
        Fase van,
        Fase naar,
        boolean override,
        @Nullable String reden,
        List<String> ontbrak,
        List<String> deelsBesproken,
        String door,
        Instant op) {

    public boolean terug() {
        return naar.voor(van);
    }
}
