package nl.samenspel.stappen;

import java.util.List;
import java.util.Optional;
import nl.samenspel.gemeente.Gemeente;

/**
 * One step on the overview: has content, who discussed it ("ambtelijk besproken", current and outdated marks),
 * who not yet (no current mark), whether it is open, the latest decision per municipality ("bestuurlijk
 * vastgesteld") and the step's content revision.
 */
public record StapStand(
        Stap stap,
        boolean inhoud,
        List<Besproken> besproken,
        List<Gemeente> nogNiet,
        boolean open,
        List<Vaststelling> vaststellingen,
        StapRevisie revisie) {

    public StapStand {
        besproken = List.copyOf(besproken);
        nogNiet = List.copyOf(nogNiet);
        vaststellingen = List.copyOf(vaststellingen);
    }

    public StapStand(Stap stap, boolean inhoud, List<Besproken> besproken, List<Gemeente> nogNiet, boolean open) {
        this(stap, inhoud, besproken, nogNiet, open, List.of(), StapRevisie.eerste(stap));
    }

    /** Every party has a current mark. */
    public boolean doorIedereen() {
        return nogNiet.isEmpty();
    }

    /** The municipality's mark, current or outdated. */
    public Optional<Besproken> besprokenDoor(String gemeenteCode) {
        return besproken.stream()
                .filter(b -> b.gemeenteCode().equals(gemeenteCode))
                .findFirst();
    }

    /** The municipality's latest decision on this step. */
    public Optional<Vaststelling> vastgesteldDoor(String gemeenteCode) {
        return vaststellingen.stream()
                .filter(v -> v.gemeenteCode().equals(gemeenteCode))
                .findFirst();
    }

    /** Municipality codes whose mark or latest decision is outdated. */
    public List<String> verouderd() {
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        besproken.stream().filter(Besproken::verouderd).forEach(b -> codes.add(b.gemeenteCode()));
        vaststellingen.stream().filter(Vaststelling::verouderd).forEach(v -> codes.add(v.gemeenteCode()));
        return List.copyOf(codes);
    }
}
