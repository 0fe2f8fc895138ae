package nl.samenspel.afspraken;

/**
 * A DVO as another module names it (a select list, a link): whose, which year, which version.
 *
 * @param versie the optimistic-lock version a revision must give
 */
public record DvoKeuze(
        long id,
        String gemeenteCode,
        String gemeenteNaam,
        int jaar,
        int versienummer,
        boolean vastgesteld,
        long versie) {

    public String pad(long samenwerkingId) {
        return "/samenwerkingen/" + samenwerkingId + "/dvo/" + id;
    }
}
