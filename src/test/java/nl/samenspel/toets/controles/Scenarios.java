package nl.samenspel.toets.controles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.samenspel.bestuur.Lijn;
import nl.samenspel.regeling.RegelingOnderdeel;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.ToetsFeiten;
import nl.samenspel.toets.ToetsFeiten.FaseOvergang;
import nl.samenspel.toets.ToetsFeiten.Positie;
import nl.samenspel.toets.ToetsFeiten.Regisseur;
import nl.samenspel.toets.ToetsFeiten.Spanning;
import nl.samenspel.toets.ToetsFeiten.Uitstel;
import nl.samenspel.verkenning.Behoefte;
import nl.samenspel.verkenning.Einddoel;
import nl.samenspel.verkenning.Route;
import nl.samenspel.verkenning.Sterkte;
import nl.samenspel.vorm.Geschiktheid;
import nl.samenspel.vorm.Vorm;

/**
 * Per check, facts that make it fire: starting from the healthy samenwerking of {@link ControlesTest}, one change
 * each. The texts test renders every check's finding with the arguments the check itself emits on these facts, so
 * a check without a scenario here fails that test (add one when you add a check).
 */
public final class Scenarios {

    private Scenarios() {}

    /** Check id to one or more snapshots on which that check finds something. */
    public static Map<String, List<ToetsFeiten>> perControle() {
        Map<String, List<ToetsFeiten>> uit = new LinkedHashMap<>();
        zet(uit, "R1.1", f -> {
            f.vormOntgrendeld = true;
            return f;
        });
        zet(
                uit,
                "R1.2",
                f -> {
                    f.posities.put("GM0310", new Positie("GM0310", false, true, true));
                    return f;
                },
                f -> {
                    f.posities.clear();
                    return f;
                });
        zet(uit, "R1.8", f -> {
            f.posities.put("GM0310", new Positie("GM0310", true, false, false, null, Set.of(), true));
            return f;
        });
        zet(uit, "R1.3", f -> {
            f.spanningen.clear();
            return f;
        });
        zet(
                uit,
                "R1.4",
                f -> deelsBesproken(f, "WAT"),
                f -> deelsBesproken(f, "VANZELFDYNAMIEK"),
                f -> deelsBesproken(f, "HOE"));
        zet(
                uit,
                "R1.5",
                f -> geforceerd(f, Fase.VORMGEVEN, Fase.AFSPREKEN),
                f -> geforceerd(f, Fase.AFSPREKEN, Fase.UITVOEREN),
                f -> geforceerd(f, Fase.VERKENNEN, Fase.ONDERHANDELEN));
        zet(
                uit,
                "R1.6",
                f -> {
                    f.posities.put("GM0355", ControlesTest.met("GM0355", Einddoel.BESTUURLIJKE_FUSIE_OP_TERMIJN));
                    f.posities.put("GM0312", ControlesTest.met("GM0312", Einddoel.ZELFSTANDIG_BLIJVEN));
                    return f;
                },
                f -> {
                    f.posities.put("GM0355", ControlesTest.met("GM0355", Einddoel.AMBTELIJKE_FUSIE));
                    f.posities.put(
                            "GM0310",
                            ControlesTest.met("GM0310", Einddoel.AMBTELIJKE_SAMENWERKING, Einddoel.AMBTELIJKE_FUSIE));
                    return f;
                });
        zet(
                uit,
                "R1.7",
                f -> {
                    f.verouderd.put("SPANNINGEN", Set.of("GM0310"));
                    return f;
                },
                f -> {
                    f.verouderd.put("WAT", Set.of("GM0310", "GM0355"));
                    return f;
                });
        zet(uit, "R4.1", f -> {
            f.spanningen = new ArrayList<>(List.of(new Spanning(3, "ANDERS", "OPEN", false, Set.of("GM0355"), false)));
            return f;
        });
        zet(
                uit,
                "R4.2",
                f -> uniformiteit(f, Set.of("GM0355", "GM0310")),
                f -> uniformiteit(f, Set.of("GM0355", "GM0310", "GM0312")),
                f -> uniformiteit(f, Set.of("GM0312")),
                f -> uniformiteit(f, Set.of()));
        zet(
                uit,
                "R5.1",
                Scenarios::eenzijdig,
                f -> ControlesTest.alleenEenzijdig(f).route(ControlesTest.WOZ, Route.SAMENWERKEN));
        zet(
                uit,
                "R5.2",
                f -> {
                    f.behoeften.removeIf(b -> b.taakId() == 2 && b.van().equals("GM0312"));
                    return f;
                },
                f -> {
                    f.behoeften.removeIf(b -> b.van().equals("GM0312"));
                    return f;
                });
        zet(uit, "R5.3", f -> {
            f.posities.replaceAll((k, p) -> new Positie(k, true, false, false));
            return f;
        });
        zet(uit, "R5.4", f -> {
            f.behoeften.replaceAll(b -> new Behoefte(b.taakId(), b.van(), b.naar(), Sterkte.NIET));
            return f;
        });
        zet(uit, "R5.5", f -> {
            f.behoeften.replaceAll(
                    b -> b.taakId() == 1 && b.van().equals("GM0310") && b.naar().equals("GM0355")
                            ? new Behoefte(b.taakId(), b.van(), b.naar(), Sterkte.STERK)
                            : b);
            return f;
        });
        zet(
                uit,
                "R6.1",
                f -> {
                    f.uitstel.add(new Uitstel("STAP:WAT", "UITGESTELD"));
                    return f;
                },
                f -> {
                    f.uitstel.add(new Uitstel("FASE:VORMGEVEN", "UITGESTELD"));
                    f.uitstel.add(new Uitstel("FASE:VORMGEVEN", "HEROPEND"));
                    f.uitstel.add(new Uitstel("FASE:VORMGEVEN", "UITGESTELD"));
                    return f;
                });
        zet(
                uit,
                "R6.2",
                f -> {
                    f.regisseur = new Regisseur("j.jansen", false, false, Set.of(), null);
                    return f;
                },
                f -> {
                    f.regisseur = new Regisseur("j.jansen", true, true, Set.of("AMBTENAAR"), "GM0310");
                    return f;
                });
        zet(
                uit,
                "R6.3",
                Scenarios::regisseurVanDeBilt,
                f -> regisseurVanDeBilt(f).inkopen(ControlesTest.WOZ, "GM0310", "GM0355"),
                f -> regisseurVanDeBilt(f)
                        .inkopen(ControlesTest.WOZ, "GM0310", "GM0355")
                        .inkopen(ControlesTest.INNING, "GM0310", "GM0355", "GM0312"));
        // Issue 12: the form, the regeling and the governance.
        zet(uit, "R2.1", OntwerpControlesTest::annaOokAanDeKlantkant);
        zet(uit, "R2.2", OntwerpControlesTest::bramMetJeugdInHetBestuur);
        zet(
                uit,
                "R2.3",
                f -> ControlesTest.goedOntworpen(f).zonderOrgaan(ControlesTest.OGO),
                OntwerpControlesTest::zonderBunnikAanDeKlantkant);
        zet(uit, "R2.4", f -> ControlesTest.goedOntworpen(f).zonderOrgaan(ControlesTest.AB));
        zet(
                uit,
                "R2.5",
                f -> ControlesTest.goedOntworpen(f)
                        .zonderOrgaan(ControlesTest.OGO)
                        .orgaan(
                                ControlesTest.OGO,
                                "Opdrachtgeversoverleg",
                                Lijn.KLANT,
                                ControlesTest.bestuurder(21, "Cor Smit", "GM0312", ControlesTest.FINANCIEN),
                                ControlesTest.bestuurder(22, "Anna de Vries", "GM0355", ControlesTest.FINANCIEN),
                                ControlesTest.bestuurder(23, "Bram Bakker", "GM0310", ControlesTest.FINANCIEN)));
        zet(uit, "R2.6", OntwerpControlesTest::zonderRaadsinstrumenten);
        zet(
                uit,
                "R2.7",
                f -> OntwerpControlesTest.bunnikZonderToestemming(f, Fase.AFSPREKEN),
                f -> OntwerpControlesTest.bunnikZonderToestemming(f, Fase.UITVOEREN));
        List<UnaryOperator<ControlesTest.F>> perVorm = new ArrayList<>();
        for (Vorm v : Vorm.values()) {
            perVorm.add(f -> ControlesTest.goedOntworpen(f).vorm(v, Geschiktheid.PAST_NIET, false));
        }
        zetAlle(uit, "R1.9", perVorm);
        zet(uit, "R3.1", f -> {
            ControlesTest.goedOntworpen(f).geregeld.removeAll(RegelingOnderdeel.UITTREDING_EN_EVALUATIE);
            return f;
        });
        zet(
                uit,
                "R5.6",
                f -> ControlesTest.goedOntworpen(f).inkopen(ControlesTest.WOZ, "GM0310", "GM0355", "GM0312"),
                f -> ControlesTest.goedOntworpen(f)
                        .inkopen(ControlesTest.WOZ, "GM0310", "GM0355", "GM0312")
                        .route(ControlesTest.INNING, Route.SAMENWERKEN));
        return uit;
    }

