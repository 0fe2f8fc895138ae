package nl.samenspel.toets.controles;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.stappen.Stap;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 1: the form step was opened (or VORMGEVEN reached) before the earlier steps were done. Opening it early is
 * history and stays true; what it skipped can still be made good: the finding holds only as long as one of the four
 * steps before the form is not (or no longer) discussed by every party (current marks only, so a step whose content
 * changed after it was discussed counts as open again, and the finding returns while the form rests on it).
 */
@Regelcontrole(id = "R1.1", ernst = Ernst.RISICO)
class VormstapGeforceerd extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        boolean geforceerd = f.vormOntgrendeld()
                || f.overgangen().stream().anyMatch(o -> o.override() && o.naar() == Fase.VORMGEVEN);
        boolean ingehaald = Stap.VOOR_VORM.stream().allMatch(s -> f.doorIedereenBesproken(s.name()));
        if (!geforceerd || ingehaald) {
            return List.of();
        }
        // Open since the earliest of: the day the form step was opened, the day VORMGEVEN was forced.
        Stream<LocalDate> dagen = Stream.concat(
                Stream.ofNullable(f.vormOntgrendeldOp()),
                f.overgangen().stream()
                        .filter(o -> o.override() && o.naar() == Fase.VORMGEVEN)
                        .map(ToetsFeiten.FaseOvergang::datum));
        return List.of(Signaal.geheel().sinds(dagen.min(LocalDate::compareTo).orElse(null)));
    }
}
