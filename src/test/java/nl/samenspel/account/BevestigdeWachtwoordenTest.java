package nl.samenspel.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class BevestigdeWachtwoordenTest {

    /** Counts the real (expensive) checks; "hash-of-x" matches exactly the password "x". */
    static final class TelEncoder implements PasswordEncoder {
        int controles;

        @Override
        public String encode(CharSequence raw) {
            return "hash-of-" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            controles++;
            return encoded.equals("hash-of-" + raw);
        }
    }

    static final class Klok extends Clock {
        Instant nu = Instant.parse("2026-11-29T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return nu;
        }
    }

    final TelEncoder echt = new TelEncoder();
    final Klok klok = new Klok();
    final BevestigdeWachtwoorden wachtwoorden = new BevestigdeWachtwoorden(echt, klok);

    @Test
    void eenJuistWachtwoordKostEenmaalEenVolledigeControle() {
        for (int i = 0; i < 10; i++) {
            assertThat(wachtwoorden.matches("geheim", "hash-of-geheim")).isTrue();
        }
        assertThat(echt.controles).isEqualTo(1);
    }

    @Test
    void eenFoutWachtwoordKostElkeKeerEenVolledigeControle() {
        wachtwoorden.matches("geheim", "hash-of-geheim");
        for (int i = 0; i < 5; i++) {
            assertThat(wachtwoorden.matches("gok", "hash-of-geheim")).isFalse();
        }
        assertThat(echt.controles).isEqualTo(6);
    }

    @Test
    void eenNieuwWachtwoordMaaktHetOudeOngeldig() {
        assertThat(wachtwoorden.matches("oud", "hash-of-oud")).isTrue();
        // The account's hash changed: the old password is checked in full again, and refused.
        assertThat(wachtwoorden.matches("oud", "hash-of-nieuw")).isFalse();
        assertThat(echt.controles).isEqualTo(2);
    }

    @Test
    void naDeGeldigheidsduurVolgtWeerEenVolledigeControle() {
        wachtwoorden.matches("geheim", "hash-of-geheim");
        klok.nu = klok.nu.plus(BevestigdeWachtwoorden.GELDIG).plus(Duration.ofSeconds(1));
        assertThat(wachtwoorden.matches("geheim", "hash-of-geheim")).isTrue();
        assertThat(echt.controles).isEqualTo(2);
    }

    @Test
    void hetGeheugenBlijftBegrensd() {
        for (int i = 0; i <= BevestigdeWachtwoorden.MAXIMUM; i++) {
            wachtwoorden.matches("w" + i, "hash-of-w" + i);
        }
        int voor = echt.controles;
        // The first one was pushed out by the newest ones.
        wachtwoorden.matches("w0", "hash-of-w0");
        assertThat(echt.controles).isEqualTo(voor + 1);
    }
}
