package nl.samenspel.afspraken;

import java.util.List;

/**
 * A service of the catalogue (rule 4): a uniform back office, front-office variants per client, and what clients
 * wished for themselves.
 *
 * @param backoffice the uniform back-office description, as typed
 * @param volgorde where it stands in the catalogue (lowest first)
 */
public record Dienst(
        long id,
        long samenwerkingId,
        String naam,
        String backoffice,
        int volgorde,
        long versie,
        List<Variant> varianten,
        List<Wens> wensen) {

    public Dienst {
        varianten = List.copyOf(varianten);
        wensen = List.copyOf(wensen);
    }

    /**
     * A front-office variant: custom work for the municipalities that use it.
     *
     * @param gemeenten the GM codes of the client municipalities that use it
     */
    public record Variant(
            long id, long dienstId, String naam, String omschrijving, List<String> gemeenten, long versie) {
        public Variant {
            gemeenten = List.copyOf(gemeenten);
        }
    }

    /** A client municipality's own wish for the service, as typed. */
    public record Wens(long id, long dienstId, String gemeenteCode, String tekst, long versie) {}
}
