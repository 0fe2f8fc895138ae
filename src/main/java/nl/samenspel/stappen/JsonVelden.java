package nl.samenspel.stappen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenspel.platform.Fouten;

/** Strict field reading for JSON bodies: a wrong type is an input error naming the field, never a 500. */
final class JsonVelden {

    private JsonVelden() {}

    static String tekst(Fouten fouten, Map<?, ?> body, String veld, String naam) {
        Object waarde = body.get(veld);
        if (waarde == null || waarde instanceof String) {
            return (String) waarde;
        }
        fouten.voeg(naam, "stappen.fout.geen-tekst");
        return null;
    }

    static String tekst(Fouten fouten, Map<?, ?> body, String veld) {
        return tekst(fouten, body, veld, veld);
    }

    static List<String> teksten(Fouten fouten, Map<?, ?> body, String veld) {
        Object waarde = body.get(veld);
        if (waarde == null) {
            return List.of();
        }
        if (waarde instanceof List<?> lijst) {
            List<String> uit = new ArrayList<>();
            for (Object o : lijst) {
                if (!(o instanceof String s)) {
                    fouten.voeg(veld, "stappen.fout.geen-codelijst");
                    return List.of();
                }
                uit.add(s);
            }
            return uit;
        }
        fouten.voeg(veld, "stappen.fout.geen-codelijst");
        return List.of();
    }

    /** A list of objects; null when the field is absent or of the wrong type (then an error is added). */
    static List<Map<?, ?>> objecten(Fouten fouten, Map<?, ?> body, String veld) {
        Object waarde = body.get(veld);
        if (!(waarde instanceof List<?> lijst)) {
            fouten.voeg(veld, "stappen.fout.geen-lijst");
            return null;
        }
        List<Map<?, ?>> uit = new ArrayList<>();
        for (Object o : lijst) {
            if (!(o instanceof Map<?, ?> m)) {
                fouten.voeg(veld, "stappen.fout.geen-lijst");
                return null;
            }
            uit.add(m);
        }
        return uit;
    }
}
