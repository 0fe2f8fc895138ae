package nl.samenspel.verkenning;

import java.util.ArrayList;
import java.util.List;

/**
 * The analysis as one reader may see it: {@code nietZichtbaar} are the parties whose position this reader may
 * not read (not shared yet, or not written yet: deliberately indistinguishable); their answers count as missing.
 * {@code voorlopig} are the parties whose position (readable by this reader) the regisseur recorded on their behalf
 * and they have not confirmed yet: what rests on their answers is provisional.
 */
public record AnalyseUitkomst(
        List<Partij> partijen, List<TaakAnalyse> taken, List<Partij> nietZichtbaar, List<Partij> voorlopig) {

    public AnalyseUitkomst {
        partijen = List.copyOf(partijen);
        taken = List.copyOf(taken);
        nietZichtbaar = List.copyOf(nietZichtbaar);
        voorlopig = List.copyOf(voorlopig);
    }

    public AnalyseUitkomst(List<Partij> partijen, List<TaakAnalyse> taken, List<Partij> nietZichtbaar) {
        this(partijen, taken, nietZichtbaar, List.of());
    }

    /** The unconfirmed parties whose answers this pair's conclusion rests on, in the order a, b. */
    public List<Partij> voorlopig(PaarAnalyse p) {
        List<Partij> uit = new ArrayList<>();
        if (voorlopig.contains(p.a()) && !p.aNaarB().ontbreekt()) {
            uit.add(p.a());
        }
        if (voorlopig.contains(p.b()) && !p.bNaarA().ontbreekt()) {
            uit.add(p.b());
        }
        return uit;
    }

    /** The unconfirmed parties whose answers count in this task's analysis, in the order of the parties. */
    public List<Partij> voorlopig(TaakAnalyse t) {
        return partijen.stream()
                .filter(voorlopig::contains)
                .filter(p -> t.richtingen().stream().anyMatch(r -> r.van().equals(p) && !r.ontbreekt()))
                .toList();
    }
}
