package nl.samenspel.evaluatie;

/**
 * Which way the settlement of an uittreding goes: the leaving party pays (BETAALT, for example its share of the
 * costs of ending) or receives (ONTVANGT, its share of the assets). Labels: {@code evaluatie.richting.<NAME>}.
 */
public enum AfrekeningRichting {
    BETAALT,
    ONTVANGT;

    public String labelSleutel() {
        return "evaluatie.richting." + name();
    }
}
