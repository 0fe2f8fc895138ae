package nl.samenspel.platform;

/** A change through the API came without If-Match (HTTP 428). */
public class VersieVereistException extends RuntimeException {

    public VersieVereistException() {
        super("If-Match ontbreekt");
    }
}
