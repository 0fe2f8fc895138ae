package nl.samenspel.samenwerking;

import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.OngeldigeInvoerException;
import org.jspecify.annotations.Nullable;

/**
 * Who took a decision: for one municipality its college, its burgemeester or its raad; for the samenwerking as a
 * whole a steering group of the parties, or the algemeen or dagelijks bestuur of a gemeenschappelijke regeling.
 */
public enum BesluitOrgaan {
    COLLEGE,
    BURGEMEESTER,
    RAAD,
    STUURGROEP,
    ALGEMEEN_BESTUUR,
    DAGELIJKS_BESTUUR;

    /** The bodies of one municipality, for a decision recorded for that municipality. */
    public boolean vanGemeente() {
        return this == COLLEGE || this == BURGEMEESTER || this == RAAD;
    }

    public String labelSleutel() {
        return "besluit.orgaan." + name();
    }

    /**
     * The deciding body as a form or API request names it: empty means not recorded (null); an unknown name is a 400
     * on field {@code besluitOrgaan}, nothing stored.
     */
    public static @Nullable BesluitOrgaan lees(@Nullable String naam) {
        if (naam == null || naam.isBlank()) {
            return null;
        }
        try {
            return valueOf(naam.strip());
        } catch (IllegalArgumentException e) {
            throw new OngeldigeInvoerException(new Fouten().voeg("besluitOrgaan", "besluit.orgaan.onbekend"));
        }
    }
}
