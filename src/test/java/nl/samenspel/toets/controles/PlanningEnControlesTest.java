package nl.samenspel.toets.controles;

import static nl.samenspel.toets.controles.ControlesTest.PEILDATUM;
import static nl.samenspel.toets.controles.ControlesTest.signalen;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import nl.samenspel.afspraken.AfsprakenFeiten.Dvo;
import nl.samenspel.financien.FinancieleSoort;
import nl.samenspel.financien.FinancienFeiten.Gebeurtenis;
import nl.samenspel.gesprek.GesprekFeiten.Gesprek;
import nl.samenspel.kalender.KalenderFeiten.Termijn;
import nl.samenspel.kalender.KalenderFeiten.Zienswijze;
import nl.samenspel.kalender.PcMoment;
import nl.samenspel.rapportage.RapportageFeiten.Rapportage;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.scan.ScanFeiten;
import nl.samenspel.scan.ScanFeiten.Scan;
import nl.samenspel.toets.Controle;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the checks of rule 7 (and R6.8) on the statutory calendar, the money, the reports, the service
 * conversations and the scans. Each one fires on facts that break it, is silent once the cause is repaired, and is
 * silent before its phase; the date-dependent ones judge on the peildatum (15 June 2027), never on the clock.
 */
class PlanningEnControlesTest {

    static final String ZEIST = "GM0355";
    static final String DE_BILT = "GM0310";
    static final String BUNNIK = "GM0312";

    static LocalDate dag(int jaar, int maand, int dag) {
        return LocalDate.of(jaar, maand, dag);
    }

    static Termijn termijn(
            int jaar,
            PcMoment moment,
            @Nullable LocalDate uiterlijk,
            @Nullable LocalDate gepland,
            @Nullable LocalDate gedaan) {
        return new Termijn(jaar, moment, uiterlijk, gepland, gedaan);
    }

    static Gebeurtenis gebeurtenis(
            long id, FinancieleSoort soort, int jaar, LocalDate bekendOp, Map<String, LocalDate> geinformeerd) {
        return new Gebeurtenis(id, soort, jaar, new BigDecimal("125000.00"), bekendOp, geinformeerd);
    }

    static Gesprek gesprek(
            long id,
            LocalDate datum,
            boolean verslag,
            int bijsturingen,
            List<nl.samenspel.gesprek.GesprekFeiten.Actie> acties) {
        return new Gesprek(id, 11, ZEIST, null, datum, verslag, bijsturingen, acties);
    }

    /** Zeist's DVO of 2027 (id 11) with these indicator totals per agreed version. */
    static ControlesTest.F zeistIndicatoren(ControlesTest.F f, Integer... perVersie) {
        f.dvos.replaceAll(d -> d.id() == 11 ? metIndicatoren(d, perVersie) : d);
        return f;
    }

    static Dvo metIndicatoren(Dvo d, Integer... perVersie) {
        return new Dvo(
                d.id(),
                d.gemeenteCode(),
                d.jaar(),
                d.vastgesteld(),
                d.vastgesteldOp(),
                d.versienummer(),
                d.regels(),
                d.eersteVaststelling(),
                d.rek(),
                d.herzieningsdata(),
                List.of(perVersie));
    }

