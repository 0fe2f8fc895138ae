package nl.samenspel.platform;

/** Input was refused; nothing was stored. Maps to a form error or a 400 problem. */
public class OngeldigeInvoerException extends RuntimeException {

    private final transient Fouten fouten;

    public OngeldigeInvoerException(Fouten fouten) {
        super("Ongeldige invoer: " + fouten.alle().size() + " fout(en)");
        this.fouten = fouten;
    }

    public static OngeldigeInvoerException van(String veld, String sleutel, Object... argumenten) {
        return new OngeldigeInvoerException(new Fouten().voeg(veld, sleutel, argumenten));
    }

    public Fouten fouten() {
        return fouten;
    }
}
