package nl.samenspel.bestuur;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A body of a samenwerking on one {@link Lijn}, with its seats. {@code gemeenteCode}: for an account meeting, the
 * municipality it serves (else null).
 */
public record Orgaan(
        long id,
        long samenwerkingId,
        String naam,
        Lijn lijn,
        @Nullable OrgaanSoort soort,
        @Nullable String gemeenteCode,
        long versie,
        List<Zetel> zetels) {

    public Orgaan {
        zetels = List.copyOf(zetels);
    }

    /** The votes of all seats together. */
    public int stemmen() {
        return zetels.stream().mapToInt(Zetel::stemmen).sum();
    }
}
