package nl.samenspel.scan;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one party answered in a scan.
 *
 * @param partij a municipality code, or {@link ScanFeiten#ORGANISATIE}
 * @param ingediendOp the day it submitted, null while a draft (only the party itself sees a draft)
 * @param scores a score 1-5 per statement (a draft may miss some)
 * @param open the open answer per theme (absent: none given)
 */
public record Antwoorden(
        String partij,
        @Nullable LocalDate ingediendOp,
        Map<Stelling, Integer> scores,
        Map<ScanThema, String> open,
        long versie) {

    public Antwoorden {
        scores = Map.copyOf(scores);
        open = Map.copyOf(open);
    }

    public boolean ingediend() {
        return ingediendOp != null;
    }

    public @Nullable Integer score(Stelling s) {
        return scores.get(s);
    }

    public @Nullable String open(ScanThema t) {
        return open.get(t);
    }
}
