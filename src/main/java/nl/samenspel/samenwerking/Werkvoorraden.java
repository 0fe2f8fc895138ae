package nl.samenspel.samenwerking;

/**
 * The order of the {@link Werkvoorraad} beans ({@code @Order}), which is the order of their punten within one phase
 * of "what is next": first what the method asks in that phase (positions, then the steps), then what makes it
 * possible for a party to do it itself (accounts). A bean without an order comes last.
 */
public final class Werkvoorraden {

    public static final int POSITIES = 100;
    public static final int STAPPEN = 200;
    public static final int ACCOUNTS = 300;

    private Werkvoorraden() {}
}
