package nl.samenspel.regeling.web;

import nl.samenspel.regeling.RegelingOnderdeel;

/** Message keys of the regeling pages and API beyond the enums' own. */
public final class RegelingTeksten {

    private RegelingTeksten() {}

    /** What the regeling must say about this item, in one sentence. */
    public static String vraagSleutel(RegelingOnderdeel o) {
        return "regeling.onderdeel." + o.name() + ".vraag";
    }
}
