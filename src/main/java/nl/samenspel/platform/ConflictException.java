package nl.samenspel.platform;

import java.util.List;

/**
 * A request that is valid in itself but not allowed in the current state (HTTP 409),
 * for example a phase transition whose entry criteria are not met. The message key names
 * the reason; {@code ontbreekt} lists what is still missing, as meldingen (keys with arguments).
 */
public class ConflictException extends RuntimeException {

    private final String sleutel;
    private final transient List<Melding> ontbreekt;

    public ConflictException(String sleutel, List<Melding> ontbreekt) {
        super(sleutel);
        this.sleutel = sleutel;
        this.ontbreekt = List.copyOf(ontbreekt);
    }

    public String sleutel() {
        return sleutel;
    }

    public List<Melding> ontbreekt() {
        return ontbreekt;
    }
}
