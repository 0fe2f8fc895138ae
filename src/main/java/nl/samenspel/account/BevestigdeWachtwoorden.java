package nl.samenspel.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers, for a few minutes, that a password matched its hash, so that a script calling the stateless API with
 * HTTP Basic pays the full bcrypt cost once instead of on every request (about 80 ms of CPU each on two cores).
 * Only successes are remembered: a wrong guess always costs a full check (and is throttled by InlogBeperking).
 * The key is an HMAC with a per-process random secret over the stored hash and the password, so no password is
 * kept, and a changed password (a new hash) never matches an old entry. Rights and the active flag are read from
 * the database on every request as before; this only skips the repeated hash.
 */
final class BevestigdeWachtwoorden implements PasswordEncoder {

    static final Duration GELDIG = Duration.ofMinutes(5);
    static final int MAXIMUM = 1_000;

    private final PasswordEncoder echt;
    private final Clock klok;
    private final SecretKeySpec sleutel;
    private final Map<String, Instant> bevestigd = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> oudste) {
            return size() > MAXIMUM;
        }
    };

    BevestigdeWachtwoorden(PasswordEncoder echt, Clock klok) {
        this.echt = echt;
        this.klok = klok;
        byte[] geheim = new byte[32];
        new SecureRandom().nextBytes(geheim);
        this.sleutel = new SecretKeySpec(geheim, "HmacSHA256");
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence wachtwoord) {
        return echt.encode(wachtwoord);
    }

    @Override
    public boolean matches(@Nullable CharSequence wachtwoord, @Nullable String hash) {
        if (wachtwoord == null || hash == null) {
            return echt.matches(wachtwoord, hash);
        }
        String kenmerk = kenmerk(wachtwoord, hash);
        Instant nu = klok.instant();
        synchronized (bevestigd) {
            Instant tot = bevestigd.get(kenmerk);
            if (tot != null && nu.isBefore(tot)) {
                return true;
            }
            bevestigd.remove(kenmerk);
        }
        boolean klopt = echt.matches(wachtwoord, hash);
        if (klopt) {
            synchronized (bevestigd) {
                bevestigd.put(kenmerk, nu.plus(GELDIG));
            }
        }
        return klopt;
    }

    @Override
    public boolean upgradeEncoding(@Nullable String hash) {
        return echt.upgradeEncoding(hash);
    }

    private String kenmerk(CharSequence wachtwoord, String hash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(sleutel);
            mac.update(hash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(wachtwoord.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 ontbreekt in deze JVM", e);
        }
    }
}
