package nl.samenspel.scan.web;

import java.util.HashMap;
import java.util.Map;
import nl.samenspel.scan.ScanThema;
import nl.samenspel.scan.Stelling;
import org.jspecify.annotations.Nullable;

/** The page forms of the samenwerkingsscan, each with what was typed to show it again. */
final class ScanFormulieren {

    private ScanFormulieren() {}

    private static Map<String, String> waarden(@Nullable String... naamWaarde) {
        Map<String, String> w = new HashMap<>();
        for (int i = 0; i + 1 < naamWaarde.length; i += 2) {
            String naam = naamWaarde[i];
            String waarde = naamWaarde[i + 1];
            if (naam != null && waarde != null) {
                w.put(naam, waarde);
            }
        }
        return w;
    }

    /** Opening a round. */
    public record OpenFormulier(@Nullable String gestartOp) {

        Map<String, String> waarden() {
            return ScanFormulieren.waarden("gestartOp", gestartOp);
        }
    }

    /** Closing a round. */
    public record AfrondFormulier(
            @Nullable String afsluitreden, @Nullable String versie) {

        Map<String, String> waarden() {
            return ScanFormulieren.waarden("afsluitreden", afsluitreden, "versie", versie);
        }
    }

    /** An action of the plan. */
    public record ActieFormulier(
            @Nullable String omschrijving,
            @Nullable String eigenaar,
            @Nullable String deadline) {

        Map<String, String> waarden() {
            return ScanFormulieren.waarden("omschrijving", omschrijving, "eigenaar", eigenaar, "deadline", deadline);
        }
    }

    /**
     * A party's answers: one field per statement (named as {@link Stelling#veld()}), one per theme's open answer
     * ({@link Stelling#openVeld}), the version and which button was pressed ({@code indienen} or not).
     */
    public record AntwoordFormulier(
            @Nullable String waarde1,
            @Nullable String waarde2,
            @Nullable String waarde3,
            @Nullable String levering1,
            @Nullable String levering2,
            @Nullable String levering3,
            @Nullable String relatie1,
            @Nullable String relatie2,
            @Nullable String relatie3,
            @Nullable String sturing1,
            @Nullable String sturing2,
            @Nullable String sturing3,
            @Nullable String openStrategischeWaarde,
            @Nullable String openLevering,
            @Nullable String openRelatieEnVertrouwen,
            @Nullable String openSturing,
            @Nullable String versie,
            @Nullable String knop) {

        Map<String, @Nullable String> scores() {
            Map<String, @Nullable String> s = new java.util.LinkedHashMap<>();
            s.put("waarde1", waarde1);
            s.put("waarde2", waarde2);
            s.put("waarde3", waarde3);
            s.put("levering1", levering1);
            s.put("levering2", levering2);
            s.put("levering3", levering3);
            s.put("relatie1", relatie1);
            s.put("relatie2", relatie2);
            s.put("relatie3", relatie3);
            s.put("sturing1", sturing1);
            s.put("sturing2", sturing2);
            s.put("sturing3", sturing3);
            return s;
        }

        Map<ScanThema, @Nullable String> open() {
            Map<ScanThema, @Nullable String> o = new java.util.EnumMap<>(ScanThema.class);
            o.put(ScanThema.STRATEGISCHE_WAARDE, openStrategischeWaarde);
            o.put(ScanThema.LEVERING, openLevering);
            o.put(ScanThema.RELATIE_EN_VERTROUWEN, openRelatieEnVertrouwen);
            o.put(ScanThema.STURING, openSturing);
            return o;
        }

        boolean indienen() {
            return "indienen".equals(knop);
        }

        Map<String, String> waarden() {
            Map<String, String> w = new HashMap<>();
            scores().forEach((k, v) -> {
                if (v != null) {
                    w.put(k, v);
                }
            });
            open().forEach((t, v) -> {
                if (v != null) {
                    w.put(Stelling.openVeld(t), v);
                }
            });
            if (versie != null) {
                w.put("versie", versie);
            }
            return w;
        }
    }
}
