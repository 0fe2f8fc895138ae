package nl.samenspel.toets.controles;

import static nl.samenspel.toets.controles.ControlesTest.OGO;
import static nl.samenspel.toets.controles.ControlesTest.PEILDATUM;
import static nl.samenspel.toets.controles.ControlesTest.goedOntworpen;
import static nl.samenspel.toets.controles.ControlesTest.signalen;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.samenspel.afspraken.AfsprakenFeiten.Dienst;
import nl.samenspel.afspraken.AfsprakenFeiten.Dvo;
import nl.samenspel.afspraken.AfsprakenFeiten.Regel;
import nl.samenspel.afspraken.RegelStatus;
import nl.samenspel.evaluatie.EvaluatieFeiten.Actie;
import nl.samenspel.evaluatie.EvaluatieFeiten.Evaluatie;
import nl.samenspel.evaluatie.EvaluatieFeiten.Opheffing;
import nl.samenspel.evaluatie.EvaluatieFeiten.Uittreding;
import nl.samenspel.evaluatie.UittredingStatus;
import nl.samenspel.gedoe.GedoeFeiten.Gedoe;
import nl.samenspel.gedoe.GedoeSoort;
import nl.samenspel.gedoe.GedoeStatus;
import nl.samenspel.overgang.Belanghebbende;
import nl.samenspel.overgang.MaatregelSoort;
import nl.samenspel.overgang.OverdrachtSoort;
import nl.samenspel.overgang.OvergangFeiten.Maatregel;
import nl.samenspel.overgang.OvergangFeiten.Overdracht;
import nl.samenspel.overgang.OvergangFeiten.Verwachting;
import nl.samenspel.overgang.Transitie;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.scan.ScanFeiten;
import nl.samenspel.toets.Controle;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import nl.samenspel.verkenning.Einddoel;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the checks of rules 3, 4 and 6 on the agreements, the transition, the gedoe and the evaluations. Each one
 * fires on facts that break it, is silent once the cause is repaired, and is silent before its phase.
 */
class AfsprakenControlesTest {

    static final String ZEIST = "GM0355";
    static final String DE_BILT = "GM0310";
    static final String BUNNIK = "GM0312";
    static final long BELASTINGEN = 1;
    static final long INNING = 2;

    static Regel regel(long dienst, String resultaat, RegelStatus status) {
        return new Regel(dienst, null, resultaat, status, 2, false, status == RegelStatus.VAST);
    }

    static Dvo dvo(long id, String gemeente, int jaar, boolean rek, List<LocalDate> herziening, List<Regel> regels) {
        return new Dvo(id, gemeente, jaar, true, LocalDate.of(jaar - 1, 12, 1), 1, regels, regels, rek, herziening);
    }