    /**
     * A running samenwerking (UITVOEREN, started 1 January 2027) on top of
     * {@link AfsprakenControlesTest#goedAfgesproken} whose planning and control follows rule 7 on 15 June 2027: the
     * calendar for 2028 on schedule so far (kaders and draft budget sent in time, the rest planned in time), the
     * annual accounts of 2027 planned; one zienswijze answered and one whose decision is still ahead; a deficit from
     * before the start every raad heard of in time, a surplus; a report with narratives and one whose period still
     * runs; a conversation with notes and actions (one done, one not yet due) and one held five days ago; a scan
     * this year with an action plan not yet due; Zeist's indicators grew once and then stayed.
     */
    static ControlesTest.F goedGestuurd(ControlesTest.F f) {
        AfsprakenControlesTest.goedAfgesproken(f);
        f.fase = Fase.UITVOEREN;
        f.termijnen.addAll(List.of(
                termijn(2028, PcMoment.KADERS_NAAR_RADEN, dag(2027, 4, 30), dag(2027, 4, 20), dag(2027, 4, 20)),
                termijn(
                        2028,
                        PcMoment.VOORLOPIGE_JAARREKENING_NAAR_RADEN,
                        dag(2027, 4, 30),
                        dag(2027, 4, 20),
                        dag(2027, 4, 22)),
                termijn(2028, PcMoment.ONTWERPBEGROTING_NAAR_RADEN, dag(2027, 4, 8), dag(2027, 4, 1), dag(2027, 4, 1)),
                termijn(
                        2028,
                        PcMoment.ZIENSWIJZETERMIJN_BEGROTING,
                        dag(2027, 7, 1),
                        dag(2027, 6, 24),
                        dag(2027, 6, 24)),
                termijn(2028, PcMoment.BEGROTING_VASTGESTELD, dag(2027, 12, 31), dag(2027, 7, 1), null),
                termijn(2028, PcMoment.BEGROTING_NAAR_GS, dag(2027, 7, 15), dag(2027, 7, 8), null),
                termijn(2027, PcMoment.JAARREKENING_VASTGESTELD, dag(2028, 12, 31), dag(2028, 6, 1), null),
                termijn(2027, PcMoment.JAARREKENING_NAAR_GS, dag(2028, 6, 15), dag(2028, 6, 8), null),
                termijn(2028, PcMoment.BEGROTINGSWIJZIGING_VASTGESTELD, null, dag(2027, 11, 1), null)));
        f.zienswijzen.add(new Zienswijze(1, 2028, DE_BILT, dag(2027, 5, 20), dag(2027, 6, 1), dag(2027, 5, 30)));
        f.zienswijzen.add(new Zienswijze(2, 2028, ZEIST, dag(2027, 6, 10), null, dag(2027, 7, 1)));
        f.gebeurtenissen.add(gebeurtenis(
                1,
                FinancieleSoort.TEKORT,
                2026,
                dag(2026, 9, 1),
                Map.of(ZEIST, dag(2026, 9, 10), DE_BILT, dag(2026, 9, 12), BUNNIK, dag(2026, 9, 20))));
        f.gebeurtenissen.add(gebeurtenis(2, FinancieleSoort.OVERSCHOT, 2027, dag(2027, 4, 1), Map.of()));
        f.rapportages.add(new Rapportage(1, 11, ZEIST, dag(2027, 1, 1), dag(2027, 3, 31), true, 4, 0, 1));
        f.rapportages.add(new Rapportage(2, 11, ZEIST, dag(2027, 4, 1), dag(2027, 6, 30), false, 2, 1, 0));
        f.gesprekken.add(gesprek(
                1,
                dag(2027, 4, 15),
                true,
                1,
                List.of(
                        new nl.samenspel.gesprek.GesprekFeiten.Actie(1, dag(2027, 5, 15), dag(2027, 5, 10)),
                        new nl.samenspel.gesprek.GesprekFeiten.Actie(2, dag(2027, 7, 1), null))));
        f.gesprekken.add(gesprek(2, PEILDATUM.minusDays(5), false, 0, List.of()));
        f.scans.replaceAll(s -> new Scan(
                s.id(),
                s.gestartOp(),
                s.afgerondOp(),
                s.ingevuldDoor(),
                List.of(
                        new ScanFeiten.Actie(1, dag(2027, 5, 1), dag(2027, 4, 28)),
                        new ScanFeiten.Actie(2, dag(2027, 9, 1), null))));
        zeistIndicatoren(f, 4, 6, 6);
        return f;
    }

    static List<Signaal> goed(Controle c, UnaryOperator<ControlesTest.F> wijziging) {
        return signalen(c, f -> wijziging.apply(goedGestuurd(f)));
    }

    /** Fires on {@code mis}, is silent on {@code hersteld} and, with the same broken facts, in the form phase. */
    static List<Signaal> beideKanten(
            Controle c, UnaryOperator<ControlesTest.F> mis, UnaryOperator<ControlesTest.F> hersteld) {
        List<Signaal> s = goed(c, mis);
        assertThat(s).as(c.id() + " fires").isNotEmpty();
        assertThat(goed(c, f -> hersteld.apply(mis.apply(f))))
                .as(c.id() + " repaired")
                .isEmpty();
        assertThat(goed(c, f -> {
                    mis.apply(f).fase = Fase.VORMGEVEN;
                    return f;
                }))
                .as(c.id() + " before its phase")
                .isEmpty();
        return s;
    }

    static ToetsFeiten feiten(UnaryOperator<ControlesTest.F> wijziging) {
        return wijziging.apply(goedGestuurd(new ControlesTest.F())).feiten();
    }

    @Test
    void everyRuleHasAtLeastThreeChecks() {
        Map<Integer, List<String>> perRegel = new TreeMap<>();
        for (Controle c : ControlesTest.alle()) {
            perRegel.computeIfAbsent(c.regel(), r -> new ArrayList<>()).add(c.id());
        }
        assertThat(perRegel).containsOnlyKeys(1, 2, 3, 4, 5, 6, 7);
        perRegel.forEach(
                (regel, ids) -> assertThat(ids).as("rule " + regel + ": " + ids).hasSizeGreaterThanOrEqualTo(3));
        assertThat(perRegel.get(7))
                .containsExactlyInAnyOrder("R7.1", "R7.2", "R7.3", "R7.4", "R7.5", "R7.6", "R7.7", "R7.8", "R7.9");
        assertThat(perRegel.get(6)).contains("R6.8");
    }

