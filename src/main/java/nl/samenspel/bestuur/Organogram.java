package nl.samenspel.bestuur;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.gemeente.Gemeente;
import org.jspecify.annotations.Nullable;

/**
 * The organisation chart of a samenwerking as SVG (issue 12 point 5), made on the server from the bodies alone, so
 * pages and later documents reuse it. Rule 2 made visible: the supervision line runs vertically (the supervising
 * bodies above the shared organisation, a solid line), the client line horizontally (each municipality at the left,
 * its client bodies beside it, dashed lines into the shared organisation); advice stands apart at the right, dotted.
 * Position, line style, a legend and the line's name in every box tell them apart, not colour alone. All text is
 * escaped; no script, no external asset. The caller puts a text alternative with the same content next to it and
 * passes its id ({@code beschrijvingId}) for {@code aria-describedby}.
 */
public final class Organogram {

    /** The texts the chart needs: the application's message bundle ({@code teksten::t}). */
    @FunctionalInterface
    public interface Woorden {
        String t(String sleutel, Object... argumenten);
    }

    static final int BREEDTE = 880;
    private static final int KOP = 44;
    private static final int VAK_HOOGTE = 56;
    private static final int RIJ = 72;
    private static final int GEMEENTE_X = 10;
    private static final int GEMEENTE_B = 170;
    private static final int KLANT_X = 240;
    private static final int KLANT_B = 190;
    private static final int MIDDEN_X = 480;
    private static final int MIDDEN_B = 210;
    private static final int ADVIES_X = 730;
    private static final int ADVIES_B = 140;
    private static final int MAX_TEKENS = 26;

    private Organogram() {}

    /**
     * @param id prefix for the ids inside the SVG (unique on the page)
     * @param beschrijvingId the id of the text alternative next to the chart, or null (a standalone image)
     */
    public static String svg(
            String id, List<Orgaan> organen, List<Gemeente> gemeenten, Woorden w, @Nullable String beschrijvingId) {
        List<Orgaan> toezicht = op(organen, Lijn.TOEZICHT);
        List<Orgaan> klant = op(organen, Lijn.KLANT);
        List<Orgaan> advies = op(organen, Lijn.ADVIES);
        List<Orgaan> uitvoering = op(organen, Lijn.UITVOERING);

        int toezichtOnder = KOP + Math.max(toezicht.size(), advies.size()) * RIJ;
        int bandBoven = toezichtOnder + 40;
        int rijen = Math.max(1, Math.max(uitvoering.size(), Math.max(klant.size(), gemeenten.size())));
        int bandOnder = bandBoven + 30 + rijen * RIJ;
        int legendaBoven = bandOnder + 30;
        int hoogte = legendaBoven + 110;

        StringBuilder b = new StringBuilder();
        String titelId = id + "-titel";
        String descId = id + "-desc";
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"samenspel-organogram\" viewBox=\"0 0 ")
                .append(BREEDTE)
                .append(' ')
                .append(hoogte)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(esc(titelId))
                .append("\" aria-describedby=\"")
                .append(esc(descId))
                .append(beschrijvingId == null ? "" : " " + esc(beschrijvingId))
                .append("\" font-family=\"sans-serif\" font-size=\"13\">");
        b.append("<title id=\"")
                .append(esc(titelId))
                .append("\">")
                .append(esc(w.t("bestuur.organogram.titel")))
                .append("</title>");
        b.append("<desc id=\"")
                .append(esc(descId))
                .append("\">")
                .append(esc(w.t(
                        "bestuur.organogram.desc",
                        toezicht.size(),
                        klant.size(),
                        gemeenten.size(),
                        uitvoering.size(),
                        advies.size())))
                .append("</desc>");
        b.append("<rect x=\"0\" y=\"0\" width=\"")
                .append(BREEDTE)
                .append("\" height=\"")
                .append(hoogte)
                .append("\" fill=\"#ffffff\"/>");

        // Column heads: the position says which line a body is on.
        kop(b, GEMEENTE_X, GEMEENTE_B, bandBoven - 8, w.t("bestuur.organogram.kop.gemeenten"));
        kop(b, KLANT_X, KLANT_B, bandBoven - 8, w.t("bestuur.organogram.kop.klant"));
        kop(b, MIDDEN_X, MIDDEN_B, 24, w.t("bestuur.organogram.kop.toezicht"));
        if (!advies.isEmpty()) {
            kop(b, ADVIES_X, ADVIES_B, 24, w.t("bestuur.organogram.kop.advies"));
        }

