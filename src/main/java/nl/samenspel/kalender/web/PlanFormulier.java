package nl.samenspel.kalender.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The planned and actual days of one budget year on the page; the budget changes as parallel lists (one entry per
 * row, in order; a row without description is left out).
 */
public record PlanFormulier(
        @Nullable String versie,
        @Nullable String kadersGepland,
        @Nullable String kadersGedaan,
        @Nullable String voorlopigeJaarrekeningGepland,
        @Nullable String voorlopigeJaarrekeningGedaan,
        @Nullable String ontwerpbegrotingGepland,
        @Nullable String ontwerpbegrotingGedaan,
        @Nullable String begrotingGepland,
        @Nullable String begrotingGedaan,
        @Nullable String begrotingNaarGsGepland,
        @Nullable String begrotingNaarGsGedaan,
        @Nullable String jaarrekeningGepland,
        @Nullable String jaarrekeningGedaan,
        @Nullable String jaarrekeningNaarGsGepland,
        @Nullable String jaarrekeningNaarGsGedaan,
        @Nullable List<String> wijzigingOmschrijving,
        @Nullable List<String> wijzigingNaarRadenGepland,
        @Nullable List<String> wijzigingNaarRadenGedaan,
        @Nullable List<String> wijzigingBesluitGepland,
        @Nullable List<String> wijzigingBesluitGedaan) {

    /** What was typed for the seven day pairs, to show the form again. */
    public Map<String, String> waarden() {
        Map<String, String> w = new HashMap<>();
        w.put("kadersGepland", kadersGepland);
        w.put("kadersGedaan", kadersGedaan);
        w.put("voorlopigeJaarrekeningGepland", voorlopigeJaarrekeningGepland);
        w.put("voorlopigeJaarrekeningGedaan", voorlopigeJaarrekeningGedaan);
        w.put("ontwerpbegrotingGepland", ontwerpbegrotingGepland);
        w.put("ontwerpbegrotingGedaan", ontwerpbegrotingGedaan);
        w.put("begrotingGepland", begrotingGepland);
        w.put("begrotingGedaan", begrotingGedaan);
        w.put("begrotingNaarGsGepland", begrotingNaarGsGepland);
        w.put("begrotingNaarGsGedaan", begrotingNaarGsGedaan);
        w.put("jaarrekeningGepland", jaarrekeningGepland);
        w.put("jaarrekeningGedaan", jaarrekeningGedaan);
        w.put("jaarrekeningNaarGsGepland", jaarrekeningNaarGsGepland);
        w.put("jaarrekeningNaarGsGedaan", jaarrekeningNaarGsGedaan);
        if (versie != null) {
            w.put("versie", versie);
        }
        return w;
    }

    static String waarde(@Nullable List<String> lijst, int i) {
        if (lijst == null || i >= lijst.size() || lijst.get(i) == null) {
            return "";
        }
        return lijst.get(i);
    }
}
