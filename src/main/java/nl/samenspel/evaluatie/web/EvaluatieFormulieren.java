package nl.samenspel.evaluatie.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The page forms of evaluation and exit, each with what was typed to show it again. */
final class EvaluatieFormulieren {

    private EvaluatieFormulieren() {}

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

    /** An evaluation (new or changed). */
    public record EvaluatieFormulier(
            @Nullable String gepland,
            @Nullable String reikwijdte,
            @Nullable String evaluator,
            @Nullable String bevindingen,
            @Nullable String uitgevoerd,
            @Nullable String versie) {

        Map<String, String> waarden() {
            return EvaluatieFormulieren.waarden(
                    "gepland",
                    gepland,
                    "reikwijdte",
                    reikwijdte,
                    "evaluator",
                    evaluator,
                    "bevindingen",
                    bevindingen,
                    "uitgevoerd",
                    uitgevoerd,
                    "versie",
                    versie);
        }
    }

    /** A follow-up action (new or changed). */
    public record ActieFormulier(
            @Nullable String omschrijving,
            @Nullable String eigenaar,
            @Nullable String deadline,
            @Nullable String afgerond,
            @Nullable String versie) {

        Map<String, String> waarden() {
            return EvaluatieFormulieren.waarden(
                    "omschrijving",
                    omschrijving,
                    "eigenaar",
                    eigenaar,
                    "deadline",
                    deadline,
                    "afgerond",
                    afgerond,
                    "versie",
                    versie);
        }
    }

    /** An uittreding (new or changed); {@code status} only when changing one. */
    public record UittredingFormulier(
            @Nullable String gemeente,
            @Nullable String aangekondigdOp,
            @Nullable String datum,
            @Nullable String reden,
            @Nullable String voorwaarden,
            @Nullable String afrekening,
            @Nullable String richting,
            @Nullable String personeel,
            @Nullable String vermogen,
            @Nullable String contracten,
            @Nullable String status,
            @Nullable String versie) {

        Map<String, String> waarden() {
            return EvaluatieFormulieren.waarden(
                    "gemeente",
                    gemeente,
                    "aangekondigdOp",
                    aangekondigdOp,
                    "datum",
                    datum,
                    "reden",
                    reden,
                    "voorwaarden",
                    voorwaarden,
                    "afrekening",
                    afrekening,
                    "richting",
                    richting,
                    "personeel",
                    personeel,
                    "vermogen",
                    vermogen,
                    "contracten",
                    contracten,
                    "status",
                    status,
                    "versie",
                    versie);
        }
    }

    /** The opheffing; {@code versie} empty the first time. */
    public record OpheffingFormulier(
            @Nullable String besluitdatum,
            @Nullable String ingangsdatum,
            @Nullable String vereffening,
            @Nullable String vereffenaar,
            @Nullable String status,
            @Nullable String versie) {

        Map<String, String> waarden() {
            return EvaluatieFormulieren.waarden(
                    "besluitdatum",
                    besluitdatum,
                    "ingangsdatum",
                    ingangsdatum,
                    "vereffening",
                    vereffening,
                    "vereffenaar",
                    vereffenaar,
                    "status",
                    status,
                    "versie",
                    versie);
        }
    }
}