    private static void zetAlle(
            Map<String, List<ToetsFeiten>> uit, String id, List<UnaryOperator<ControlesTest.F>> wijzigingen) {
        List<ToetsFeiten> lijst = new ArrayList<>();
        for (UnaryOperator<ControlesTest.F> w : wijzigingen) {
            lijst.add(w.apply(new ControlesTest.F()).feiten());
        }
        uit.put(id, lijst);
    }

    @SafeVarargs
    private static void zet(
            Map<String, List<ToetsFeiten>> uit, String id, UnaryOperator<ControlesTest.F>... wijzigingen) {
        List<ToetsFeiten> lijst = new ArrayList<>();
        for (UnaryOperator<ControlesTest.F> w : wijzigingen) {
            lijst.add(w.apply(new ControlesTest.F()).feiten());
        }
        uit.put(id, lijst);
    }

    private static ControlesTest.F eenzijdig(ControlesTest.F f) {
        f.behoeften.removeIf(
                b -> b.taakId() == 1 && b.van().equals("GM0310") && b.naar().equals("GM0355"));
        f.behoeften.add(new Behoefte(1, "GM0310", "GM0355", Sterkte.NIET));
        return f;
    }

    private static ControlesTest.F regisseurVanDeBilt(ControlesTest.F f) {
        f.regisseur = new Regisseur("j.jansen", true, true, Set.of("REGISSEUR", "AMBTENAAR"), "GM0310");
        return f;
    }

    private static ControlesTest.F deelsBesproken(ControlesTest.F f, String stap) {
        f.overgangen.add(new FaseOvergang(
                2, Fase.ONDERHANDELEN, Fase.VORMGEVEN, true, List.of(stap), Instant.parse("2025-03-01T10:00:00Z")));
        f.besproken.put(stap, Set.of("GM0355"));
        return f;
    }

    private static ControlesTest.F geforceerd(ControlesTest.F f, Fase van, Fase naar) {
        f.overgangen.add(new FaseOvergang(2, van, naar, true, List.of(), Instant.parse("2025-03-01T10:00:00Z")));
        f.fase = naar;
        return f;
    }

    private static ControlesTest.F uniformiteit(ControlesTest.F f, Set<String> partijen) {
        f.spanningen.add(new Spanning(14, "UNIFORMITEIT_MAATWERK", "OPEN", false, partijen, false));
        return f;
    }
}
