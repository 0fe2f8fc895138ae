package nl.samenspel.samenwerking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a samenwerking still waits for in one module's area, contributed as a bean by that module (verkenning:
 * positions; stappen: steps to discuss; ...), so this module can say "what is next and who it waits for" on the
 * start page and the samenwerking page without depending on the others. Answers for the samenwerking as a whole,
 * regardless of who asks; the caller filters for the viewer with {@link OpenPunt#openbaar()}. Must never reveal the
 * content of a confidential position (a punt says that something is missing or to be confirmed, never what it says).
 */
public interface Werkvoorraad {

    List<OpenPunt> open(Samenwerking samenwerking);

    /**
     * The open punten of each of these samenwerkingen, by id (a samenwerking with nothing open may be left out). A
     * start page asks this for all its samenwerkingen at once: a module that reads the database overrides it with
     * a few bulk reads instead of {@link #open(Samenwerking)}'s queries per samenwerking.
     */
    default Map<Long, List<OpenPunt>> open(List<Samenwerking> lijst) {
        Map<Long, List<OpenPunt>> uit = new HashMap<>();
        for (Samenwerking s : lijst) {
            uit.put(s.id(), open(s));
        }
        return uit;
    }
}
