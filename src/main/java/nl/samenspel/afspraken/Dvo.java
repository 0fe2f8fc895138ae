package nl.samenspel.afspraken;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dienstverleningsovereenkomst: the agreement with one client municipality for one year (rule 2's client line),
 * with its lines, its flexible part (rek) and the register of its use, its review dates and its versions.
 *
 * @param versienummer the current version (1 for the first; each revision adds one)
 * @param rekUren hours reserved to be filled in during the year, null when none
 * @param rekEuro euros reserved to be filled in during the year, null when none
 * @param versie the optimistic-lock version of the DVO itself (agreeing, revising, the rek)
 */
public record Dvo(
        long id,
        long samenwerkingId,
        String gemeenteCode,
        int jaar,
        DvoStaat staat,
        int versienummer,
        @Nullable BigDecimal rekUren,
        @Nullable BigDecimal rekEuro,
        @Nullable String rekToelichting,
        long versie,
        List<Regel> regels,
        List<Rekgebruik> gebruik,
        List<Herzieningsmoment> momenten,
        List<Versie> versies) {

    public Dvo {
        regels = List.copyOf(regels);
        gebruik = List.copyOf(gebruik);
        momenten = List.copyOf(momenten);
        versies = List.copyOf(versies);
    }

    /**
     * A line: one result of one service for this client.
     *
     * @param variantId the front-office variant it uses, null for the uniform service
     * @param processtappen the critical process points, as typed
     * @param indicatorReden why it carries more indicators than the soft cap, null when not needed or not given
     * @param volume the agreed volume in {@code eenheid}
     */
    public record Regel(
            long id,
            long dvoId,
            long dienstId,
            @Nullable Long variantId,
            String resultaat,
            @Nullable String processtappen,
            List<String> indicatoren,
            @Nullable String indicatorReden,
            @Nullable BigDecimal prijs,
            @Nullable BigDecimal volume,
            @Nullable String eenheid,
            RegelStatus status,
            long versie) {
        public Regel {
            indicatoren = List.copyOf(indicatoren);
        }
    }

    /** One use of the rek: when, how many hours or euros, what for, who recorded it. */
    public record Rekgebruik(
            long id,
            LocalDate datum,
            @Nullable BigDecimal uren,
            @Nullable BigDecimal euro,
            String waarvoor,
            String door) {}

    /** A review date: when the parties look at the DVO again, and about what. */
    public record Herzieningsmoment(long id, LocalDate datum, String onderwerp) {}

    /**
     * A version: opened (version 1 with the DVO, later ones by a revision with a reason and maybe an aanleiding),
     * agreed (who and when) or still open.
     */
    public record Versie(
            int nummer,
            @Nullable String reden,
            @Nullable Aanleiding aanleiding,
            String geopendDoor,
            Instant geopendOp,
            @Nullable String vastgesteldDoor,
            @Nullable Instant vastgesteldOp) {

        public boolean vastgesteld() {
            return vastgesteldOp != null;
        }
    }

    public BigDecimal gebruikteUren() {
        return gebruik.stream()
                .map(Rekgebruik::uren)
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal gebruikteEuro() {
        return gebruik.stream()
                .map(Rekgebruik::euro)
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Hours left of the rek (zero when none reserved). */
    public BigDecimal resterendeUren() {
        return (rekUren == null ? BigDecimal.ZERO : rekUren).subtract(gebruikteUren());
    }

    public BigDecimal resterendeEuro() {
        return (rekEuro == null ? BigDecimal.ZERO : rekEuro).subtract(gebruikteEuro());
    }

    /** Whether hours or euros are reserved (more than zero). */
    public boolean heeftRek() {
        return (rekUren != null && rekUren.signum() > 0) || (rekEuro != null && rekEuro.signum() > 0);
    }

    /** The number of lines with this status. */
    public long aantal(RegelStatus status) {
        return regels.stream().filter(r -> r.status() == status).count();
    }
}
