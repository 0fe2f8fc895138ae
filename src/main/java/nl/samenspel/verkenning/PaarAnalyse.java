package nl.samenspel.verkenning;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome for one unordered pair of parties on one task. {@code a} comes before {@code b} in the order the
 * parties were given; the classification does not depend on that order, and for INKOPEN {@code koper} (the
 * party in need) and {@code leverancier} name the roles whichever way round the pair is listed.
 *
 * @param koper only for INKOPEN, otherwise null
 * @param leverancier only for INKOPEN, otherwise null
 * @param ontbrekend the answers this pair still lacks (a about b first), empty unless ONVOLLEDIG
 * @param afhankelijkheid only for WEDERZIJDS: whether both need each other equally strongly, otherwise null
 * @param meestAfhankelijk only for ONGELIJK: the party that needs the other STERK, otherwise null
 * @param minstAfhankelijk only for ONGELIJK: the party that needs the other only ENIGSZINS, otherwise null
 */
public record PaarAnalyse(
        Partij a,
        Partij b,
        Richting aNaarB,
        Richting bNaarA,
        Classificatie classificatie,
        Advies advies,
        @Nullable Partij koper,
        @Nullable Partij leverancier,
        List<OntbrekendAntwoord> ontbrekend,
        Uitleg uitleg,
        @Nullable Afhankelijkheid afhankelijkheid,
        @Nullable Partij meestAfhankelijk,
        @Nullable Partij minstAfhankelijk) {

    public PaarAnalyse {
        ontbrekend = List.copyOf(ontbrekend);
    }

    public boolean betreft(Partij partij) {
        return a.equals(partij) || b.equals(partij);
    }
}
