package nl.samenspel.platform;

/** Someone else changed the data since it was read; the edit is refused (HTTP 412 in the API). */
public class VersieConflictException extends RuntimeException {

    public VersieConflictException() {
        super("De gegevens zijn intussen door iemand anders gewijzigd");
    }
}
