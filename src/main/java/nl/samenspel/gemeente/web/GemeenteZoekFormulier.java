package nl.samenspel.gemeente.web;

/** The search form on the municipality list (a GET form): name, province and page, each optional. */
public record GemeenteZoekFormulier(String naam, String provincie, String pagina) {

    public String naamOfLeeg() {
        return naam == null ? "" : naam;
    }

    public String provincieOfLeeg() {
        return provincie == null ? "" : provincie;
    }
}
