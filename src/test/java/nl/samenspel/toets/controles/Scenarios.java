package nl.samenspel.toets.controles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.samenspel.afspraken.AfsprakenFeiten.Dienst;
import nl.samenspel.afspraken.AfsprakenFeiten.Regel;
import nl.samenspel.afspraken.RegelStatus;
import nl.samenspel.bestuur.Lijn;
import nl.samenspel.evaluatie.EvaluatieFeiten.Actie;
import nl.samenspel.evaluatie.EvaluatieFeiten.Evaluatie;
import nl.samenspel.evaluatie.EvaluatieFeiten.Opheffing;
import nl.samenspel.evaluatie.EvaluatieFeiten.Uittreding;
import nl.samenspel.evaluatie.UittredingStatus;
import nl.samenspel.financien.FinancieleSoort;
import nl.samenspel.gedoe.GedoeFeiten.Gedoe;
import nl.samenspel.gedoe.GedoeSoort;
import nl.samenspel.gedoe.GedoeStatus;
import nl.samenspel.gesprek.GesprekFeiten;
import nl.samenspel.kalender.KalenderFeiten;
import nl.samenspel.kalender.PcMoment;
import nl.samenspel.overgang.MaatregelSoort;
import nl.samenspel.overgang.OverdrachtSoort;
import nl.samenspel.overgang.OvergangFeiten.Maatregel;
import nl.samenspel.rapportage.RapportageFeiten.Rapportage;
import nl.samenspel.regeling.RegelingOnderdeel;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.scan.ScanFeiten;
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
        // Issue 13: the agreements, the transition, the gedoe and the evaluations (rules 3, 4 and 6).
        zet(uit, "R3.2", f -> {
            AfsprakenControlesTest.goedAfgesproken(f)
                    .dvos
                    .set(
                            0,
                            AfsprakenControlesTest.dvo(
                                    11,
                                    "GM0355",
                                    2027,
                                    true,
                                    List.of(),
                                    List.of(AfsprakenControlesTest.regel(1, "op tijd", RegelStatus.VAST))));
            return f;
        });
        zet(uit, "R3.3", f -> {
            AfsprakenControlesTest.goedAfgesproken(f).forum = null;
            return f;
        });
        zet(uit, "R3.4", f -> {
            AfsprakenControlesTest.goedAfgesproken(f).fase = Fase.UITVOEREN;
            for (GedoeSoort soort : GedoeSoort.values()) {
                f.gedoe.add(new Gedoe(
                        20 + soort.ordinal(),
                        soort,
                        LocalDate.of(2027, 3, 1),
                        soort.ordinal() % 2 == 0 ? null : ControlesTest.OGO,
                        soort.ordinal() % 2 == 0 ? GedoeStatus.GEMELD : GedoeStatus.DOORGELEID,
                        null,
                        false,
                        false));
            }
            return f;
        });
        zet(uit, "R3.5", f -> {
            AfsprakenControlesTest.goedAfgesproken(f).verwachtingen.clear();
            return f;
        });
        zet(uit, "R3.6", f -> {
            AfsprakenControlesTest.goedAfgesproken(f)
                    .inventaris
                    .removeIf(o -> o.soort() == OverdrachtSoort.TUSSENDOORTAAK);
            return f;
        });
        zet(uit, "R3.7", f -> {
            AfsprakenControlesTest.goedAfgesproken(f)
                    .evaluaties
                    .add(new Evaluatie(3, LocalDate.of(2027, 6, 1), null, List.of()));
            return f;
        });
        zet(uit, "R3.8", f -> {
            AfsprakenControlesTest.goedAfgesproken(f)
                    .evaluaties
                    .add(new Evaluatie(
                            3,
                            LocalDate.of(2027, 3, 1),
                            LocalDate.of(2027, 3, 1),
                            List.of(new Actie(5, LocalDate.of(2027, 5, 1), false))));
            return f;
        });
        zet(
                uit,
                "R3.9",
                f -> {
                    AfsprakenControlesTest.goedAfgesproken(f)
                            .uittredingen
                            .set(
                                    0,
                                    new Uittreding(
                                            1,
                                            "GM0312",
                                            LocalDate.of(2027, 7, 1),
                                            UittredingStatus.AANGEKONDIGD,
                                            false));
                    return f;
                },
                f -> {
                    AfsprakenControlesTest.goedAfgesproken(f).opheffing =
                            new Opheffing(LocalDate.of(2027, 5, 1), false, true);
                    return f;
                });
        zet(uit, "R4.3", f -> AfsprakenControlesTest.uniform(AfsprakenControlesTest.goedAfgesproken(f)), f -> {
            AfsprakenControlesTest.uniform(AfsprakenControlesTest.goedAfgesproken(f))
                    .diensten
                    .clear();
            f.posities.put("GM0355", ControlesTest.met("GM0355", Einddoel.ZELFSTANDIG_BLIJVEN));
            f.posities.put("GM0312", ControlesTest.met("GM0312", Einddoel.AMBTELIJKE_FUSIE));
            return f;
        });
        zet(
                uit,
                "R4.4",
                f -> {
                    AfsprakenControlesTest.goedAfgesproken(f)
                            .diensten
                            .set(0, new Dienst(1, "Belastingen", Set.of("GM0310"), 0));
                    return f;
                },
                f -> {
                    AfsprakenControlesTest.goedAfgesproken(f)
                            .diensten
                            .set(0, new Dienst(1, "Belastingen", Set.of("GM0310", "GM0355", "GM0312"), 0));
                    return f;
                });
        zet(
                uit,
                "R4.5",
                f -> {
                    AfsprakenControlesTest.goedAfgesproken(f)
                            .dvos
                            .set(
                                    0,
                                    AfsprakenControlesTest.dvo(
                                            11,
                                            "GM0355",
                                            2027,
                                            true,
                                            List.of(),
                                            List.of(new Regel(1, null, "op tijd", RegelStatus.VAST, 5, false, true))));
                    return f;
                },
                f -> {
                    AfsprakenControlesTest.goedAfgesproken(f)
                            .dvos
                            .set(
                                    0,
                                    AfsprakenControlesTest.dvo(
                                            11,
                                            "GM0355",
                                            2027,
                                            true,
                                            List.of(),
                                            List.of(
                                                    new Regel(1, null, "op tijd", RegelStatus.VAST, 5, false, true),
                                                    new Regel(2, null, "innen", RegelStatus.VAST, 5, false, true))));
                    return f;
                },
                f -> {
                    AfsprakenControlesTest.goedAfgesproken(f)
                            .dvos
                            .set(
                                    0,
                                    AfsprakenControlesTest.dvo(
                                            11,
                                            "GM0355",
                                            2027,
                                            true,
                                            List.of(),
                                            List.of(new Regel(1, null, "op tijd", RegelStatus.VAST, 8, true, true))));
                    return f;
                });
        zet(uit, "R6.4", f -> {
            AfsprakenControlesTest.goedAfgesproken(f).transitie = null;
            return f;
        });
        zet(
                uit,
                "R6.5",
                f -> {
                    AfsprakenControlesTest.goedAfgesproken(f)
                            .dvos
                            .removeIf(d -> d.rek() || !d.gemeenteCode().equals("GM0310"));
                    return f;
                },
                f -> {
                    AfsprakenControlesTest.goedAfgesproken(f).dvos.removeIf(d -> d.rek());
                    return f;
                });
        zet(uit, "R6.6", f -> {
            AfsprakenControlesTest.goedAfgesproken(f)
                    .dvos
                    .set(
                            1,
                            AfsprakenControlesTest.dvo(
                                    12,
                                    "GM0310",
                                    2027,
                                    false,
                                    List.of(),
                                    List.of(AfsprakenControlesTest.regel(1, "op tijd", RegelStatus.VAST))));
            return f;
        });
        zet(
                uit,
                "R6.7",
                f -> {
                    AfsprakenControlesTest.goedAfgesproken(f)
                            .maatregelen
                            .add(new Maatregel(3, MaatregelSoort.BESPARINGSTAAKSTELLING, 2027));
                    f.maatregelen.add(new Maatregel(4, MaatregelSoort.VACATURES_NIET_INVULLEN, 2027));
                    return f;
                },
                f -> {
                    AfsprakenControlesTest.goedAfgesproken(f)
                            .maatregelen
                            .add(new Maatregel(3, MaatregelSoort.BESPARINGSTAAKSTELLING, null));
                    f.maatregelen.add(new Maatregel(4, MaatregelSoort.BUFFER_WEGORGANISEREN, 2027));
                    return f;
                });
        // Issue 14: planning and control on both lines (rule 7, and R6.8).
        zet(
                uit,
                "R7.1",
                f -> {
                    PlanningEnControlesTest.goedGestuurd(f)
                            .gebeurtenissen
                            .add(PlanningEnControlesTest.gebeurtenis(
                                    7,
                                    FinancieleSoort.TEKORT,
                                    2027,
                                    LocalDate.of(2027, 5, 1),
                                    Map.of("GM0355", LocalDate.of(2027, 5, 3))));
                    return f;
                },
                f -> {
                    PlanningEnControlesTest.goedGestuurd(f)
                            .gebeurtenissen
                            .add(PlanningEnControlesTest.gebeurtenis(
                                    7,
                                    FinancieleSoort.EXTRA_BIJDRAGE,
                                    2027,
                                    LocalDate.of(2027, 5, 1),
                                    Map.of("GM0355", LocalDate.of(2027, 5, 3), "GM0310", LocalDate.of(2027, 5, 3))));
                    return f;
                });
        zet(
                uit,
                "R6.8",
                f -> {
                    PlanningEnControlesTest.goedGestuurd(f)
                            .gebeurtenissen
                            .add(PlanningEnControlesTest.gebeurtenis(
                                    7, FinancieleSoort.EXTRA_BIJDRAGE, 2028, LocalDate.of(2027, 6, 1), Map.of()));
                    return f;
                },
                f -> {
                    PlanningEnControlesTest.goedGestuurd(f)
                            .gebeurtenissen
                            .add(PlanningEnControlesTest.gebeurtenis(
                                    7, FinancieleSoort.TEKORT, 2027, LocalDate.of(2028, 4, 1), Map.of()));
                    return f;
                });
        zet(
                uit,
                "R7.2",
                f -> {
                    PlanningEnControlesTest.goedGestuurd(f)
                            .rapportages
                            .add(new Rapportage(
                                    7,
                                    12,
                                    "GM0310",
                                    LocalDate.of(2027, 1, 1),
                                    LocalDate.of(2027, 3, 31),
                                    false,
                                    3,
                                    2,
                                    0));
                    return f;
                },
                f -> {
                    PlanningEnControlesTest.goedGestuurd(f)
                            .rapportages
                            .add(new Rapportage(
                                    7,
                                    12,
                                    "GM0310",
                                    LocalDate.of(2027, 1, 1),
                                    LocalDate.of(2027, 3, 31),
                                    true,
                                    3,
                                    1,
                                    0));
                    return f;
                });
        zet(uit, "R7.3", f -> {
            PlanningEnControlesTest.goedGestuurd(f)
                    .gesprekken
                    .add(PlanningEnControlesTest.gesprek(7, LocalDate.of(2027, 5, 1), false, 0, List.of()));
            return f;
        });
        zet(uit, "R7.4", f -> {
            PlanningEnControlesTest.goedGestuurd(f)
                    .gesprekken
                    .add(PlanningEnControlesTest.gesprek(
                            7,
                            LocalDate.of(2027, 4, 15),
                            true,
                            0,
                            List.of(new GesprekFeiten.Actie(70, LocalDate.of(2027, 6, 1), null))));
            return f;
        });
        zet(
                uit,
                "R7.5",
                f -> PlanningEnControlesTest.zeistIndicatoren(PlanningEnControlesTest.goedGestuurd(f), 4, 6, 9));
        List<UnaryOperator<ControlesTest.F>> perMoment = new ArrayList<>();
        for (PcMoment m : PcMoment.values()) {
            perMoment.add(f -> {
                PlanningEnControlesTest.goedGestuurd(f)
                        .termijnen
                        .add(new KalenderFeiten.Termijn(
                                2029, m, LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 20), null));
                return f;
            });
        }
        perMoment.add(f -> {
            PlanningEnControlesTest.goedGestuurd(f)
                    .termijnen
                    .add(new KalenderFeiten.Termijn(
                            2028, PcMoment.KADERS_NAAR_RADEN, LocalDate.of(2027, 4, 30), null, null));
            return f;
        });
        perMoment.add(f -> {
            PlanningEnControlesTest.goedGestuurd(f)
                    .termijnen
                    .add(new KalenderFeiten.Termijn(
                            2028, PcMoment.BEGROTING_NAAR_GS, LocalDate.of(2027, 7, 1), null, null));
            return f;
        });
        zetAlle(uit, "R7.6", perMoment);
        zet(uit, "R7.7", f -> {
            PlanningEnControlesTest.goedGestuurd(f)
                    .zienswijzen
                    .add(new KalenderFeiten.Zienswijze(
                            7, 2028, "GM0312", LocalDate.of(2027, 5, 1), null, LocalDate.of(2027, 6, 1)));
            return f;
        });
        zet(
                uit,
                "R7.8",
                f -> {
                    PlanningEnControlesTest.goedGestuurd(f).scans.clear();
                    return f;
                },
                f -> {
                    PlanningEnControlesTest.goedGestuurd(f).scans.clear();
                    f.scans.add(new ScanFeiten.Scan(3, LocalDate.of(2026, 5, 1), null, Set.of(), List.of()));
                    return f;
                });
        zet(uit, "R7.9", f -> {
            PlanningEnControlesTest.goedGestuurd(f)
                    .scans
                    .add(new ScanFeiten.Scan(
                            7,
                            LocalDate.of(2027, 2, 1),
                            LocalDate.of(2027, 3, 1),
                            Set.of("GM0355"),
                            List.of(new ScanFeiten.Actie(70, LocalDate.of(2027, 5, 1), null))));
            return f;
        });
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
