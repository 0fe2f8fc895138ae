package nl.samenspel.toets.controles;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.scan.ScanFeiten.Scan;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 7: the relationship itself needs its own periodic check, not only the services. A running samenwerking (in
 * phase UITVOEREN, or with its formal start more than a year before the peildatum) in which no samenwerkingsscan
 * started in the year up to the peildatum gives one finding about the samenwerking as a whole (arguments 1 and the
 * day the last scan started, or 0 when there never was one). After an earlier scan it is open since a year after it.
 */
@Regelcontrole(id = "R7.8", ernst = Ernst.AANDACHT, vanaf = Fase.AFSPREKEN)
class GeenSamenwerkingsscan extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        LocalDate start = f.overgang().start();
        boolean lopend = f.fase() == Fase.UITVOEREN
                || (start != null && !start.plusYears(1).isAfter(f.peildatum()));
        if (!lopend) {
            return List.of();
        }
        LocalDate jaarGeleden = f.peildatum().minusYears(1);
        Optional<LocalDate> laatste =
                f.pc().scan().scans().stream().map(Scan::gestartOp).max(LocalDate::compareTo);
        if (laatste.isPresent() && laatste.get().isAfter(jaarGeleden)) {
            return List.of();
        }
        return List.of(laatste.map(
                        d -> Signaal.geheel("1", Tijdstip.DAG.format(d)).sinds(d.plusYears(1)))
                .orElseGet(() -> Signaal.geheel("0")));
    }
}
