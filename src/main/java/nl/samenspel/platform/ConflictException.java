package nl.samenspel.platform;

import java.util.List;

/**
 * A request that is valid in itself but not allowed in the current state (HTTP 409),
 * for example a phase transition whose entry criteria are not met. The message key names
 * the reason; {@code ontbreekt} lists what is still missing, as message keys or plain text.
 */
public class ConflictException extends RuntimeException {

    private final String sleutel;
    private final transient List<String> ontbreekt;

    public ConflictException(String sleutel, List<String> ontbreekt) {
        super(sleutel);
        this.sleutel = sleutel;
        this.ontbreekt = List.copyOf(ontbreekt);
    }

    public String sleutel() {
        return sleutel;
    }

    public List<String> ontbreekt() {
        return ontbreekt;
    }
}
