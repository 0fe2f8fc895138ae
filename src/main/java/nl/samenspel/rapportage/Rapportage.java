package nl.samenspel.rapportage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A progress report of the shared organisation to one client municipality on its DVO for one period: per DVO line a
 * status, a value per indicator the line defines and a narrative. The lines copy what the DVO said when the report
 * was made. A concept until submitted; submitted reports no longer change.
 *
 * @param dvoJaar the year of the DVO it reports on
 * @param van the first day of the period
 * @param tot the last day of the period (inclusive)
 * @param ingediendOp when it was submitted, null while a concept
 * @param versie the optimistic-lock version of the whole report (every line change raises it)
 * @param lijnen one per DVO line, in the DVO's order
 */
public record Rapportage(
        long id,
        long samenwerkingId,
        long dvoId,
        String gemeenteCode,
        int dvoJaar,
        LocalDate van,
        LocalDate tot,
        String gemaaktDoor,
        @Nullable Instant ingediendOp,
        @Nullable String ingediendDoor,
        long versie,
        List<Lijn> lijnen) {

    public Rapportage {
        lijnen = List.copyOf(lijnen);
    }

    /**
     * @param regelId the DVO line (afspraken) it reports on
     * @param dienst the name of the service when the report was made
     * @param status null while not filled in
     * @param verhaal what happened and why, null while not written
     * @param waarden one per indicator of the line, in its order
     */
    public record Lijn(
            long id,
            long regelId,
            long dienstId,
            String dienst,
            String resultaat,
            @Nullable LijnStatus status,
            @Nullable String verhaal,
            List<Waarde> waarden) {

        public Lijn {
            waarden = List.copyOf(waarden);
        }

        /** A status and a narrative: what submitting needs. */
        public boolean volledig() {
            return status != null && verhaal != null && !verhaal.isBlank();
        }

        public boolean heeftVerhaal() {
            return verhaal != null && !verhaal.isBlank();
        }
    }

    /** The value of one indicator, null when not reported. */
    public record Waarde(String indicator, @Nullable BigDecimal waarde) {}

    public boolean ingediend() {
        return ingediendOp != null;
    }

    public Periode periode() {
        return new Periode(van, tot);
    }

    /** The lines that still lack a status or a narrative. */
    public List<Lijn> onvolledig() {
        return lijnen.stream().filter(l -> !l.volledig()).toList();
    }

    public long aantal(@Nullable LijnStatus status) {
        return lijnen.stream().filter(l -> l.status() == status).count();
    }

    public Lijn lijn(long lijnId) {
        return lijnen.stream()
                .filter(l -> l.id() == lijnId)
                .findFirst()
                .orElseThrow(() -> new nl.samenspel.platform.NietGevondenException("rapportagelijn"));
    }
}
