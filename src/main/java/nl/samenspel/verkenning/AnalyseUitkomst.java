package nl.samenspel.verkenning;

import java.util.List;

/**
 * The analysis as one reader may see it: {@code nietZichtbaar} are the parties whose position this reader may
 * not read (not shared yet, or not written yet: deliberately indistinguishable); their answers count as missing.
 */
public record AnalyseUitkomst(List<Partij> partijen, List<TaakAnalyse> taken, List<Partij> nietZichtbaar) {

    public AnalyseUitkomst {
        partijen = List.copyOf(partijen);
        taken = List.copyOf(taken);
        nietZichtbaar = List.copyOf(nietZichtbaar);
    }
}
