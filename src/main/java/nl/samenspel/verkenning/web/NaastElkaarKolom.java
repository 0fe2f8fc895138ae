package nl.samenspel.verkenning.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One party's column on the side-by-side page, labels already in Dutch.
 *
 * @param namens "vastgelegd door de regisseur namens …" while the municipality has not confirmed it, else null
 * @param zichtbaar false when this reader may not read the position (unshared or absent: deliberately the same)
 */
public record NaastElkaarKolom(
        String naam,
        boolean zichtbaar,
        boolean gedeeld,
        @Nullable String watWillenWij,
        @Nullable String watWillenWijNiet,
        @Nullable String einddoel,
        @Nullable String einddoelToelichting,
        List<String> uitgesloten,
        @Nullable String namens) {

    public NaastElkaarKolom {
        uitgesloten = List.copyOf(uitgesloten);
    }

    static NaastElkaarKolom nietZichtbaar(String naam) {
        return new NaastElkaarKolom(naam, false, false, null, null, null, null, List.of(), null);
    }
}
