package nl.samenspel.platform;

/**
 * The thing does not exist, or the user may not know that it exists: both look the same (404),
 * so a guessed id reveals nothing.
 */
public class NietGevondenException extends RuntimeException {

    public NietGevondenException(String wat) {
        super(wat + " niet gevonden");
    }
}