        // Supervision: the bodies stacked above the shared organisation, one solid vertical line down into it.
        int midden = MIDDEN_X + MIDDEN_B / 2;
        if (!toezicht.isEmpty()) {
            lijn(b, midden, KOP + VAK_HOOGTE, midden, bandBoven, "toezicht");
            b.append("<text x=\"")
                    .append(midden + 8)
                    .append("\" y=\"")
                    .append(bandBoven - 12)
                    .append("\" font-size=\"12\">")
                    .append(esc(w.t("bestuur.organogram.houdt-toezicht")))
                    .append("</text>");
        }
        for (int i = 0; i < toezicht.size(); i++) {
            vak(b, w, toezicht.get(i), MIDDEN_X, KOP + i * RIJ, MIDDEN_B, "#e6eef8", "#1f4e8c");
        }
        for (int i = 0; i < advies.size(); i++) {
            int y = KOP + i * RIJ;
            lijn(b, MIDDEN_X + MIDDEN_B, y + VAK_HOOGTE / 2, ADVIES_X, y + VAK_HOOGTE / 2, "advies");
            vak(b, w, advies.get(i), ADVIES_X, y, ADVIES_B, "#eef6ee", "#2e6b2e");
        }

        // The shared organisation: a frame with the executing bodies in it.
        b.append("<rect x=\"")
                .append(MIDDEN_X - 10)
                .append("\" y=\"")
                .append(bandBoven)
                .append("\" width=\"")
                .append(MIDDEN_B + 20)
                .append("\" height=\"")
                .append(bandOnder - bandBoven)
                .append("\" rx=\"6\" fill=\"#f5f5f5\" stroke=\"#444444\" stroke-width=\"2\"/>");
        b.append("<text x=\"")
                .append(midden)
                .append("\" y=\"")
                .append(bandBoven + 20)
                .append("\" text-anchor=\"middle\" font-weight=\"bold\">")
                .append(esc(w.t("bestuur.organogram.organisatie")))
                .append("</text>");
        int eersteRij = bandBoven + 30;
        if (uitvoering.isEmpty()) {
            b.append("<text x=\"")
                    .append(midden)
                    .append("\" y=\"")
                    .append(eersteRij + 32)
                    .append("\" text-anchor=\"middle\" font-style=\"italic\">")
                    .append(esc(w.t("bestuur.organogram.geen-uitvoering")))
                    .append("</text>");
        }
        for (int i = 0; i < uitvoering.size(); i++) {
            vak(b, w, uitvoering.get(i), MIDDEN_X, eersteRij + i * RIJ, MIDDEN_B, "#ffffff", "#444444");
        }

        // The client line: each municipality at the left, the client bodies beside them, dashed to the organisation.
        for (int i = 0; i < gemeenten.size(); i++) {
            int y = eersteRij + i * RIJ;
            // Straight on into the organisation; a client body on the same row is drawn over it.
            lijn(b, GEMEENTE_X + GEMEENTE_B, y + VAK_HOOGTE / 2, MIDDEN_X - 10, y + VAK_HOOGTE / 2, "klant");
            gemeente(b, w, gemeenten.get(i), GEMEENTE_X, y);
        }
        for (int i = 0; i < klant.size(); i++) {
            int y = eersteRij + i * RIJ;
            lijn(b, KLANT_X + KLANT_B, y + VAK_HOOGTE / 2, MIDDEN_X - 10, y + VAK_HOOGTE / 2, "klant");
            vak(b, w, klant.get(i), KLANT_X, y, KLANT_B, "#fdf3e1", "#8a5a00");
        }
        if (klant.isEmpty()) {
            b.append("<text x=\"")
                    .append(KLANT_X + KLANT_B / 2)
                    .append("\" y=\"")
                    .append(eersteRij + 32)
                    .append("\" text-anchor=\"middle\" font-style=\"italic\">")
                    .append(esc(w.t("bestuur.organogram.geen-klant")))
                    .append("</text>");
        }

