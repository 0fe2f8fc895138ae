package nl.samenspel.kalender;

import java.util.List;

/**
 * What a samenwerking planned (and did) for budget year {@link #jaar}: the send dates and board dates the Wgr
 * cycle knows. The statutory last days follow from these through {@link PcRekenaar}.
 *
 * @param kaders the general financial and policy frameworks to the raden
 * @param voorlopigeJaarrekening the provisional annual accounts to the raden
 * @param ontwerpbegroting the draft budget to the raden
 * @param begroting the board adopts the budget
 * @param begrotingNaarGs the adopted budget to Gedeputeerde Staten
 * @param jaarrekening the board adopts the annual accounts of the year (in the year after)
 * @param jaarrekeningNaarGs the annual accounts to Gedeputeerde Staten
 * @param versie 0 while nothing was recorded for the year
 */
public record Jaarplan(
        long samenwerkingId,
        int jaar,
        Datum kaders,
        Datum voorlopigeJaarrekening,
        Datum ontwerpbegroting,
        Datum begroting,
        Datum begrotingNaarGs,
        Datum jaarrekening,
        Datum jaarrekeningNaarGs,
        List<Wijziging> wijzigingen,
        long versie) {

    public Jaarplan {
        wijzigingen = List.copyOf(wijzigingen);
    }

    public static Jaarplan leeg(long samenwerkingId, int jaar) {
        return new Jaarplan(
                samenwerkingId,
                jaar,
                Datum.LEEG,
                Datum.LEEG,
                Datum.LEEG,
                Datum.LEEG,
                Datum.LEEG,
                Datum.LEEG,
                Datum.LEEG,
                List.of(),
                0);
    }

    /** The planned and actual days of a moment the samenwerking enters itself (not a computed window end). */
    public Datum datum(PcMoment moment) {
        return switch (moment) {
            case KADERS_NAAR_RADEN -> kaders;
            case VOORLOPIGE_JAARREKENING_NAAR_RADEN -> voorlopigeJaarrekening;
            case ONTWERPBEGROTING_NAAR_RADEN -> ontwerpbegroting;
            case BEGROTING_VASTGESTELD -> begroting;
            case BEGROTING_NAAR_GS -> begrotingNaarGs;
            case JAARREKENING_VASTGESTELD -> jaarrekening;
            case JAARREKENING_NAAR_GS -> jaarrekeningNaarGs;
            default -> Datum.LEEG;
        };
    }
}
