package nl.samenspel.verkenning.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The analysis of one task prepared for the page: matrix cells, pair advice and sentences already in Dutch. */
public record AnalyseWeergave(
        long taakId,
        String taakNaam,
        List<String> partijen,
        List<List<Cel>> matrix,
        String beschrijving,
        List<Paar> paren,
        String patroon,
        List<String> samenvatting,
        List<String> ontbrekend,
        @Nullable String voorlopig) {

    /** One cell: row party needs column party. {@code symbool} and {@code tekst} say the same; class is only styling. */
    public record Cel(String symbool, String tekst, String soort) {}

    /** {@code voorlopig}: "voorlopig: nog niet bevestigd door …" when the pair rests on an unconfirmed position. */
    public record Paar(
            String namen,
            String classificatie,
            String advies,
            String uitleg,
            @Nullable String voorlopig) {}

    public static final int LABEL_BREEDTE = 160;
    public static final int CEL_BREEDTE = 120;
    public static final int CEL_HOOGTE = 44;

    public int breedte() {
        return LABEL_BREEDTE + CEL_BREEDTE * partijen.size();
    }

    public int hoogte() {
        return CEL_HOOGTE * (partijen.size() + 1);
    }

    public int x(int kolom) {
        return LABEL_BREEDTE + CEL_BREEDTE * kolom;
    }

    public int y(int rij) {
        return CEL_HOOGTE * (rij + 1);
    }
}