        // Legend: line style and direction, in words.
        int y = legendaBoven;
        b.append("<g class=\"legenda\"><text x=\"10\" y=\"")
                .append(y)
                .append("\" font-weight=\"bold\">")
                .append(esc(w.t("bestuur.organogram.legenda")))
                .append("</text>");
        lijn(b, 20, y + 12, 20, y + 36, "toezicht");
        legendaTekst(b, 40, y + 28, w.t("bestuur.organogram.legenda.toezicht"));
        lijn(b, 10, y + 56, 34, y + 56, "klant");
        legendaTekst(b, 40, y + 60, w.t("bestuur.organogram.legenda.klant"));
        lijn(b, 10, y + 84, 34, y + 84, "advies");
        legendaTekst(b, 40, y + 88, w.t("bestuur.organogram.legenda.advies"));
        b.append("</g></svg>");
        return b.toString();
    }

    private static List<Orgaan> op(List<Orgaan> organen, Lijn lijn) {
        List<Orgaan> uit = new ArrayList<>();
        for (Orgaan o : organen) {
            if (o.lijn() == lijn) {
                uit.add(o);
            }
        }
        return uit;
    }

    private static void kop(StringBuilder b, int x, int breedte, int y, String tekst) {
        b.append("<text x=\"")
                .append(x + breedte / 2)
                .append("\" y=\"")
                .append(y)
                .append("\" text-anchor=\"middle\" font-weight=\"bold\" font-size=\"14\">")
                .append(esc(tekst))
                .append("</text>");
    }

    /** Supervision solid and thick, client dashed, advice dotted. */
    private static void lijn(StringBuilder b, int x1, int y1, int x2, int y2, String soort) {
        String stijl = switch (soort) {
            case "toezicht" -> "stroke=\"#1f4e8c\" stroke-width=\"4\"";
            case "klant" -> "stroke=\"#8a5a00\" stroke-width=\"3\" stroke-dasharray=\"10 6\"";
            default -> "stroke=\"#2e6b2e\" stroke-width=\"2\" stroke-dasharray=\"2 4\"";
        };
        b.append("<line class=\"lijn-")
                .append(soort)
                .append("\" x1=\"")
                .append(x1)
                .append("\" y1=\"")
                .append(y1)
                .append("\" x2=\"")
                .append(x2)
                .append("\" y2=\"")
                .append(y2)
                .append("\" ")
                .append(stijl)
                .append("/>");
    }

    private static void vak(
            StringBuilder b, Woorden w, Orgaan o, int x, int y, int breedte, String vulling, String rand) {
        b.append("<g class=\"orgaan orgaan-")
                .append(o.lijn().name().toLowerCase(java.util.Locale.ROOT))
                .append("\"><title>")
                .append(esc(o.naam()))
                .append("</title>");
        b.append("<rect x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(breedte)
                .append("\" height=\"")
                .append(VAK_HOOGTE)
                .append("\" rx=\"4\" fill=\"")
                .append(vulling)
                .append("\" stroke=\"")
                .append(rand)
                .append("\" stroke-width=\"2\"/>");
        b.append("<text x=\"")
                .append(x + 8)
                .append("\" y=\"")
                .append(y + 22)
                .append("\" font-weight=\"bold\">")
                .append(esc(kort(o.naam())))
                .append("</text>");
        b.append("<text x=\"")
                .append(x + 8)
                .append("\" y=\"")
                .append(y + 42)
                .append("\" font-size=\"12\">")
                .append(esc(w.t(
                        "bestuur.organogram.vak",
                        w.t(o.lijn().labelSleutel()),
                        o.zetels().size())))
                .append("</text></g>");
    }

    private static void gemeente(StringBuilder b, Woorden w, Gemeente g, int x, int y) {
        b.append("<g class=\"gemeente\"><title>")
                .append(esc(g.naam()))
                .append("</title><rect x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(GEMEENTE_B)
                .append("\" height=\"")
                .append(VAK_HOOGTE)
                .append("\" rx=\"4\" fill=\"#ffffff\" stroke=\"#8a5a00\" stroke-width=\"2\"/>");
        b.append("<text x=\"")
                .append(x + 8)
                .append("\" y=\"")
                .append(y + 22)
                .append("\" font-weight=\"bold\">")
                .append(esc(kort(g.naam())))
                .append("</text><text x=\"")
                .append(x + 8)
                .append("\" y=\"")
                .append(y + 42)
                .append("\" font-size=\"12\">")
                .append(esc(w.t("bestuur.organogram.als-klant")))
                .append("</text></g>");
    }

    private static void legendaTekst(StringBuilder b, int x, int y, String tekst) {
        b.append("<text x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\">")
                .append(esc(tekst))
                .append("</text>");
    }

    /** A long name shortened for the box; the full name is in the box's title and in the text alternative. */
    static String kort(String naam) {
        return naam.length() <= MAX_TEKENS
                ? naam
                : naam.substring(0, MAX_TEKENS - 1).strip() + "\u2026";
    }

    /** Escapes text for SVG (XML) content and attribute values. */
    static String esc(String tekst) {
        StringBuilder uit = new StringBuilder(tekst.length());
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            switch (c) {
                case '<' -> uit.append("&lt;");
                case '>' -> uit.append("&gt;");
                case '&' -> uit.append("&amp;");
                case '"' -> uit.append("&quot;");
                case '\'' -> uit.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        uit.append(' ');
                    } else {
                        uit.append(c);
                    }
                }
            }
        }
        return uit.toString();
    }
}