    /**
     * A samenwerking whose agreements follow rules 3, 4 and 6, in AFSPREKEN on top of {@link ControlesTest#goedOntworpen}:
     * the start in 2027 with a transition period, a DVO per client that differ (De Bilt uses a front-office
     * variant), stretch in one, a review date in the first year, indicative lines, a forum for the unforeseen,
     * gedoe decided or still young, expectations of every group, in-between tasks in the inventory, an evaluation
     * held and one still ahead, an uittreding with its conditions settled, a samenwerkingsscan this year.
     */
    static ControlesTest.F goedAfgesproken(ControlesTest.F f) {
        goedOntworpen(f);
        f.fase = Fase.AFSPREKEN;
        f.diensten.add(new Dienst(BELASTINGEN, "Belastingen", Set.of(DE_BILT), 1));
        f.diensten.add(new Dienst(INNING, "Invordering", Set.of(), 0));
        List<Regel> gewoon = List.of(
                regel(BELASTINGEN, "aanslagen op tijd verstuurd", RegelStatus.VAST),
                regel(INNING, "achterstanden ingevorderd", RegelStatus.INDICATIEF));
        f.dvos.add(dvo(11, ZEIST, 2027, true, List.of(LocalDate.of(2027, 9, 1)), gewoon));
        f.dvos.add(dvo(
                12,
                DE_BILT,
                2027,
                false,
                List.of(LocalDate.of(2027, 9, 1)),
                List.of(
                        new Regel(BELASTINGEN, 5L, "aanslagen op tijd verstuurd", RegelStatus.VAST, 2, false, true),
                        regel(INNING, "achterstanden ingevorderd", RegelStatus.NOG_IN_TE_VULLEN))));
        f.dvos.add(dvo(13, BUNNIK, 2027, false, List.of(LocalDate.of(2027, 9, 1)), gewoon));
        f.start = LocalDate.of(2027, 1, 1);
        f.transitie = new Transitie(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        f.maatregelen.add(new Maatregel(1, MaatregelSoort.LEERPERIODE, 2027));
        f.maatregelen.add(new Maatregel(2, MaatregelSoort.BESPARINGSTAAKSTELLING, 2029));
        f.inventaris.add(new Overdracht(1, OverdrachtSoort.TAAK, false));
        f.inventaris.add(new Overdracht(2, OverdrachtSoort.TUSSENDOORTAAK, true));
        for (Belanghebbende b : Belanghebbende.values()) {
            f.verwachtingen.add(new Verwachting(b.ordinal() + 1L, b, LocalDate.of(2027, 10, 1)));
        }
        f.forum = OGO;
        f.gedoe.add(new Gedoe(
                1,
                GedoeSoort.TUSSENDOORTAAK,
                LocalDate.of(2027, 2, 1),
                OGO,
                GedoeStatus.BESLOTEN,
                LocalDate.of(2027, 3, 1),
                true,
                true));
        f.gedoe.add(new Gedoe(
                2, GedoeSoort.KOPPELING, PEILDATUM.minusDays(10), null, GedoeStatus.GEMELD, null, false, false));
        f.evaluaties.add(new Evaluatie(
                1,
                LocalDate.of(2027, 5, 1),
                LocalDate.of(2027, 5, 3),
                List.of(new Actie(1, LocalDate.of(2027, 9, 1), false), new Actie(2, LocalDate.of(2027, 6, 1), true))));
        f.evaluaties.add(new Evaluatie(2, LocalDate.of(2027, 12, 1), null, List.of()));
        f.uittredingen.add(new Uittreding(1, BUNNIK, LocalDate.of(2027, 7, 1), UittredingStatus.AANGEKONDIGD, true));
        // Issue 14 (R7.8): a running samenwerking looks at its relationship at least once a year.
        f.scans.add(new ScanFeiten.Scan(
                1, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 1), Set.of(ZEIST, DE_BILT, BUNNIK), List.of()));
        return f;
    }

    static List<Signaal> goed(Controle c, UnaryOperator<ControlesTest.F> wijziging) {
        return signalen(c, f -> wijziging.apply(goedAfgesproken(f)));
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
        return wijziging.apply(goedAfgesproken(new ControlesTest.F())).feiten();
    }

    @Test
    void eachOfTheRulesThreeFourAndSixHasAtLeastThreeNewChecks() {
        List<String> ids = ControlesTest.alle().stream().map(Controle::id).toList();
        assertThat(ids)
                .contains("R3.2", "R3.3", "R3.4", "R3.5", "R3.6", "R3.7", "R3.8", "R3.9")
                .contains("R4.3", "R4.4", "R4.5")
                .contains("R6.4", "R6.5", "R6.6", "R6.7");
    }

