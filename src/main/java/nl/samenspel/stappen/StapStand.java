package nl.samenspel.stappen;

import java.util.List;
import nl.samenspel.gemeente.Gemeente;

/** One step on the overview: has content, who discussed it, who not yet, and whether it is open. */
public record StapStand(Stap stap, boolean inhoud, List<Besproken> besproken, List<Gemeente> nogNiet, boolean open) {

    public boolean doorIedereen() {
        return nogNiet.isEmpty();
    }
}
