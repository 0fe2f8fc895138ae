package nl.samenspel.financien;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The cost-sharing key of a samenwerking.
 *
 * @param soort null while no key was set
 * @param waarden per municipality code the share in percent (VAST) or the usage units (GEBRUIK); empty for INWONERS
 * @param versie 0 while no key was set
 */
public record Verdeelsleutel(
        long samenwerkingId, @Nullable SleutelSoort soort, Map<String, BigDecimal> waarden, long versie) {

    public Verdeelsleutel {
        waarden = Map.copyOf(waarden);
    }

    static Verdeelsleutel geen(long samenwerkingId) {
        return new Verdeelsleutel(samenwerkingId, null, Map.of(), 0);
    }
}