    @Test
    void agreementsMadeAsTheRulesAskHaveNoFindingAtAll() {
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

    // ---- Rule 3 ----

    @Test
    void r32EverythingFixedInTheFirstYearWithoutAReviewDate() {
        EersteJaarAllesVast r32 = new EersteJaarAllesVast();
        UnaryOperator<ControlesTest.F> allesVast = f -> {
            f.dvos.replaceAll(d -> d.id() == 11
                    ? dvo(
                            11,
                            ZEIST,
                            2027,
                            true,
                            List.of(LocalDate.of(2028, 3, 1)),
                            List.of(regel(BELASTINGEN, "aanslagen op tijd verstuurd", RegelStatus.VAST)))
                    : d);
            return f;
        };
        assertThat(beideKanten(r32, allesVast, f -> {
                    f.dvos.replaceAll(d -> d.id() == 11
                            ? dvo(11, ZEIST, 2027, true, List.of(LocalDate.of(2027, 10, 1)), d.regels())
                            : d);
                    return f;
                }))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.onderwerp()).isEqualTo("11");
                    assertThat(s.argumenten()).containsExactly("Zeist", "2027");
                });
        // An indicative line repairs it too; a DVO for a later year is not the first year.
        assertThat(goed(r32, f -> {
                    allesVast
                            .apply(f)
                            .dvos
                            .replaceAll(d -> d.id() == 11
                                    ? dvo(
                                            11,
                                            ZEIST,
                                            2027,
                                            true,
                                            List.of(),
                                            List.of(regel(INNING, "x", RegelStatus.INDICATIEF)))
                                    : d);
                    return f;
                }))
                .isEmpty();
        assertThat(goed(r32, f -> {
                    allesVast.apply(f).start = LocalDate.of(2026, 1, 1);
                    return f;
                }))
                .isEmpty();
        assertThat(r32.opgelost("11", feiten(f -> f))).isEqualTo("toets.controle.R3.2.opgelost");
        assertThat(r32.opgelost("99", feiten(f -> f))).isEqualTo(Basiscontrole.VERVALLEN);
    }

    @Test
    void r33NoForumForTheUnforeseen() {
        assertThat(beideKanten(
                        new GeenForumVoorOnvoorzien(),
                        f -> {
                            f.forum = null;
                            return f;
                        },
                        f -> {
                            f.forum = 3L;
                            return f;
                        }))
                .hasSize(1);
        // Nothing to take up gedoe yet: no DVOs and no bodies.
        assertThat(goed(new GeenForumVoorOnvoorzien(), f -> {
                    f.forum = null;
                    f.dvos.clear();
                    f.organen.clear();
                    return f;
                }))
                .isEmpty();
    }

    @Test
    void r34GedoeLeftLyingLongerThanItsTerm() {
        GedoeBlijftLiggen r34 = new GedoeBlijftLiggen();
        UnaryOperator<ControlesTest.F> oud = f -> {
            f.fase = Fase.UITVOEREN;
            f.gedoe.add(new Gedoe(
                    7,
                    GedoeSoort.PRIORITERING,
                    LocalDate.of(2027, 3, 1),
                    null,
                    GedoeStatus.GEMELD,
                    null,
                    false,
                    false));
            f.gedoe.add(new Gedoe(
                    8,
                    GedoeSoort.ONVOORZIEN,
                    LocalDate.of(2027, 4, 1),
                    OGO,
                    GedoeStatus.DOORGELEID,
                    null,
                    false,
                    false));
            return f;
        };
        List<Signaal> s = goed(r34, oud);
        assertThat(s).extracting(Signaal::onderwerp).containsExactly("7", "8");
        assertThat(s.get(0).argumenten()).containsExactly("2", "1 maart 2027", "0");
        assertThat(s.get(1).argumenten()).containsExactly("3", "1 april 2027", "1");
        assertThat(s.get(0).sinds()).isEqualTo(LocalDate.of(2027, 4, 13));
        UnaryOperator<ControlesTest.F> besloten = f -> {
            f.gedoe.replaceAll(g -> g.status().open() && g.gemeld().isBefore(LocalDate.of(2027, 5, 1))
                    ? new Gedoe(g.id(), g.soort(), g.gemeld(), OGO, GedoeStatus.BESLOTEN, PEILDATUM, true, false)
                    : g);
            return f;
        };
        assertThat(goed(r34, f -> besloten.apply(oud.apply(f)))).isEmpty();
        // In the agreement phase nothing runs yet, so nothing can lie around.
        assertThat(goed(r34, f -> {
                    oud.apply(f).fase = Fase.AFSPREKEN;
                    return f;
                }))
                .isEmpty();
        // Exactly the term: not yet.
        assertThat(goed(r34, f -> {
                    oud.apply(f).peildatum = LocalDate.of(2027, 3, 1).plusDays(f.gedoeTermijn);
                    return f;
                }))
                .extracting(Signaal::onderwerp)
                .isEmpty();
        // The term is the samenwerking's own: a shorter one makes the same item late sooner.
        assertThat(goed(r34, f -> {
                    oud.apply(f).peildatum = LocalDate.of(2027, 3, 1).plusDays(f.gedoeTermijn);
                    f.gedoeTermijn = 14;
                    return f;
                }))
                .extracting(Signaal::onderwerp)
                .isNotEmpty();
        assertThat(r34.opgelost("7", feiten(f -> besloten.apply(oud.apply(f)))))
                .isEqualTo("toets.controle.R3.4.opgelost");
        assertThat(r34.opgelost("7", feiten(f -> f))).isEqualTo(Basiscontrole.VERVALLEN);
    }

    @Test
    void r35NoExpectationsForStaffAdministratorsOrCouncils() {
        VerwachtingenNietVastgelegd r35 = new VerwachtingenNietVastgelegd();
        UnaryOperator<ControlesTest.F> alleenInwoners = f -> {
            f.verwachtingen.removeIf(v -> v.groep() != Belanghebbende.INWONERS_KLANTEN);
            return f;
        };
        assertThat(beideKanten(r35, alleenInwoners, f -> {
                    for (Belanghebbende b : VerwachtingenNietVastgelegd.GROEPEN) {
                        f.verwachtingen.add(new Verwachting(10 + b.ordinal(), b, null));
                    }
                    return f;
                }))
                .extracting(Signaal::onderwerp)
                .containsExactly("MEDEWERKERS", "BESTUURDERS", "RAADSLEDEN");
        assertThat(goed(r35, f -> {
                    f.verwachtingen.removeIf(v -> v.groep() == Belanghebbende.RAADSLEDEN);
                    return f;
                }))
                .singleElement()
                .satisfies(s -> assertThat(s.argumenten()).containsExactly("2"));
        // Nothing of the running cooperation in sight yet: no DVOs, no start, no inventory.
        assertThat(goed(r35, f -> {
                    alleenInwoners.apply(f).dvos.clear();
                    f.start = null;
                    f.inventaris.clear();
                    return f;
                }))
                .isEmpty();
    }

    @Test
    void r36NoInBetweenTasksInTheInventory() {
        TussendoortakenNietGeinventariseerd r36 = new TussendoortakenNietGeinventariseerd();
        UnaryOperator<ControlesTest.F> zonder = f -> {
            f.inventaris.removeIf(o -> o.soort() == OverdrachtSoort.TUSSENDOORTAAK);
            return f;
        };
        assertThat(beideKanten(r36, zonder, f -> {
                    f.inventaris.add(new Overdracht(9, OverdrachtSoort.TUSSENDOORTAAK, false));
                    return f;
                }))
                .hasSize(1);
        assertThat(goed(r36, f -> {
                    zonder.apply(f).inventaris.clear();
                    f.start = null;
                    return f;
                }))
                .isEmpty();
        assertThat(r36.opgelost("", feiten(f -> f))).isEqualTo("toets.controle.R3.6.opgelost");
    }

    @Test
    void r37AnEvaluationPastItsPlannedDay() {
        EvaluatieTeLaat r37 = new EvaluatieTeLaat();
        UnaryOperator<ControlesTest.F> teLaat = f -> {
            f.evaluaties.add(new Evaluatie(3, LocalDate.of(2027, 6, 1), null, List.of()));
            return f;
        };
        assertThat(beideKanten(r37, teLaat, f -> {
                    f.evaluaties.replaceAll(
                            e -> e.id() == 3 ? new Evaluatie(3, e.gepland(), LocalDate.of(2027, 6, 10), List.of()) : e);
                    return f;
                }))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.onderwerp()).isEqualTo("3");
                    assertThat(s.argumenten()).containsExactly("1 juni 2027");
                    assertThat(s.sinds()).isEqualTo(LocalDate.of(2027, 6, 2));
                });
        // The day itself is not late; the day after is. Only the date moves, nobody edits anything.
        assertThat(goed(r37, f -> {
                    teLaat.apply(f).peildatum = LocalDate.of(2027, 6, 1);
                    return f;
                }))
                .isEmpty();
        assertThat(goed(r37, f -> {
                    teLaat.apply(f).peildatum = LocalDate.of(2027, 6, 2);
                    return f;
                }))
                .hasSize(1);
        assertThat(r37.opgelost("3", feiten(teLaat))).isEqualTo("toets.controle.R3.7.opgelost");
        assertThat(r37.opgelost("3", feiten(f -> f))).isEqualTo(Basiscontrole.VERVALLEN);
    }

    @Test
    void r38FollowUpActionsOverdue() {
        ActiesVerlopen r38 = new ActiesVerlopen();
        UnaryOperator<ControlesTest.F> verlopen = f -> {
            f.evaluaties.replaceAll(e -> e.id() == 1
                    ? new Evaluatie(
                            1,
                            e.gepland(),
                            e.uitgevoerd(),
                            List.of(
                                    new Actie(1, LocalDate.of(2027, 6, 1), false),
                                    new Actie(2, LocalDate.of(2027, 6, 1), true)))
                    : e);
            return f;
        };
        assertThat(beideKanten(r38, verlopen, f -> {
                    f.evaluaties.replaceAll(e -> e.id() == 1
                            ? new Evaluatie(
                                    1,
                                    e.gepland(),
                                    e.uitgevoerd(),
                                    List.of(new Actie(1, LocalDate.of(2027, 6, 1), true)))
                            : e);
                    return f;
                }))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.onderwerp()).isEqualTo("1");
                    assertThat(s.argumenten()).containsExactly("1 juni 2027", "1 mei 2027");
                });
        assertThat(r38.opgelost("1", feiten(f -> f))).isEqualTo("toets.controle.R3.8.opgelost");
        assertThat(r38.opgelost("77", feiten(f -> f))).isEqualTo(Basiscontrole.VERVALLEN);
    }

    @Test
    void r39AnExitOrDissolutionWithoutSettledConditions() {
        UittredingOngeregeld r39 = new UittredingOngeregeld();
        UnaryOperator<ControlesTest.F> ongeregeld = f -> {
            f.uittredingen.replaceAll(
                    u -> new Uittreding(u.id(), u.gemeenteCode(), u.datum(), UittredingStatus.AANGEKONDIGD, false));
            return f;
        };
        assertThat(beideKanten(r39, ongeregeld, f -> {
                    f.uittredingen.replaceAll(u -> new Uittreding(
                            u.id(), u.gemeenteCode(), u.datum(), UittredingStatus.VOORWAARDEN_VASTGESTELD, true));
                    return f;
                }))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.onderwerp()).isEqualTo("1");
                    assertThat(s.argumenten()).containsExactly("0", "Bunnik", "1 juli 2027");
                    assertThat(s.ernst(r39)).as("still ahead").isEqualTo(Ernst.AANDACHT);
                });
        // Past its day, or taken effect: RISICO. Far ahead or withdrawn: nothing yet.
        assertThat(goed(r39, f -> {
                    ongeregeld.apply(f).peildatum = LocalDate.of(2027, 7, 2);
                    return f;
                }))
                .singleElement()
                .satisfies(s -> assertThat(s.ernst(r39)).isEqualTo(Ernst.RISICO));
        assertThat(goed(r39, f -> {
                    f.uittredingen.replaceAll(
                            u -> new Uittreding(u.id(), u.gemeenteCode(), LocalDate.of(2028, 6, 1), u.status(), false));
                    return f;
                }))
                .isEmpty();
        assertThat(goed(r39, f -> {
                    f.uittredingen.replaceAll(u ->
                            new Uittreding(u.id(), u.gemeenteCode(), u.datum(), UittredingStatus.INGETROKKEN, false));
                    return f;
                }))
                .isEmpty();
        // A dissolution without its vereffening.
        assertThat(goed(r39, f -> {
                    f.opheffing = new Opheffing(LocalDate.of(2027, 6, 30), false, false);
                    return f;
                }))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.onderwerp()).isEqualTo(UittredingOngeregeld.OPHEFFING);
                    assertThat(s.argumenten()).containsExactly("1", "", "30 juni 2027");
                });
        assertThat(goed(r39, f -> {
                    f.opheffing = new Opheffing(LocalDate.of(2027, 6, 30), true, false);
                    return f;
                }))
                .isEmpty();
        assertThat(r39.opgelost("1", feiten(f -> f))).isEqualTo("toets.controle.R3.9.opgelost");
        assertThat(r39.opgelost("1", feiten(ongeregeld))).isEqualTo(Basiscontrole.VERVALLEN);
    }

    // ---- Rule 4 ----

    /** Every client the same lines as Zeist: De Bilt drops its variant and its to-be-filled line. */
    static ControlesTest.F uniform(ControlesTest.F f) {
        Dvo zeist = f.dvos.get(0);
        f.dvos.replaceAll(d -> dvo(d.id(), d.gemeenteCode(), d.jaar(), d.rek(), d.herzieningsdata(), zeist.regels()));
        return f;
    }

    @Test
    void r43OneIdenticalAgreementForEveryClientAlthoughTheyDiffer() {
        EenAfspraakVoorIedereen r43 = new EenAfspraakVoorIedereen();
        // De Bilt recorded a wish of its own for the tax service; still every client got the same lines.
        assertThat(beideKanten(r43, AfsprakenControlesTest::uniform, f -> {
                    f.dvos.set(
                            1,
                            dvo(
                                    12,
                                    DE_BILT,
                                    2027,
                                    false,
                                    List.of(),
                                    List.of(
                                            new Regel(
                                                    BELASTINGEN,
                                                    5L,
                                                    "aanslagen op tijd verstuurd",
                                                    RegelStatus.VAST,
                                                    2,
                                                    false,
                                                    true),
                                            regel(INNING, "achterstanden ingevorderd", RegelStatus.INDICATIEF))));
                    return f;
                }))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.onderwerp()).isEqualTo("2027");
                    assertThat(s.argumenten()).containsExactly("2027", "3", "1");
                });
        // Without wishes, different end goals make the same point; the same end goal and no wishes: uniform is fine.
        UnaryOperator<ControlesTest.F> zonderWensen = f -> {
            uniform(f).diensten.replaceAll(d -> new Dienst(d.id(), d.naam(), Set.of(), d.varianten()));
            return f;
        };
        assertThat(goed(r43, zonderWensen)).isEmpty();
        assertThat(goed(r43, f -> {
                    zonderWensen.apply(f).posities.put(ZEIST, ControlesTest.met(ZEIST, Einddoel.ZELFSTANDIG_BLIJVEN));
                    f.posities.put(BUNNIK, ControlesTest.met(BUNNIK, Einddoel.AMBTELIJKE_FUSIE));
                    return f;
                }))
                .singleElement()
                .satisfies(s -> assertThat(s.argumenten()).containsExactly("2027", "3", "0"));
        // The same lines in another order are still the same agreement; one client alone is no uniformity.
        assertThat(goed(r43, f -> {
                    uniform(f)
                            .dvos
                            .set(
                                    2,
                                    dvo(
                                            13,
                                            BUNNIK,
                                            2027,
                                            false,
                                            List.of(),
                                            List.of(
                                                    f.dvos.get(0).regels().get(1),
                                                    f.dvos.get(0).regels().get(0))));
                    return f;
                }))
                .hasSize(1);
        assertThat(goed(r43, f -> {
                    uniform(f).dvos.removeIf(d -> !d.gemeenteCode().equals(ZEIST));
                    return f;
                }))
                .isEmpty();
        assertThat(r43.opgelost("2027", feiten(f -> f))).isEqualTo("toets.controle.R4.3.opgelost");
        assertThat(r43.opgelost("2027", feiten(f -> {
                    f.dvos.clear();
                    return f;
                })))
                .isEqualTo(Basiscontrole.VERVALLEN);
    }

    @Test
    void r44WishesOfTheirOwnWithoutAFrontOfficeVariant() {
        MaatwerkZonderFrontoffice r44 = new MaatwerkZonderFrontoffice();
        UnaryOperator<ControlesTest.F> zonderVariant = f -> {
            f.diensten.set(1, new Dienst(INNING, "Invordering", Set.of(BUNNIK, ZEIST), 0));
            return f;
        };
        assertThat(beideKanten(r44, zonderVariant, f -> {
                    f.diensten.set(1, new Dienst(INNING, "Invordering", Set.of(BUNNIK, ZEIST), 2));
                    return f;
                }))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.onderwerp()).isEqualTo("2");
                    assertThat(s.argumenten()).containsExactly("Invordering", "Zeist", "Bunnik", "2");
                });
        assertThat(goed(r44, f -> {
                    f.diensten.set(0, new Dienst(BELASTINGEN, "Belastingen", Set.of(DE_BILT), 0));
                    return f;
                }))
                .singleElement()
                .satisfies(s -> assertThat(s.argumenten()).containsExactly("Belastingen", "", "De Bilt", "1"));
        assertThat(r44.opgelost("2", feiten(f -> f))).isEqualTo(Basiscontrole.VERVALLEN);
        assertThat(r44.opgelost("1", feiten(f -> f))).isEqualTo("toets.controle.R4.4.opgelost");
    }

    @Test
    void r45MoreIndicatorsThanTheResultsCanCarry() {
        TeVeelIndicatoren r45 = new TeVeelIndicatoren();
        UnaryOperator<ControlesTest.F> zonderReden = f -> {
            f.dvos.set(
                    0,
                    dvo(
                            11,
                            ZEIST,
                            2027,
                            true,
                            List.of(LocalDate.of(2027, 9, 1)),
                            List.of(
                                    new Regel(BELASTINGEN, null, "aanslagen", RegelStatus.VAST, 5, false, true),
                                    regel(INNING, "achterstanden", RegelStatus.INDICATIEF))));
            return f;
        };
        assertThat(beideKanten(r45, zonderReden, f -> {
                    f.dvos.set(
                            0,
                            dvo(
                                    11,
                                    ZEIST,
                                    2027,
                                    true,
                                    List.of(LocalDate.of(2027, 9, 1)),
                                    List.of(
                                            new Regel(BELASTINGEN, null, "aanslagen", RegelStatus.VAST, 4, true, true),
                                            regel(INNING, "achterstanden", RegelStatus.INDICATIEF))));
                    return f;
                }))
                .singleElement()
                .satisfies(s -> assertThat(s.argumenten()).containsExactly("Zeist", "2027", "1", "7", "2"));
        // Reasons given on every line, but together far more than the results can carry.
        assertThat(goed(r45, f -> {
                    f.dvos.set(
                            0,
                            dvo(
                                    11,
                                    ZEIST,
                                    2027,
                                    true,
                                    List.of(),
                                    List.of(
                                            new Regel(BELASTINGEN, null, "aanslagen", RegelStatus.VAST, 6, true, true),
                                            new Regel(
                                                    INNING, null, "achterstanden", RegelStatus.VAST, 4, true, true))));
                    return f;
                }))
                .singleElement()
                .satisfies(s -> assertThat(s.argumenten()).containsExactly("Zeist", "2027", "0", "10", "2"));
        // The samenwerking's own cap counts.
        assertThat(goed(r45, f -> {
                    zonderReden.apply(f).indicatorplafond = 5;
                    return f;
                }))
                .isEmpty();
    }

    // ---- Rule 6 ----

    @Test
    void r64NoTransitionPeriod() {
        GeenTransitieperiode r64 = new GeenTransitieperiode();
        UnaryOperator<ControlesTest.F> zonder = f -> {
            f.transitie = null;
            return f;
        };
        assertThat(beideKanten(r64, zonder, f -> {
                    f.transitie = new Transitie(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30));
                    return f;
                }))
                .hasSize(1);
        // Agreeing without DVOs yet: not yet; carrying out without one: yes.
        assertThat(goed(r64, f -> {
                    zonder.apply(f).dvos.clear();
                    return f;
                }))
                .isEmpty();
        assertThat(goed(r64, f -> {
                    zonder.apply(f).dvos.clear();
                    f.fase = Fase.UITVOEREN;
                    return f;
                }))
                .hasSize(1);
    }

    @Test
    void r65NoStretchAnywhere() {
        UnaryOperator<ControlesTest.F> zonderRek = f -> {
            f.dvos.replaceAll(d -> dvo(d.id(), d.gemeenteCode(), d.jaar(), false, d.herzieningsdata(), d.regels()));
            return f;
        };
        assertThat(beideKanten(new GeenRek(), zonderRek, f -> {
                    f.dvos.set(
                            2,
                            dvo(13, BUNNIK, 2027, true, List.of(), f.dvos.get(2).regels()));
                    return f;
                }))
                .singleElement()
                .satisfies(s -> assertThat(s.argumenten()).containsExactly("3"));
        assertThat(goed(new GeenRek(), f -> {
                    f.dvos.clear();
                    return f;
                }))
                .isEmpty();
    }

    @Test
    void r66EveryLineFullySpecifiedAtTheStart() {
        AllesVastgelegdBijStart r66 = new AllesVastgelegdBijStart();
        List<Regel> vast = List.of(
                regel(BELASTINGEN, "aanslagen", RegelStatus.VAST), regel(INNING, "achterstanden", RegelStatus.VAST));
        UnaryOperator<ControlesTest.F> volledig = f -> {
            f.dvos.set(1, dvo(12, DE_BILT, 2027, false, List.of(LocalDate.of(2027, 9, 1)), vast));
            return f;
        };
        // A revision that makes a line indicative repairs it (the first version stays as it was).
        assertThat(beideKanten(r66, volledig, f -> {
                    f.dvos.set(
                            1,
                            new Dvo(
                                    12,
                                    DE_BILT,
                                    2027,
                                    true,
                                    LocalDate.of(2027, 4, 1),
                                    2,
                                    List.of(vast.get(0), regel(INNING, "achterstanden", RegelStatus.INDICATIEF)),
                                    vast,
                                    false,
                                    List.of()));
                    return f;
                }))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.onderwerp()).isEqualTo("12");
                    assertThat(s.argumenten()).containsExactly("De Bilt", "2027");
                });
        // Without price and volume on a line, it was not fully specified; a later year is not the start.
        assertThat(goed(r66, f -> {
                    List<Regel> zonderPrijs = List.of(
                            vast.get(0), new Regel(INNING, null, "achterstanden", RegelStatus.VAST, 1, false, false));
                    f.dvos.set(1, dvo(12, DE_BILT, 2027, false, List.of(), zonderPrijs));
                    return f;
                }))
                .isEmpty();
        assertThat(goed(r66, f -> {
                    f.dvos.add(dvo(14, DE_BILT, 2028, false, List.of(), vast));
                    return f;
                }))
                .isEmpty();
        assertThat(r66.opgelost("12", feiten(f -> f))).isEqualTo("toets.controle.R6.6.opgelost");
    }

    @Test
    void r67ASavingsTargetInTheFirstYearWithASlackRemovingMeasure() {
        BesparingZonderRek r67 = new BesparingZonderRek();
        UnaryOperator<ControlesTest.F> samen = f -> {
            f.maatregelen.add(new Maatregel(3, MaatregelSoort.BESPARINGSTAAKSTELLING, 2027));
            f.maatregelen.add(new Maatregel(4, MaatregelSoort.VACATURES_NIET_INVULLEN, null));
            return f;
        };
        assertThat(beideKanten(r67, samen, f -> {
                    f.maatregelen.removeIf(m -> m.id() == 3);
                    f.maatregelen.add(new Maatregel(3, MaatregelSoort.BESPARINGSTAAKSTELLING, 2028));
                    return f;
                }))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.argumenten()).containsExactly("2027", "0");
                    assertThat(s.ernst(r67)).isEqualTo(Ernst.RISICO);
                });
        assertThat(goed(r67, f -> {
                    f.maatregelen.add(new Maatregel(3, MaatregelSoort.BESPARINGSTAAKSTELLING, 2027));
                    f.maatregelen.add(new Maatregel(4, MaatregelSoort.BUFFER_WEGORGANISEREN, 2027));
                    return f;
                }))
                .singleElement()
                .satisfies(s -> assertThat(s.argumenten()).containsExactly("2027", "1"));
        // A savings target alone, or slack removed without a savings target, is not the sequence.
        assertThat(goed(r67, f -> {
                    f.maatregelen.add(new Maatregel(3, MaatregelSoort.BESPARINGSTAAKSTELLING, 2027));
                    return f;
                }))
                .isEmpty();
    }
}
