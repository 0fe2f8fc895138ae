package nl.samenspel.bestuur;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Bulk reads of the governance module for the check (ADR 0008): a fixed number of queries for any number of
 * samenwerkingen. No access checks here: the caller decides who may see the outcome.
 */
public interface BestuurFeiten {

    /** One {@link Stand} per id in {@code samenwerkingIds} (no bodies: an empty list), in that order. */
    List<Stand> lees(Collection<Long> samenwerkingIds);

    record Stand(long samenwerkingId, List<Orgaan> organen) {
        public Stand {
            organen = List.copyOf(organen);
        }
    }

    record Orgaan(long id, String naam, Lijn lijn, List<Zetel> zetels) {
        public Orgaan {
            zetels = List.copyOf(zetels);
        }
    }

    /**
     * @param persoon the name as typed (shown in a finding)
     * @param persoonSleutel who the person is, for comparing seats: the linked account, otherwise the name with
     *     case and spacing normalised, within the municipality
     * @param gemeenteCode the municipality the person represents, null for staff of the shared organisation
     * @param portefeuilles as typed
     * @param inhoudelijk a BESTUURLIJK seat with at least one content portfolio (not finance or business operations)
     */
    record Zetel(
            long id,
            String persoon,
            String persoonSleutel,
            @Nullable String gemeenteCode,
            ZetelRol rol,
            List<String> portefeuilles,
            boolean inhoudelijk,
            int stemmen,
            @Nullable String account) {
        public Zetel {
            portefeuilles = List.copyOf(portefeuilles);
        }
    }
}
