package nl.samenspel.account;

import java.security.SecureRandom;

/**
 * Generates one-time passwords: 16 characters from an alphabet without look-alikes (no 0/O, 1/l/I), in four groups
 * of four for reading aloud or typing over, about 90 bits of chance. Never stored: only its hash is kept, and it
 * is shown once to the beheerder who made the account.
 */
final class EenmaligWachtwoord {

    static final String TEKENS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int GROEPEN = 4;
    static final int PER_GROEP = 4;

    private static final SecureRandom TOEVAL = new SecureRandom();

    private EenmaligWachtwoord() {}

    static String nieuw() {
        StringBuilder b = new StringBuilder(GROEPEN * (PER_GROEP + 1));
        for (int g = 0; g < GROEPEN; g++) {
            if (g > 0) {
                b.append('-');
            }
            for (int i = 0; i < PER_GROEP; i++) {
                b.append(TEKENS.charAt(TOEVAL.nextInt(TEKENS.length())));
            }
        }
        return b.toString();
    }
}
