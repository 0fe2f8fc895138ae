package nl.samenspel.toets.controles;

import java.util.List;
import java.util.Optional;
import nl.samenspel.overgang.MaatregelSoort;
import nl.samenspel.overgang.OvergangFeiten.Maatregel;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 6: the sequence derailed cooperations show. A savings target (BESPARINGSTAAKSTELLING) booked in the first
 * year together with a measure that removes slack in that year ({@link MaatregelSoort#haaltRekWeg}: vacancies left
 * unfilled, the buffer organised away) takes away what absorbs the first year's surprises. A measure without a year
 * counts for the first year (measures are taken around the start). One finding for the samenwerking (arguments the
 * first year and which slack-removing measure: 0 vacancies, 1 buffer). The facts of the check do not hold the
 * vanzelfdynamiek marks (the stille buffer there), so only the measures count.
 */
@Regelcontrole(id = "R6.7", ernst = Ernst.RISICO, vanaf = Fase.AFSPREKEN)
class BesparingZonderRek extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        Optional<Integer> eerste = f.eersteJaar();
        if (eerste.isEmpty()) {
            return List.of();
        }
        int jaar = eerste.get();
        List<Maatregel> inEersteJaar = f.overgang().maatregelen().stream()
                .filter(m -> {
                    Integer j = m.jaar();
                    return j == null || j == jaar;
                })
                .toList();
        boolean besparing = inEersteJaar.stream().anyMatch(m -> m.soort() == MaatregelSoort.BESPARINGSTAAKSTELLING);
        Optional<MaatregelSoort> rekWeg = inEersteJaar.stream()
                .map(Maatregel::soort)
                .filter(MaatregelSoort::haaltRekWeg)
                .min(Enum::compareTo);
        if (!besparing || rekWeg.isEmpty()) {
            return List.of();
        }
        return List.of(Signaal.geheel(
                String.valueOf(jaar), rekWeg.get() == MaatregelSoort.VACATURES_NIET_INVULLEN ? "0" : "1"));
    }
}
