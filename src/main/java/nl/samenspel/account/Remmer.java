package nl.samenspel.account;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Failed sign-ins per key (a client address or a user name), in memory and bounded. From the {@code vrij}-th
 * failure in a row on, every failure makes the key wait, twice as long each time ({@code basis}, 2×, 4× …, at
 * most {@code max}). A key that has not failed for {@code vergeten} starts afresh.
 * When more than {@code capaciteit} keys are tracked, the least recently used one is dropped, so a flood of
 * invented names cannot exhaust memory.
 */
final class Remmer {

    /** How a key stands: failures in the current run, the last one, and until when it must wait. */
    record Stand(int mislukt, Instant laatste, @Nullable Instant wachtTot) {}

    private final int vrij;
    private final Duration basis;
    private final Duration max;
    private final Duration vergeten;
    private final Map<String, Stand> standen;

    Remmer(int vrij, Duration basis, Duration max, Duration vergeten, int capaciteit) {
        this.vrij = vrij;
        this.basis = basis;
        this.max = max;
        this.vergeten = vergeten;
        this.standen = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Stand> oudste) {
                return size() > capaciteit;
            }
        };
    }

    /** The time {@code sleutel} must still wait at {@code nu}; zero when it may try. */
    synchronized Duration wachttijd(String sleutel, Instant nu) {
        Stand stand = standen.get(sleutel);
        if (stand == null || stand.wachtTot() == null || !stand.wachtTot().isAfter(nu)) {
            return Duration.ZERO;
        }
        return Duration.between(nu, stand.wachtTot());
    }

    /** Until when {@code sleutel} must wait, or null when it need not. */
    synchronized @Nullable Instant wachtTot(String sleutel, Instant nu) {
        Stand stand = standen.get(sleutel);
        return stand == null || stand.wachtTot() == null || !stand.wachtTot().isAfter(nu) ? null : stand.wachtTot();
    }

    synchronized void mislukt(String sleutel, Instant nu) {
        Stand oud = standen.get(sleutel);
        int mislukt = oud == null || oud.laatste().plus(vergeten).isBefore(nu) ? 1 : oud.mislukt() + 1;
        Instant wachtTot = null;
        if (mislukt >= vrij) {
            wachtTot = nu.plus(wacht(mislukt - vrij));
        }
        standen.put(sleutel, new Stand(mislukt, nu, wachtTot));
    }

    synchronized void vergeet(String sleutel) {
        standen.remove(sleutel);
    }

    synchronized int aantal() {
        return standen.size();
    }

    /** basis · 2^stap, at most max. */
    private Duration wacht(int stap) {
        if (stap >= 30) {
            return max;
        }
        Duration d = basis.multipliedBy(1L << stap);
        return d.compareTo(max) > 0 ? max : d;
    }
}
