package nl.samenspel.security;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Every page masks its CSRF token with fresh random bytes. The default SecureRandom on Linux (NativePRNG) serves
 * all threads through one lock, which under load made page threads queue (measured with JFR, bench/README.md).
 * Each thread gets its own DRBG instead, seeded independently from the operating system.
 */
final class RandomPerDraad extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private static final ThreadLocal<SecureRandom> PER_DRAAD = ThreadLocal.withInitial(() -> {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("DRBG is part of every Java 9+ runtime", e);
        }
    });

    @Override
    public void nextBytes(byte[] bytes) {
        PER_DRAAD.get().nextBytes(bytes);
    }
}