    @Test
    void planningAndControlAsTheRulesAskHasNoFindingAtAll() {
        for (Fase fase : List.of(Fase.AFSPREKEN, Fase.UITVOEREN)) {
            ToetsFeiten goed = feiten(f -> {
                f.fase = fase;
                return f;
            });
            for (Controle c : ControlesTest.alle()) {
                assertThat(c.evalueer(goed)).as(c.id() + " " + fase).isEmpty();
            }
        }
    }

    // ---- R7.1: a raad not told of bad news about money ----

    @Test
    void r71ADeficitKnownLongerThanTheTermWhileRadenWereNotInformed() {
        RaadNietIngelicht r71 = new RaadNietIngelicht();
        assertThat(r71.ernst()).isEqualTo(Ernst.RISICO);
        UnaryOperator<ControlesTest.F> mis = f -> {
            f.gebeurtenissen.add(
                    gebeurtenis(7, FinancieleSoort.TEKORT, 2027, dag(2027, 5, 1), Map.of(ZEIST, dag(2027, 5, 3))));
            return f;
        };
        assertThat(beideKanten(r71, mis, f -> {
                    f.gebeurtenissen.replaceAll(g -> g.id() == 7
                            ? gebeurtenis(
                                    7,
                                    FinancieleSoort.TEKORT,
                                    2027,
                                    dag(2027, 5, 1),
                                    Map.of(ZEIST, dag(2027, 5, 3), DE_BILT, dag(2027, 6, 10), BUNNIK, dag(2027, 6, 14)))
                            : g);
                    return f;
                }))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.onderwerp()).isEqualTo("7");
                    assertThat(s.argumenten())
                            .containsExactly("2", "2027", "1 mei 2027", "De Bilt", "Bunnik", "2", "28");
                    // Known on 1 May, four weeks to inform: open since the day after the term ran out.
                    assertThat(s.sinds()).isEqualTo(dag(2027, 5, 30));
                });
        // One raad left to inform: named alone.
        assertThat(goed(r71, f -> {
                    f.gebeurtenissen.add(gebeurtenis(
                            7,
                            FinancieleSoort.EXTRA_BIJDRAGE,
                            2027,
                            dag(2027, 5, 1),
                            Map.of(ZEIST, dag(2027, 5, 3), DE_BILT, dag(2027, 5, 4))));
                    return f;
                }))
                .singleElement()
                .satisfies(s ->
                        assertThat(s.argumenten()).containsExactly("1", "2027", "1 mei 2027", "", "Bunnik", "1", "28"));
    }

    @Test
    void r71CountsTheTermToThePeildatumAndOnlyForBadNewsAndCurrentParties() {
        RaadNietIngelicht r71 = new RaadNietIngelicht();
        // Exactly the 28 days: still within the term; one day more: not.
        assertThat(goed(r71, f -> {
                    f.gebeurtenissen.add(
                            gebeurtenis(7, FinancieleSoort.TEKORT, 2027, PEILDATUM.minusDays(28), Map.of()));
                    return f;
                }))
                .isEmpty();
        assertThat(goed(r71, f -> {
                    f.gebeurtenissen.add(
                            gebeurtenis(7, FinancieleSoort.TEKORT, 2027, PEILDATUM.minusDays(29), Map.of()));
                    return f;
                }))
                .hasSize(1);
        // The samenwerking's own, longer term.
        assertThat(goed(r71, f -> {
                    f.informatietermijn = 60;
                    f.gebeurtenissen.add(
                            gebeurtenis(7, FinancieleSoort.TEKORT, 2027, PEILDATUM.minusDays(45), Map.of()));
                    return f;
                }))
                .isEmpty();
        // Good news and a budget change are not what this check is about.
        assertThat(goed(r71, f -> {
                    f.gebeurtenissen.add(gebeurtenis(7, FinancieleSoort.OVERSCHOT, 2027, dag(2027, 1, 1), Map.of()));
                    f.gebeurtenissen.add(
                            gebeurtenis(8, FinancieleSoort.BEGROTINGSWIJZIGING, 2027, dag(2027, 1, 1), Map.of()));
                    return f;
                }))
                .isEmpty();
        // A municipality that left is not asked for: the others were told.
        assertThat(goed(r71, f -> {
                    f.partijen.removeIf(p -> p.code().equals(BUNNIK));
                    f.gebeurtenissen.add(gebeurtenis(
                            7,
                            FinancieleSoort.TEKORT,
                            2027,
                            dag(2027, 5, 1),
                            Map.of(ZEIST, dag(2027, 5, 3), DE_BILT, dag(2027, 5, 4))));
                    return f;
                }))
                .isEmpty();
        ToetsFeiten zonder = feiten(f -> f);
        assertThat(r71.opgelost("1", zonder)).isEqualTo("toets.controle.R7.1.opgelost");
        assertThat(r71.opgelost("99", zonder)).isEqualTo("toets.opgelost.vervallen");
    }

    // ---- R6.8: extra money in the first two years ----

    @Test
    void r68AnExtraContributionOrDeficitInTheFirstTwoYearsAfterTheStart() {
        ExtraGeldInDeEersteJaren r68 = new ExtraGeldInDeEersteJaren();
        assertThat(r68.regel()).isEqualTo(6);
        UnaryOperator<ControlesTest.F> mis = f -> {
            f.gebeurtenissen.add(gebeurtenis(
                    7, FinancieleSoort.EXTRA_BIJDRAGE, 2028, dag(2027, 6, 1), Map.of(ZEIST, dag(2027, 6, 2))));
            return f;
        };
        assertThat(beideKanten(r68, mis, f -> {
                    // The amount turned out to concern a later year and became known then.
                    f.gebeurtenissen.replaceAll(g -> g.id() == 7
                            ? gebeurtenis(7, FinancieleSoort.EXTRA_BIJDRAGE, 2029, dag(2029, 2, 1), Map.of())
                            : g);
                    return f;
                }))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.onderwerp()).isEqualTo("7");
                    assertThat(s.argumenten()).containsExactly("1", "2028", "1 juni 2027");
                    assertThat(s.sinds()).isEqualTo(dag(2027, 6, 1));
                });
        // A deficit over the second year, known in the third: the year counts.
        assertThat(goed(r68, f -> {
                    f.gebeurtenissen.add(gebeurtenis(7, FinancieleSoort.TEKORT, 2028, dag(2029, 4, 1), Map.of()));
                    return f;
                }))
                .singleElement()
                .satisfies(s -> assertThat(s.argumenten()).containsExactly("2", "2028", "1 april 2029"));
        // An extra contribution for a later year asked within two years of the start: the day counts.
        assertThat(goed(r68, f -> {
                    f.gebeurtenissen.add(
                            gebeurtenis(7, FinancieleSoort.EXTRA_BIJDRAGE, 2030, dag(2028, 12, 31), Map.of()));
                    return f;
                }))
                .hasSize(1);
        // A surplus in the first year is no sign of lost slack.
        assertThat(goed(r68, f -> {
                    f.gebeurtenissen.add(gebeurtenis(7, FinancieleSoort.OVERSCHOT, 2027, dag(2027, 6, 1), Map.of()));
                    return f;
                }))
                .isEmpty();
        assertThat(r68.opgelost("7", feiten(mis))).isEqualTo("toets.controle.R6.8.opgelost");
        assertThat(r68.opgelost("7", feiten(f -> f))).isEqualTo("toets.opgelost.vervallen");
    }

    // ---- R7.2: numbers without a narrative ----

    @Test
    void r72AReportWhosePeriodEndedWithValuesButLinesWithoutNarrative() {
        CijfersZonderVerhaal r72 = new CijfersZonderVerhaal();
        UnaryOperator<ControlesTest.F> mis = f -> {
            f.rapportages.add(new Rapportage(7, 12, DE_BILT, dag(2027, 1, 1), dag(2027, 3, 31), false, 3, 2, 0));
            return f;
        };
        assertThat(beideKanten(r72, mis, f -> {
                    f.rapportages.replaceAll(r -> r.id() == 7
                            ? new Rapportage(7, 12, DE_BILT, dag(2027, 1, 1), dag(2027, 3, 31), true, 3, 0, 0)
                            : r);
                    return f;
                }))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.onderwerp()).isEqualTo("7");
                    assertThat(s.argumenten()).containsExactly("De Bilt", "1 januari 2027", "31 maart 2027", "2");
                    assertThat(s.sinds()).isEqualTo(dag(2027, 4, 1));
                });
        // Without numbers there is nothing a narrative must explain (yet); a running period is still being written.
        assertThat(goed(r72, f -> {
                    f.rapportages.add(
                            new Rapportage(7, 12, DE_BILT, dag(2027, 1, 1), dag(2027, 3, 31), false, 0, 2, 0));
                    f.rapportages.add(new Rapportage(8, 12, DE_BILT, dag(2027, 4, 1), PEILDATUM, false, 3, 2, 0));
                    return f;
                }))
                .isEmpty();
    }

    // ---- R7.3: a conversation without recorded outcome ----

    @Test
    void r73AConversationWithoutNotesAdjustmentsOrActionsAfterTwoWeeks() {
        GesprekZonderUitkomst r73 = new GesprekZonderUitkomst();
        UnaryOperator<ControlesTest.F> mis = f -> {
            f.gesprekken.add(gesprek(7, PEILDATUM.minusDays(15), false, 0, List.of()));
            return f;
        };
        assertThat(beideKanten(r73, mis, f -> {
                    f.gesprekken.replaceAll(g -> g.id() == 7 ? gesprek(7, g.datum(), true, 0, List.of()) : g);
                    return f;
                }))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.onderwerp()).isEqualTo("7");
                    assertThat(s.argumenten()).containsExactly("Zeist", "31 mei 2027", "14");
                    assertThat(s.sinds()).isEqualTo(PEILDATUM);
                });
        // Fourteen days: still time to write it up. An adjustment or an action alone is an outcome too.
        assertThat(goed(r73, f -> {
                    f.gesprekken.add(gesprek(7, PEILDATUM.minusDays(14), false, 0, List.of()));
                    f.gesprekken.add(gesprek(8, dag(2027, 3, 1), false, 1, List.of()));
                    f.gesprekken.add(gesprek(
                            9,
                            dag(2027, 3, 1),
                            false,
                            0,
                            List.of(new nl.samenspel.gesprek.GesprekFeiten.Actie(9, dag(2027, 9, 1), null))));
                    return f;
                }))
                .isEmpty();
    }

    // ---- R7.4: conversation actions overdue ----

    @Test
    void r74AnActionOfAConversationPastItsDeadline() {
        GespreksactiesVerlopen r74 = new GespreksactiesVerlopen();
        UnaryOperator<ControlesTest.F> mis = f -> {
            f.gesprekken.add(gesprek(
                    7,
                    dag(2027, 4, 15),
                    true,
                    0,
                    List.of(new nl.samenspel.gesprek.GesprekFeiten.Actie(70, dag(2027, 6, 1), null))));
            return f;
        };
        assertThat(beideKanten(r74, mis, f -> {
                    f.gesprekken.replaceAll(g -> g.id() == 7
                            ? gesprek(
                                    7,
                                    g.datum(),
                                    true,
                                    0,
                                    List.of(new nl.samenspel.gesprek.GesprekFeiten.Actie(
                                            70, dag(2027, 6, 1), dag(2027, 6, 14))))
                            : g);
                    return f;
                }))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.onderwerp()).isEqualTo("70");
                    assertThat(s.argumenten()).containsExactly("1 juni 2027", "Zeist", "15 april 2027");
                    assertThat(s.sinds()).isEqualTo(dag(2027, 6, 2));
                });
        // Due today is not overdue.
        assertThat(goed(r74, f -> {
                    f.gesprekken.add(gesprek(
                            7,
                            dag(2027, 4, 15),
                            true,
                            0,
                            List.of(new nl.samenspel.gesprek.GesprekFeiten.Actie(70, PEILDATUM, null))));
                    return f;
                }))
                .isEmpty();
        assertThat(r74.opgelost("2", feiten(f -> f))).isEqualTo("toets.controle.R7.4.opgelost");
        assertThat(r74.opgelost("70", feiten(f -> f))).isEqualTo("toets.opgelost.vervallen");
    }

    // ---- R7.5: indicators growing cycle over cycle ----

    @Test
    void r75IndicatorsRoseInTwoSuccessiveCyclesForOneClient() {
        IndicatorenGroeien r75 = new IndicatorenGroeien();
        UnaryOperator<ControlesTest.F> mis = f -> zeistIndicatoren(f, 4, 6, 9);
        assertThat(beideKanten(r75, mis, f -> {
                    // The next cycle (the DVO of 2028) carries no more than the last one.
                    f.dvos.add(
                            metIndicatoren(AfsprakenControlesTest.dvo(21, ZEIST, 2028, true, List.of(), List.of()), 9));
                    return f;
                }))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.onderwerp()).isEqualTo(ZEIST);
                    assertThat(s.argumenten()).containsExactly("Zeist", "4", "6", "9");
                });
        // Across the years: the versions of 2027, then the DVO of 2028.
        assertThat(goed(r75, f -> {
                    zeistIndicatoren(f, 4, 6);
                    f.dvos.add(
                            metIndicatoren(AfsprakenControlesTest.dvo(21, ZEIST, 2028, true, List.of(), List.of()), 7));
                    return f;
                }))
                .singleElement()
                .satisfies(s -> assertThat(s.argumenten()).containsExactly("Zeist", "4", "6", "7"));
        // A rise, a fall and a rise is no steady growth; each client is counted on its own.
        assertThat(goed(r75, f -> {
                    zeistIndicatoren(f, 4, 9, 6, 7);
                    f.dvos.replaceAll(d -> d.id() == 12 ? metIndicatoren(d, 5) : d);
                    f.dvos.add(metIndicatoren(
                            AfsprakenControlesTest.dvo(22, DE_BILT, 2028, true, List.of(), List.of()), 6));
                    return f;
                }))
                .isEmpty();
    }

    // ---- R7.6: a statutory term broken or about to be ----

    static ControlesTest.F moment(ControlesTest.F f, PcMoment m, Termijn t) {
        f.termijnen.removeIf(x -> x.moment() == m && x.jaar() == t.jaar());
        f.termijnen.add(t);
        return f;
    }

    @Test
    void r76APlanThatBreaksTheTermIsARisk() {
        WettelijkeTermijnInGevaar r76 = new WettelijkeTermijnInGevaar();
        // The draft budget planned to go out twelve days after the last day (AB on 1 July, minus twelve weeks).
        UnaryOperator<ControlesTest.F> mis = f -> moment(
                f,
                PcMoment.ONTWERPBEGROTING_NAAR_RADEN,
                termijn(2028, PcMoment.ONTWERPBEGROTING_NAAR_RADEN, dag(2027, 4, 8), dag(2027, 4, 20), null));
        assertThat(beideKanten(
                        r76,
                        mis,
                        f -> moment(
                                f,
                                PcMoment.ONTWERPBEGROTING_NAAR_RADEN,
                                termijn(
                                        2028,
                                        PcMoment.ONTWERPBEGROTING_NAAR_RADEN,
                                        dag(2027, 4, 8),
                                        dag(2027, 4, 20),
                                        dag(2027, 4, 7)))))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.onderwerp()).isEqualTo("2028:ONTWERPBEGROTING_NAAR_RADEN");
                    assertThat(s.argumenten())
                            .containsExactly(
                                    String.valueOf(PcMoment.ONTWERPBEGROTING_NAAR_RADEN.ordinal()),
                                    "2028",
                                    "8 april 2027",
                                    "art. 35 lid 1 Wgr",
                                    "0");
                    assertThat(s.ernst(r76)).isEqualTo(Ernst.RISICO);
                });
        // A zienswijze window that ends after the board's decision day (the plan breaks art. 35 lid 3).
        assertThat(goed(
                        r76,
                        f -> moment(
                                f,
                                PcMoment.ZIENSWIJZETERMIJN_BEGROTING,
                                termijn(
                                        2028,
                                        PcMoment.ZIENSWIJZETERMIJN_BEGROTING,
                                        dag(2027, 7, 1),
                                        dag(2027, 7, 13),
                                        null))))
                .singleElement()
                .satisfies(s -> assertThat(s.argumenten()).endsWith("0"));
    }

    @Test
    void r76ALastDayThatPassedWithoutItBeingDoneIsARiskSinceTheDayAfter() {
        WettelijkeTermijnInGevaar r76 = new WettelijkeTermijnInGevaar();
        assertThat(goed(
                        r76,
                        f -> moment(
                                f,
                                PcMoment.KADERS_NAAR_RADEN,
                                termijn(2028, PcMoment.KADERS_NAAR_RADEN, dag(2027, 4, 30), dag(2027, 4, 20), null))))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.argumenten()).endsWith("1");
                    assertThat(s.sinds()).isEqualTo(dag(2027, 5, 1));
                    assertThat(s.ernst(r76)).isEqualTo(Ernst.RISICO);
                });
        // The end of a zienswijze window is nobody's act: its last day passing says nothing.
        assertThat(goed(
                        r76,
                        f -> moment(
                                f,
                                PcMoment.ZIENSWIJZETERMIJN_BEGROTING,
                                termijn(2028, PcMoment.ZIENSWIJZETERMIJN_BEGROTING, dag(2027, 6, 1), null, null))))
                .isEmpty();
    }

    @Test
    void r76ALastDayWithinFourWeeksWithNothingPlannedInTimeIsWorthAttention() {
        WettelijkeTermijnInGevaar r76 = new WettelijkeTermijnInGevaar();
        UnaryOperator<ControlesTest.F> nietGepland = f -> moment(
                f,
                PcMoment.BEGROTING_NAAR_GS,
                termijn(2028, PcMoment.BEGROTING_NAAR_GS, PEILDATUM.plusDays(28), null, null));
        assertThat(goed(r76, nietGepland)).singleElement().satisfies(s -> {
            assertThat(s.argumenten()).endsWith("2");
            assertThat(s.ernst(r76)).isEqualTo(Ernst.AANDACHT);
            assertThat(s.sinds()).isNull();
        });
        // A planned day that already passed without it being done: the plan slipped.
        assertThat(goed(
                        r76,
                        f -> moment(
                                f,
                                PcMoment.BEGROTING_NAAR_GS,
                                termijn(
                                        2028,
                                        PcMoment.BEGROTING_NAAR_GS,
                                        PEILDATUM.plusDays(10),
                                        dag(2027, 6, 1),
                                        null))))
                .singleElement()
                .satisfies(s -> assertThat(s.argumenten()).endsWith("2"));
        // Planned in time and still ahead: on track. Five weeks ahead: not yet.
        assertThat(goed(
                        r76,
                        f -> moment(
                                f,
                                PcMoment.BEGROTING_NAAR_GS,
                                termijn(2028, PcMoment.BEGROTING_NAAR_GS, PEILDATUM.plusDays(10), PEILDATUM, null))))
                .isEmpty();
        assertThat(goed(
                        r76,
                        f -> moment(
                                f,
                                PcMoment.BEGROTING_NAAR_GS,
                                termijn(2028, PcMoment.BEGROTING_NAAR_GS, PEILDATUM.plusDays(29), null, null))))
                .isEmpty();
    }

    @Test
    void r76NamesEveryBudgetChangeOfAYearApart() {
        WettelijkeTermijnInGevaar r76 = new WettelijkeTermijnInGevaar();
        List<Signaal> s = goed(r76, f -> {
            f.termijnen.add(termijn(2027, PcMoment.BEGROTINGSWIJZIGING_NAAR_RADEN, dag(2027, 3, 1), null, null));
            f.termijnen.add(termijn(2027, PcMoment.BEGROTINGSWIJZIGING_NAAR_RADEN, dag(2027, 5, 1), null, null));
            return f;
        });
        assertThat(s)
                .extracting(Signaal::onderwerp)
                .containsExactly("2027:BEGROTINGSWIJZIGING_NAAR_RADEN", "2027:BEGROTINGSWIJZIGING_NAAR_RADEN:2");
        ToetsFeiten f = feiten(x -> x);
        assertThat(r76.opgelost("2028:BEGROTING_NAAR_GS", f)).isEqualTo("toets.controle.R7.6.opgelost");
        assertThat(r76.opgelost("2027:BEGROTINGSWIJZIGING_NAAR_RADEN:2", f)).isEqualTo("toets.opgelost.vervallen");
    }

    // ---- R7.7: zienswijzen without a reasoned answer ----

    @Test
    void r77AZienswijzeUnansweredOnceTheBoardDecided() {
        ZienswijzeOnbeantwoord r77 = new ZienswijzeOnbeantwoord();
        UnaryOperator<ControlesTest.F> mis = f -> {
            f.zienswijzen.add(new Zienswijze(7, 2028, BUNNIK, dag(2027, 5, 1), null, dag(2027, 6, 1)));
            return f;
        };
        assertThat(beideKanten(r77, mis, f -> {
                    f.zienswijzen.replaceAll(z -> z.id() == 7
                            ? new Zienswijze(7, 2028, BUNNIK, dag(2027, 5, 1), dag(2027, 6, 14), dag(2027, 6, 1))
                            : z);
                    return f;
                }))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.onderwerp()).isEqualTo("7");
                    assertThat(s.argumenten()).containsExactly("Bunnik", "2028", "1 juni 2027");
                    assertThat(s.sinds()).isEqualTo(dag(2027, 6, 2));
                });
        // The board decides today, or has no decision day yet: not yet.
        assertThat(goed(r77, f -> {
                    f.zienswijzen.add(new Zienswijze(7, 2028, BUNNIK, dag(2027, 5, 1), null, PEILDATUM));
                    f.zienswijzen.add(new Zienswijze(8, 2028, BUNNIK, dag(2027, 5, 1), null, null));
                    return f;
                }))
                .isEmpty();
    }

    // ---- R7.8: no scan in the last year ----

    @Test
    void r78ARunningSamenwerkingWithoutAScanInTheLastYear() {
        GeenSamenwerkingsscan r78 = new GeenSamenwerkingsscan();
        UnaryOperator<ControlesTest.F> nooit = f -> {
            f.scans.clear();
            return f;
        };
        assertThat(beideKanten(r78, nooit, f -> {
                    f.scans.add(new Scan(3, PEILDATUM, null, Set.of(), List.of()));
                    return f;
                }))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.onderwerp()).isEmpty();
                    assertThat(s.argumenten()).containsExactly("0");
                });
        // The last scan started a year and a day ago: open since a year after it.
        assertThat(goed(r78, f -> {
                    f.scans.replaceAll(s ->
                            new Scan(s.id(), PEILDATUM.minusYears(1), s.afgerondOp(), s.ingevuldDoor(), s.actieplan()));
                    return f;
                }))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.argumenten()).containsExactly("1", "15 juni 2026");
                    assertThat(s.sinds()).isEqualTo(PEILDATUM);
                });
        assertThat(goed(r78, f -> {
                    f.scans.replaceAll(s -> new Scan(
                            s.id(),
                            PEILDATUM.minusYears(1).plusDays(1),
                            s.afgerondOp(),
                            s.ingevuldDoor(),
                            s.actieplan()));
                    return f;
                }))
                .isEmpty();
    }

    @Test
    void r78BeforeUitvoerenOnlyOnceTheFormalStartIsAYearAgo() {
        GeenSamenwerkingsscan r78 = new GeenSamenwerkingsscan();
        UnaryOperator<ControlesTest.F> afspreken = f -> {
            f.scans.clear();
            f.fase = Fase.AFSPREKEN;
            return f;
        };
        assertThat(goed(r78, afspreken)).as("started on 1 January 2027").isEmpty();
        assertThat(goed(r78, f -> {
                    afspreken.apply(f).start = PEILDATUM.minusYears(1);
                    return f;
                }))
                .hasSize(1);
        assertThat(goed(r78, f -> {
                    afspreken.apply(f).start = null;
                    return f;
                }))
                .isEmpty();
    }

    // ---- R7.9: a scan's action plan overdue ----

    @Test
    void r79AnActionOfTheScansPlanPastItsDeadline() {
        ScanactiesVerlopen r79 = new ScanactiesVerlopen();
        UnaryOperator<ControlesTest.F> mis = f -> {
            f.scans.add(new Scan(
                    7,
                    dag(2027, 2, 1),
                    dag(2027, 3, 1),
                    Set.of(ZEIST, ScanFeiten.ORGANISATIE),
                    List.of(new ScanFeiten.Actie(70, dag(2027, 5, 1), null))));
            return f;
        };
        assertThat(beideKanten(r79, mis, f -> {
                    f.scans.replaceAll(s -> s.id() == 7
                            ? new Scan(
                                    7,
                                    s.gestartOp(),
                                    s.afgerondOp(),
                                    s.ingevuldDoor(),
                                    List.of(new ScanFeiten.Actie(70, dag(2027, 5, 1), dag(2027, 6, 1))))
                            : s);
                    return f;
                }))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.onderwerp()).isEqualTo("70");
                    assertThat(s.argumenten()).containsExactly("1 mei 2027", "1 februari 2027");
                    assertThat(s.sinds()).isEqualTo(dag(2027, 5, 2));
                });
        assertThat(r79.opgelost("2", feiten(f -> f))).isEqualTo("toets.controle.R7.9.opgelost");
        assertThat(r79.opgelost("70", feiten(f -> f))).isEqualTo("toets.opgelost.vervallen");
    }

    /** The checks read the peildatum of the facts, not the clock: a year later the same facts judge differently. */
    @Test
    void theDateDependentChecksJudgeOnThePeildatum() {
        ToetsFeiten nu = feiten(f -> f);
        ToetsFeiten later = feiten(f -> {
            f.peildatum = dag(2028, 9, 1);
            return f;
        });
        for (Controle c : List.of(
                new GespreksactiesVerlopen(),
                new ScanactiesVerlopen(),
                new WettelijkeTermijnInGevaar(),
                new ZienswijzeOnbeantwoord(),
                new GeenSamenwerkingsscan(),
                new GesprekZonderUitkomst(),
                new CijfersZonderVerhaal())) {
            assertThat(c.evalueer(nu)).as(c.id() + " now").isEmpty();
            assertThat(c.evalueer(later)).as(c.id() + " a year later").isNotEmpty();
        }
        ToetsFeiten teLaat = feiten(f -> {
            f.gebeurtenissen.add(gebeurtenis(7, FinancieleSoort.TEKORT, 2026, dag(2026, 12, 1), Map.of()));
            return f;
        });
        assertThat(new RaadNietIngelicht().evalueer(teLaat)).hasSize(1);
        assertThat(new RaadNietIngelicht().evalueer(feiten(f -> {
                    f.gebeurtenissen.add(gebeurtenis(7, FinancieleSoort.TEKORT, 2026, dag(2026, 12, 1), Map.of()));
                    f.peildatum = dag(2026, 12, 20);
                    return f;
                })))
                .isEmpty();
    }
}
