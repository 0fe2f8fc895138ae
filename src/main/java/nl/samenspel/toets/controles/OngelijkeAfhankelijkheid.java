package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import nl.samenspel.verkenning.Afhankelijkheid;

/**
 * Rule 5: a pair needs each other, but not equally: one needs the other strongly, the other only somewhat. Such
 * cooperations tend to end in a one-sided exit of the less dependent party unless it sees what it gains. Names the
 * task and both parties; in the shared view only answers from shared positions count.
 */
@Regelcontrole(id = "R5.5", ernst = Ernst.AANDACHT)
class OngelijkeAfhankelijkheid extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        List<Signaal> uit = new ArrayList<>();
        for (var analyse : f.analyse()) {
            for (var paar : analyse.paren()) {
                if (paar.afhankelijkheid() == Afhankelijkheid.ONGELIJK) {
                    var sterk = Objects.requireNonNull(paar.meestAfhankelijk(), "unequal names the dependent party");
                    var minder = Objects.requireNonNull(paar.minstAfhankelijk(), "unequal names the other party");
                    uit.add(Signaal.over(
                            analyse.taak().id() + ":" + sterk.code() + ":" + minder.code(),
                            analyse.taak().naam(),
                            sterk.naam(),
                            minder.naam()));
                }
            }
        }
        return uit;
    }
}
