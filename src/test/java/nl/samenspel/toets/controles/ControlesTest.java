package nl.samenspel.toets.controles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.samenspel.afspraken.AfsprakenFeiten;
import nl.samenspel.bestuur.BestuurFeiten;
import nl.samenspel.bestuur.BestuurFeiten.Orgaan;
import nl.samenspel.bestuur.BestuurFeiten.Zetel;
import nl.samenspel.bestuur.Lijn;
import nl.samenspel.bestuur.ZetelRol;
import nl.samenspel.evaluatie.EvaluatieFeiten;
import nl.samenspel.financien.FinancienFeiten;
import nl.samenspel.gedoe.GedoeFeiten;
import nl.samenspel.gesprek.GesprekFeiten;
import nl.samenspel.kalender.KalenderFeiten;
import nl.samenspel.overgang.OvergangFeiten;
import nl.samenspel.overgang.Transitie;
import nl.samenspel.rapportage.RapportageFeiten;
import nl.samenspel.regeling.RegelingFeiten;
import nl.samenspel.regeling.RegelingOnderdeel;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.scan.ScanFeiten;
import nl.samenspel.toets.Controle;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import nl.samenspel.toets.ToetsFeiten.FaseOvergang;
import nl.samenspel.toets.ToetsFeiten.Positie;
import nl.samenspel.toets.ToetsFeiten.Regisseur;
import nl.samenspel.toets.ToetsFeiten.Spanning;
import nl.samenspel.toets.ToetsFeiten.Uitstel;
import nl.samenspel.verkenning.Behoefte;
import nl.samenspel.verkenning.Einddoel;
import nl.samenspel.verkenning.Partij;
import nl.samenspel.verkenning.Route;
import nl.samenspel.verkenning.Sterkte;
import nl.samenspel.verkenning.Taak;
import nl.samenspel.verkenning.VerkenningFeiten.RouteStand;
import nl.samenspel.vorm.Geschiktheid;
import nl.samenspel.vorm.Vorm;
import nl.samenspel.vorm.VormFeiten;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Every check fires on its own condition and stays quiet on a healthy samenwerking. */
class ControlesTest {

    static final Partij ZEIST = new Partij("GM0355", "Zeist");
    static final Partij DE_BILT = new Partij("GM0310", "De Bilt");
    static final Partij BUNNIK = new Partij("GM0312", "Bunnik");
    static final Taak WOZ = new Taak(1, "WOZ-waardering");
    static final Taak INNING = new Taak(2, "Invordering");
    /** The day the hand-built facts are judged on (issue 13): mid-2027, the first year of the running cooperation. */
    static final LocalDate PEILDATUM = LocalDate.of(2027, 6, 15);

    /** Found on the class path like Spring finds them, so a new check cannot be left out of these tests. */
    static List<Controle> alle() {
        return AlleControles.uitDeApplicatie();
    }

    /** A mutable builder around the record, starting from a samenwerking that follows every rule. */
    static final class F {
        Fase fase = Fase.ONDERHANDELEN;
        List<Partij> partijen = new ArrayList<>(List.of(ZEIST, DE_BILT, BUNNIK));
        Regisseur regisseur = new Regisseur("regisseur", true, true, Set.of("REGISSEUR"), null);
        List<Taak> taken = new ArrayList<>(List.of(WOZ, INNING));
        Map<String, Positie> posities = new HashMap<>();
        List<Behoefte> behoeften = new ArrayList<>();
        List<Spanning> spanningen = new ArrayList<>(List.of(
                new Spanning(7, "TEGENSTRIJDIGE_BELANGEN", "AFGESPROKEN", false, Set.of("GM0355", "GM0310"), true)));
        List<FaseOvergang> overgangen = new ArrayList<>(List.of(new FaseOvergang(
                1, Fase.VERKENNEN, Fase.ONDERHANDELEN, false, List.of(), Instant.parse("2025-01-01T10:00:00Z"))));
        boolean vormOntgrendeld;
        List<Uitstel> uitstel = new ArrayList<>(List.of(new Uitstel("STAP:WAT", "HEROPEND")));
        Map<String, Set<String>> besproken = new HashMap<>();
        Map<String, Set<String>> verouderd = new HashMap<>();
        Map<Long, RouteStand> routes = new HashMap<>();
        // Issue 12: no form decided, no regeling, no bodies.
        VormFeiten.Stand vorm = VormFeiten.Stand.geen(42);
        Set<RegelingOnderdeel> geregeld = new HashSet<>();
        Set<RegelingOnderdeel> afgewogen = new HashSet<>();
        Map<String, LocalDate> toestemming = new HashMap<>();
        List<Orgaan> organen = new ArrayList<>();
        // Issue 13: no agreements, no transition, no gedoe, no evaluations; judged on a fixed day.
        List<AfsprakenFeiten.Dienst> diensten = new ArrayList<>();
        List<AfsprakenFeiten.Dvo> dvos = new ArrayList<>();
        int indicatorplafond = AfsprakenFeiten.STANDAARD_INDICATORPLAFOND;

        @Nullable
        LocalDate start;

        @Nullable
        Transitie transitie;

        List<OvergangFeiten.Maatregel> maatregelen = new ArrayList<>();
        List<OvergangFeiten.Overdracht> inventaris = new ArrayList<>();
        List<OvergangFeiten.Verwachting> verwachtingen = new ArrayList<>();

        @Nullable
        Long forum;
        /** The samenwerking's own term for gedoe items (six weeks here, the default is four). */
        int gedoeTermijn = 42;

        List<GedoeFeiten.Gedoe> gedoe = new ArrayList<>();
        List<EvaluatieFeiten.Evaluatie> evaluaties = new ArrayList<>();
        List<EvaluatieFeiten.Uittreding> uittredingen = new ArrayList<>();
        EvaluatieFeiten.@Nullable Opheffing opheffing;
        LocalDate peildatum = PEILDATUM;
        // Issue 14: nothing planned, no money events, no reports, conversations or scans.
        List<KalenderFeiten.Termijn> termijnen = new ArrayList<>();
        List<KalenderFeiten.Zienswijze> zienswijzen = new ArrayList<>();
        List<FinancienFeiten.Gebeurtenis> gebeurtenissen = new ArrayList<>();
        int informatietermijn = FinancienFeiten.STANDAARD_INFORMATIETERMIJN;
        List<RapportageFeiten.Rapportage> rapportages = new ArrayList<>();
        List<GesprekFeiten.Gesprek> gesprekken = new ArrayList<>();
        List<ScanFeiten.Scan> scans = new ArrayList<>();

        F() {
            posities.put("GM0355", new Positie("GM0355", true, true, false));
            posities.put("GM0310", new Positie("GM0310", true, false, false));
            posities.put("GM0312", new Positie("GM0312", true, false, true));
            for (Taak t : taken) {
                for (Partij van : partijen) {
                    for (Partij naar : partijen) {
                        if (!van.equals(naar)) {
                            behoeften.add(new Behoefte(t.id(), van.code(), naar.code(), Sterkte.ENIGSZINS));
                        }
                    }
                }
            }
        }

        ToetsFeiten feiten() {
            return new ToetsFeiten(
                    42,
                    fase,
                    partijen,
                    regisseur,
                    taken,
                    posities,
                    behoeften,
                    spanningen,
                    overgangen,
                    vormOntgrendeld,
                    uitstel,
                    besproken,
                    null,
                    verouderd,
                    routes,
                    vorm,
                    new RegelingFeiten.Stand(42, geregeld, afgewogen, toestemming, Map.of()),
                    new BestuurFeiten.Stand(42, organen),
                    new AfsprakenFeiten.Stand(42, diensten, dvos, indicatorplafond),
                    new OvergangFeiten.Stand(42, start, transitie, maatregelen, inventaris, verwachtingen),
                    new GedoeFeiten.Stand(42, forum, gedoe, null, gedoeTermijn),
                    new EvaluatieFeiten.Stand(42, evaluaties, uittredingen, opheffing),
                    peildatum,
                    List.of(),
                    new ToetsFeiten.PlanningEnControl(
                            new KalenderFeiten.Stand(42, termijnen, zienswijzen),
                            new FinancienFeiten.Stand(42, gebeurtenissen, informatietermijn),
                            new RapportageFeiten.Stand(42, rapportages),
                            new GesprekFeiten.Stand(42, gesprekken),
                            new ScanFeiten.Stand(42, scans)));
        }

        /** The parties decided on this form; the advice finds it fits and the decision is reasoned. */
        F vorm(Vorm v) {
            return vorm(v, Geschiktheid.PAST, true);
        }

        F vorm(Vorm v, Geschiktheid oordeel, boolean gemotiveerd) {
            vorm = new VormFeiten.Stand(42, v, oordeel, gemotiveerd, LocalDate.of(2025, 6, 2));
            return this;
        }

        F orgaan(long id, String naam, Lijn lijn, Zetel... zetels) {
            organen.add(new Orgaan(id, naam, lijn, List.of(zetels)));
            return this;
        }

        F zonderOrgaan(long id) {
            organen.removeIf(o -> o.id() == id);
            return this;
        }

        F route(Taak t, Route route) {
            routes.put(t.id(), new RouteStand(t.id(), route, List.of(), null));
            return this;
        }

        F inkopen(Taak t, String leverancier, String... kopers) {
            routes.put(t.id(), new RouteStand(t.id(), Route.INKOPEN, List.of(kopers), leverancier));
            return this;
        }
    }

    /** A wethouder or burgemeester of {@code gemeente}; content unless every portfolio is finance or operations. */
    static Zetel bestuurder(long id, String naam, String gemeente, String... portefeuilles) {
        boolean inhoudelijk = List.of(portefeuilles).stream()
                .anyMatch(p -> !p.equals("Financi\u00ebn") && !p.equals("Bedrijfsvoering"));
        return new Zetel(
                id,
                naam,
                sleutel(gemeente, naam),
                gemeente,
                ZetelRol.BESTUURLIJK,
                List.of(portefeuilles),
                inhoudelijk,
                1,
                null);
    }

    static Zetel ambtenaar(long id, String naam, String gemeente) {
        return new Zetel(id, naam, sleutel(gemeente, naam), gemeente, ZetelRol.AMBTELIJK, List.of(), false, 1, null);
    }

    private static String sleutel(String gemeente, String naam) {
        return gemeente + ":" + naam.toLowerCase(Locale.ROOT);
    }

    static final String FINANCIEN = "Financi\u00ebn";
    static final long AB = 1;
    static final long OGO = 2;

    /**
     * A governance that follows rule 2, in the phase after the form: an openbaar lichaam; the finance portfolio
     * holders in the algemeen bestuur, a client seat per municipality (a content holder or a civil servant) in the
     * opdrachtgeversoverleg; everything the regeling must contain arranged; every raad gave toestemming.
     */
    static F goedOntworpen(F f) {
        f.fase = Fase.VORMGEVEN;
        f.vorm(Vorm.OPENBAAR_LICHAAM)
                .orgaan(
                        AB,
                        "Algemeen bestuur",
                        Lijn.TOEZICHT,
                        bestuurder(1, "Anna de Vries", "GM0355", FINANCIEN),
                        bestuurder(2, "Bram Bakker", "GM0310", FINANCIEN, "Bedrijfsvoering"),
                        bestuurder(3, "Cor Smit", "GM0312", FINANCIEN))
                .orgaan(
                        OGO,
                        "Opdrachtgeversoverleg",
                        Lijn.KLANT,
                        bestuurder(4, "Dewi Jansen", "GM0355", "Sociaal domein"),
                        ambtenaar(5, "Eva Visser", "GM0310"),
                        bestuurder(6, "Frank Mulder", "GM0312", "Belastingen"))
                .orgaan(
                        3,
                        "Directie",
                        Lijn.UITVOERING,
                        new Zetel(
                                7,
                                "Gert Dijk",
                                "g.dijk",
                                null,
                                ZetelRol.AMBTELIJK,
                                List.of("Directeur"),
                                false,
                                0,
                                "g.dijk"));
        f.geregeld.addAll(List.of(RegelingOnderdeel.values()));
        f.partijen.forEach(p -> f.toestemming.put(p.code(), LocalDate.of(2025, 9, 1)));
        return f;
    }

    static List<Signaal> signalen(Controle c, UnaryOperator<F> wijziging) {
        return c.evalueer(wijziging.apply(new F()).feiten());
    }

    @Test
    void eenGezondeSamenwerkingHeeftGeenEnkeleBevinding() {
        ToetsFeiten gezond = new F().feiten();
        for (Controle c : alle()) {
            assertThat(c.evalueer(gezond)).as(c.id()).isEmpty();
        }
    }

    @Test
    void deScanVindtDeBekendeControles() {
        // A guard on the scan itself: it must at least find the checks that existed when it was written.
        assertThat(alle())
                .extracting(Controle::id)
                .contains("R1.1", "R1.2", "R1.3", "R1.4", "R1.5", "R6.2")
                .hasSizeGreaterThanOrEqualTo(14);
    }

    @Test
    void elkeControleHeeftEenUniekIdBijEenRegelVanEenTotZeven() {
        assertThat(alle()).extracting(Controle::id).doesNotHaveDuplicates();
        assertThat(alle()).allSatisfy(c -> assertThat(c.regel()).isBetween(1, 7));
        assertThat(alle()).extracting(Controle::regel).contains(1, 2, 3, 4, 5, 6);
    }

    @Test
    void r11VormstapGeopendMetOverride() {
        assertThat(signalen(new VormstapGeforceerd(), f -> {
                    f.vormOntgrendeld = true;
                    return f;
                }))
                .hasSize(1);
        assertThat(signalen(new VormstapGeforceerd(), f -> {
                    f.overgangen.add(
                            new FaseOvergang(2, Fase.ONDERHANDELEN, Fase.VORMGEVEN, true, List.of(), Instant.now()));
                    return f;
                }))
                .hasSize(1);
        assertThat(signalen(new VormstapGeforceerd(), f -> {
                    f.overgangen.add(
                            new FaseOvergang(2, Fase.ONDERHANDELEN, Fase.VORMGEVEN, false, List.of(), Instant.now()));
                    return f;
                }))
                .isEmpty();
    }

    static final List<String> VOOR_VORM = List.of("WAT", "HOE", "SPANNINGEN", "VANZELFDYNAMIEK");

    @Test
    void r11LostOpZodraDeOvergeslagenStappenDoorAllePartijenBesprokenZijn() {
        UnaryOperator<F> ontgrendeld = f -> {
            f.vormOntgrendeld = true;
            f.besproken.put("WAT", Set.of("GM0355", "GM0310", "GM0312"));
            return f;
        };
        assertThat(signalen(new VormstapGeforceerd(), ontgrendeld)).hasSize(1);
        // Three of the four steps by everyone, the last by two of the three parties: still open.
        assertThat(signalen(new VormstapGeforceerd(), f -> {
                    f = ontgrendeld.apply(f);
                    f.besproken.put("HOE", Set.of("GM0355", "GM0310", "GM0312"));
                    f.besproken.put("SPANNINGEN", Set.of("GM0355", "GM0310", "GM0312"));
                    f.besproken.put("VANZELFDYNAMIEK", Set.of("GM0355", "GM0310"));
                    return f;
                }))
                .hasSize(1);
        UnaryOperator<F> ingehaald = f -> {
            f = ontgrendeld.apply(f);
            for (String stap : VOOR_VORM) {
                f.besproken.put(stap, Set.of("GM0355", "GM0310", "GM0312"));
            }
            return f;
        };
        assertThat(signalen(new VormstapGeforceerd(), ingehaald)).isEmpty();
        assertThat(signalen(new VormstapGeforceerd(), f -> {
                    f = ingehaald.apply(f);
                    f.overgangen.add(
                            new FaseOvergang(2, Fase.ONDERHANDELEN, Fase.VORMGEVEN, true, List.of(), Instant.now()));
                    return f;
                }))
                .isEmpty();
        // A step that is no longer discussed by everyone (its content changed) brings it back.
        assertThat(signalen(new VormstapGeforceerd(), f -> {
                    f = ingehaald.apply(f);
                    f.besproken.put("HOE", Set.of("GM0355"));
                    return f;
                }))
                .hasSize(1);
        assertThat(new VormstapGeforceerd()
                        .opgelost("", ingehaald.apply(new F()).feiten()))
                .isEqualTo("toets.controle.R1.1.opgelost");
    }

    @Test
    void r12PartijZonderWatZijNietWilNoemtAlleenDePartij() {
        List<Signaal> s = signalen(new NietGewildOntbreekt(), f -> {
            f.posities.put("GM0310", new Positie("GM0310", false, true, true));
            f.posities.remove("GM0312");
            return f;
        });
        assertThat(s).extracting(Signaal::onderwerp).containsExactly("GM0310", "GM0312");
        assertThat(s.get(0).argumenten()).containsExactly("De Bilt");
    }

    @Test
    void r18PositieNamensVastgelegdEnNietBevestigdNoemtAlleenDiePartij() {
        assertThat(signalen(new PositieNietBevestigd(), f -> f)).isEmpty();
        List<Signaal> s = signalen(new PositieNietBevestigd(), f -> {
            f.posities.put("GM0310", new Positie("GM0310", true, false, false, null, Set.of(), true));
            f.posities.put("GM9999", new Positie("GM9999", true, false, false, null, Set.of(), true));
            return f;
        });
        assertThat(s).extracting(Signaal::onderwerp).containsExactly("GM0310");
        assertThat(s.get(0).argumenten()).containsExactly("De Bilt");
        assertThat(new PositieNietBevestigd().opgelost("GM0310", new F().feiten()))
                .isEqualTo("toets.controle.R1.8.opgelost");
        assertThat(new PositieNietBevestigd().opgelost("GM9999", new F().feiten()))
                .isEqualTo("toets.opgelost.vervallen");
    }

    @Test
    void r17StapGewijzigdNaInstemmingNoemtDeStapEnDePartijenInHunVolgorde() {
        List<Signaal> s = signalen(new StapGewijzigdNaInstemming(), f -> {
            f.besproken.put("SPANNINGEN", Set.of("GM0312"));
            f.verouderd.put("SPANNINGEN", Set.of("GM0310", "GM0355"));
            f.verouderd.put("WAT", Set.of("GM9999")); // a municipality that no longer takes part
            return f;
        });
        assertThat(s).extracting(Signaal::onderwerp).containsExactly("SPANNINGEN");
        assertThat(s.get(0).argumenten()).containsExactly("SPANNINGEN", "Zeist, De Bilt", "2");
        assertThat(signalen(new StapGewijzigdNaInstemming(), f -> f)).isEmpty();
    }

    @Test
    void r13LeegSpanningsregisterPasNaDeVerkenning() {
        assertThat(signalen(new SpanningsregisterLeeg(), f -> {
                    f.spanningen.clear();
                    return f;
                }))
                .hasSize(1);
        assertThat(signalen(new SpanningsregisterLeeg(), f -> {
                    f.spanningen.clear();
                    f.fase = Fase.VERKENNEN;
                    return f;
                }))
                .isEmpty();
    }

    @Test
    void r13EnR41AlleenEenAfgesprokenSpanningTussenPartijenTelt() {
        // Named but not handled, handled by one party only, or "afgesproken" without a handling written down.
        List<List<Spanning>> nietOnderhandeld = List.of(
                List.of(new Spanning(1, "ANDERS", "OPEN", false, Set.of("GM0355", "GM0310"), true)),
                List.of(new Spanning(1, "ANDERS", "OPEN", false, Set.of("GM0355", "GM0310"), false)),
                List.of(new Spanning(1, "ANDERS", "AFGESPROKEN", false, Set.of("GM0355"), true)),
                List.of(new Spanning(1, "ANDERS", "AFGESPROKEN", false, Set.of("GM0355", "GM0310"), false)),
                // One participating party and one that is not (or no longer) in the samenwerking.
                List.of(new Spanning(1, "ANDERS", "GESLOTEN", false, Set.of("GM0355", "GM0344"), true)));
        for (Controle c : List.of(new SpanningsregisterLeeg(), new OnderhandelingOvergeslagen())) {
            for (List<Spanning> spanningen : nietOnderhandeld) {
                assertThat(signalen(c, f -> {
                            f.spanningen = new ArrayList<>(spanningen);
                            return f;
                        }))
                        .as(c.id() + " " + spanningen)
                        .hasSize(1);
            }
            for (String status : List.of("AFGESPROKEN", "GESLOTEN")) {
                assertThat(signalen(c, f -> {
                            f.spanningen = new ArrayList<>(List.of(
                                    new Spanning(1, "ANDERS", "OPEN", false, Set.of("GM0355"), true),
                                    new Spanning(2, "ANDERS", status, false, Set.of("GM0310", "GM0312"), true)));
                            return f;
                        }))
                        .as(c.id() + " " + status)
                        .isEmpty();
            }
        }
    }

    @Test
    void r14DeelsBesprokenStapTotAllePartijenHemBesprakenHebben() {
        UnaryOperator<F> deels = f -> {
            f.overgangen.add(new FaseOvergang(
                    2, Fase.ONDERHANDELEN, Fase.VORMGEVEN, true, List.of("WAT", "HOE"), Instant.now()));
            f.besproken.put("WAT", Set.of("GM0355"));
            f.besproken.put("HOE", Set.of("GM0355", "GM0310", "GM0312"));
            return f;
        };
        assertThat(signalen(new StapDeelsBesproken(), deels))
                .extracting(Signaal::onderwerp)
                .containsExactly("WAT");
        assertThat(signalen(new StapDeelsBesproken(), f -> {
                    f = deels.apply(f);
                    f.besproken.put("WAT", Set.of("GM0355", "GM0310", "GM0312"));
                    return f;
                }))
                .isEmpty();
    }

    @Test
    void r15FaseOverrideBuitenDeVormstap() {
        assertThat(signalen(new FaseGeforceerd(), f -> {
                    f.overgangen.add(
                            new FaseOvergang(2, Fase.VORMGEVEN, Fase.AFSPREKEN, true, List.of(), Instant.now()));
                    f.overgangen.add(
                            new FaseOvergang(3, Fase.ONDERHANDELEN, Fase.VORMGEVEN, true, List.of(), Instant.now()));
                    return f;
                }))
                .extracting(Signaal::onderwerp)
                .containsExactly("AFSPREKEN");
    }

    @Test
    void r51EenzijdigeBehoefteNaDeVerkenning() {
        UnaryOperator<F> eenzijdig = f -> {
            f.behoeften.removeIf(
                    b -> b.taakId() == 1 && b.van().equals("GM0310") && b.naar().equals("GM0355"));
            f.behoeften.add(new Behoefte(1, "GM0310", "GM0355", Sterkte.NIET));
            return f;
        };
        List<Signaal> s = signalen(new EenzijdigeBehoefte(), eenzijdig);
        assertThat(s).extracting(Signaal::onderwerp).containsExactly("1");
        assertThat(s.get(0).argumenten()).containsExactly("WOZ-waardering", "0");
        assertThat(signalen(new EenzijdigeBehoefte(), f -> {
                    f = eenzijdig.apply(f);
                    f.fase = Fase.VERKENNEN;
                    return f;
                }))
                .isEmpty();
    }

    /** Task 1 (WOZ) with one-sided need only: Zeist needs De Bilt, nobody else needs anybody. */
    static F alleenEenzijdig(F f) {
        f.behoeften.removeIf(b -> b.taakId() == WOZ.id());
        for (Partij van : f.partijen) {
            for (Partij naar : f.partijen) {
                if (!van.equals(naar)) {
                    boolean nodig = van.equals(ZEIST) && naar.equals(DE_BILT);
                    f.behoeften.add(
                            new Behoefte(WOZ.id(), van.code(), naar.code(), nodig ? Sterkte.STERK : Sterkte.NIET));
                }
            }
        }
        return f;
    }

    @Test
    void r51VolgtDeGekozenRoute() {
        assertThat(signalen(new EenzijdigeBehoefte(), ControlesTest::alleenEenzijdig))
                .as("no route recorded: the task rides along in the samenwerking; worth a conversation, no risk")
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.argumenten()).containsExactly("WOZ-waardering", "0");
                    assertThat(x.ernst(new EenzijdigeBehoefte())).isEqualTo(Ernst.AANDACHT);
                });
        assertThat(signalen(new EenzijdigeBehoefte(), f -> alleenEenzijdig(f).inkopen(WOZ, "GM0310", "GM0355")))
                .as("the model case of rule 5: Zeist buys from De Bilt")
                .isEmpty();
        assertThat(signalen(new EenzijdigeBehoefte(), f -> alleenEenzijdig(f).route(WOZ, Route.NIET_SAMEN)))
                .isEmpty();
        assertThat(signalen(new EenzijdigeBehoefte(), f -> alleenEenzijdig(f).route(WOZ, Route.SAMENWERKEN)))
                .as("a shared arrangement on one-sided need contradicts the analysis")
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.onderwerp()).isEqualTo("1");
                    assertThat(x.argumenten()).containsExactly("WOZ-waardering", "1");
                    assertThat(x.ernst(new EenzijdigeBehoefte())).isEqualTo(Ernst.RISICO);
                });
        assertThat(signalen(new EenzijdigeBehoefte(), f -> f.route(WOZ, Route.SAMENWERKEN)))
                .as("mutual need: SAMENWERKEN follows the analysis")
                .isEmpty();
    }

    @Test
    void r52PartijDieVoorEenTaakNietsBeantwoordde() {
        List<Signaal> s = signalen(new BehoefteNietBeantwoord(), f -> {
            f.behoeften.removeIf(b -> b.taakId() == 2 && b.van().equals("GM0312"));
            return f;
        });
        assertThat(s).extracting(Signaal::onderwerp).containsExactly("GM0312");
        assertThat(s.get(0).argumenten()).containsExactly("Bunnik", "Invordering", "1");
    }

    @Test
    void r53NiemandNoemdeDeKosten() {
        assertThat(signalen(new KostenOnbenoemd(), f -> {
                    f.posities.replaceAll((k, p) -> new Positie(k, true, false, false));
                    return f;
                }))
                .hasSize(1);
        assertThat(signalen(new KostenOnbenoemd(), f -> {
                    f.posities.clear();
                    return f;
                }))
                .hasSize(1);
    }

    @Test
    void r54NergensWederzijdseBehoefteTerwijlHetDoorgaat() {
        UnaryOperator<F> nergens = f -> {
            f.behoeften.replaceAll(b -> new Behoefte(b.taakId(), b.van(), b.naar(), Sterkte.NIET));
            return f;
        };
        assertThat(signalen(new GeenWederzijdseBehoefte(), nergens)).hasSize(1);
        assertThat(signalen(new GeenWederzijdseBehoefte(), f -> {
                    f = nergens.apply(f);
                    f.fase = Fase.VERKENNEN;
                    return f;
                }))
                .isEmpty();
        assertThat(signalen(
                        new GeenWederzijdseBehoefte(),
                        f -> nergens.apply(f)
                                .route(WOZ, Route.NIET_SAMEN)
                                .inkopen(INNING, "GM0355", "GM0310", "GM0312")))
                .as("every task has a route that is not shared: the samenwerking carries those choices")
                .isEmpty();
        assertThat(signalen(new GeenWederzijdseBehoefte(), f -> nergens.apply(f).route(WOZ, Route.NIET_SAMEN)))
                .as("the other task has no route: it continues as a shared arrangement")
                .hasSize(1);
        assertThat(signalen(
                        new GeenWederzijdseBehoefte(),
                        f -> nergens.apply(f).route(WOZ, Route.NIET_SAMEN).route(INNING, Route.SAMENWERKEN)))
                .as("a shared arrangement chosen without any mutual need")
                .hasSize(1);
        // Nothing answered yet is not "no need": no finding until at least one pair is complete.
        assertThat(signalen(new GeenWederzijdseBehoefte(), f -> {
                    f.behoeften.clear();
                    return f;
                }))
                .isEmpty();
    }

    @Test
    void r61HetzelfdeBesluitTweeKeerUitgesteld() {
        List<Signaal> s = signalen(new HerhaaldUitgesteld(), f -> {
            f.uitstel.add(new Uitstel("STAP:WAT", "UITGESTELD"));
            f.uitstel.add(new Uitstel("FASE:VORMGEVEN", "UITGESTELD"));
            return f;
        });
        assertThat(s).extracting(Signaal::onderwerp).containsExactly("STAP:WAT");
        assertThat(s.get(0).argumenten()).containsExactly("STAP:WAT", "2");
    }

    @Test
    void r61LostOpZodraHetUitgesteldeBesluitAlsnogGenomenIs() {
        UnaryOperator<F> tweeKeer = f -> {
            f.uitstel.add(new Uitstel("STAP:WAT", "UITGESTELD"));
            f.uitstel.add(new Uitstel("FASE:VORMGEVEN", "UITGESTELD"));
            f.uitstel.add(new Uitstel("FASE:VORMGEVEN", "UITGESTELD"));
            return f;
        };
        assertThat(signalen(new HerhaaldUitgesteld(), tweeKeer))
                .extracting(Signaal::onderwerp)
                .containsExactly("FASE:VORMGEVEN", "STAP:WAT");
        assertThat(signalen(new HerhaaldUitgesteld(), f -> {
                    f = tweeKeer.apply(f);
                    f.besproken.put("WAT", Set.of("GM0355", "GM0310", "GM0312"));
                    f.fase = Fase.VORMGEVEN;
                    return f;
                }))
                .isEmpty();
        assertThat(signalen(new HerhaaldUitgesteld(), f -> {
                    f = tweeKeer.apply(f);
                    f.besproken.put("WAT", Set.of("GM0355", "GM0310"));
                    return f;
                }))
                .extracting(Signaal::onderwerp)
                .containsExactly("FASE:VORMGEVEN", "STAP:WAT");
    }

    @Test
    void eenBevindingOverEenPartijDieVertrokIsVervaltInPlaatsVanHersteld() {
        F f = new F();
        f.partijen.remove(BUNNIK);
        ToetsFeiten zonderBunnik = f.feiten();
        assertThat(new NietGewildOntbreekt().opgelost("GM0312", zonderBunnik)).isEqualTo("toets.opgelost.vervallen");
        assertThat(new NietGewildOntbreekt().opgelost("GM0310", zonderBunnik))
                .isEqualTo("toets.controle.R1.2.opgelost");
        assertThat(new BehoefteNietBeantwoord().opgelost("GM0312", zonderBunnik))
                .isEqualTo("toets.opgelost.vervallen");
        assertThat(new UniformiteitZonderFrontoffice().opgelost("99", zonderBunnik))
                .isEqualTo("toets.opgelost.vervallen");
    }

    @Test
    void r62GeenRegisseurDieKanLeiden() {
        assertThat(signalen(new GeenRegisseur(), f -> {
                    f.regisseur = new Regisseur("weg", false, false, Set.of(), null);
                    return f;
                }))
                .hasSize(1);
        assertThat(signalen(new GeenRegisseur(), f -> {
                    f.regisseur = new Regisseur("r", true, true, Set.of("AMBTENAAR"), null);
                    return f;
                }))
                .hasSize(1);
        assertThat(signalen(new GeenRegisseur(), f -> {
                    f.regisseur = new Regisseur("r", true, false, Set.of("REGISSEUR"), null);
                    return f;
                }))
                .hasSize(1);
    }

    @Test
    void r63InsiderIsAandachtLeverancierIsRisico() {
        RegisseurIsPartij r63 = new RegisseurIsPartij();
        assertThat(r63.ernst()).isEqualTo(Ernst.AANDACHT);
        UnaryOperator<F> uitDeBilt = f -> {
            f.regisseur = new Regisseur("r", true, true, Set.of("REGISSEUR"), "GM0310");
            return f;
        };
        assertThat(signalen(r63, uitDeBilt)).singleElement().satisfies(x -> {
            assertThat(x.ernst(r63)).isEqualTo(Ernst.AANDACHT);
            assertThat(x.argumenten()).containsExactly("r", "De Bilt", "0", "");
        });
        assertThat(signalen(r63, f -> uitDeBilt.apply(f).inkopen(WOZ, "GM0355", "GM0310")))
                .as("De Bilt buys, Zeist supplies: still only an insider")
                .singleElement()
                .satisfies(x -> assertThat(x.ernst(r63)).isEqualTo(Ernst.AANDACHT));
        assertThat(signalen(r63, f -> uitDeBilt.apply(f).inkopen(WOZ, "GM0310", "GM0355", "GM0312")))
                .as("the regisseur's municipality supplies the others")
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.ernst(r63)).isEqualTo(Ernst.RISICO);
                    assertThat(x.onderwerp()).isEqualTo("GM0310");
                    assertThat(x.argumenten()).containsExactly("r", "De Bilt", "1", "WOZ-waardering");
                });
        assertThat(signalen(r63, f -> uitDeBilt.apply(f).route(WOZ, Route.SAMENWERKEN)))
                .singleElement()
                .satisfies(x -> assertThat(x.ernst(r63)).isEqualTo(Ernst.AANDACHT));
    }

    @Test
    void r63RegisseurVerbondenAanEenDeelnemer() {
        assertThat(signalen(new RegisseurIsPartij(), f -> {
                    f.regisseur = new Regisseur("r", true, true, Set.of("REGISSEUR", "AMBTENAAR"), "GM0310");
                    return f;
                }))
                .extracting(Signaal::onderwerp)
                .containsExactly("GM0310");
        assertThat(signalen(new RegisseurIsPartij(), f -> {
                    f.regisseur = new Regisseur("r", true, true, Set.of("REGISSEUR"), "GM0344");
                    return f;
                }))
                .isEmpty();
    }

    @Test
    void r41OnderhandelenZonderSpanningTussenPartijen() {
        assertThat(signalen(new OnderhandelingOvergeslagen(), f -> {
                    f.spanningen =
                            new ArrayList<>(List.of(new Spanning(1, "ANDERS", "OPEN", false, Set.of("GM0355"), true)));
                    return f;
                }))
                .hasSize(1);
        assertThat(signalen(new OnderhandelingOvergeslagen(), f -> {
                    f.spanningen.clear();
                    f.fase = Fase.VERKENNEN;
                    return f;
                }))
                .isEmpty();
    }

    @Test
    void r42UniformiteitZonderBackofficeFrontoffice() {
        assertThat(signalen(new UniformiteitZonderFrontoffice(), f -> {
                    f.spanningen.add(new Spanning(9, "UNIFORMITEIT_MAATWERK", "OPEN", false, Set.of(), false));
                    f.spanningen.add(new Spanning(10, "UNIFORMITEIT_MAATWERK", "OPEN", true, Set.of(), false));
                    return f;
                }))
                .extracting(Signaal::onderwerp)
                .containsExactly("9");
    }

    static Positie met(String code, Einddoel einddoel, Einddoel... uitgesloten) {
        return new Positie(code, true, false, false, einddoel, Set.of(uitgesloten));
    }

    @Test
    void r16EinddoelDatEenAnderUitsluitNoemtBeidePartijenEnHetEinddoel() {
        List<Signaal> s = signalen(new EinddoelenLopenUiteen(), f -> {
            f.posities.put("GM0355", met("GM0355", Einddoel.BESTUURLIJKE_FUSIE_OP_TERMIJN));
            f.posities.put(
                    "GM0310", met("GM0310", Einddoel.AMBTELIJKE_SAMENWERKING, Einddoel.BESTUURLIJKE_FUSIE_OP_TERMIJN));
            return f;
        });
        assertThat(s).extracting(Signaal::onderwerp).containsExactly("GM0355:GM0310");
        assertThat(s.get(0).argumenten())
                .containsExactly("Zeist", String.valueOf(Einddoel.BESTUURLIJKE_FUSIE_OP_TERMIJN.ordinal()), "De Bilt");
    }

    @Test
    void r16ZelfstandigBlijvenSluitEenBestuurlijkeFusieUit() {
        assertThat(signalen(new EinddoelenLopenUiteen(), f -> {
                    f.posities.put("GM0355", met("GM0355", Einddoel.BESTUURLIJKE_FUSIE_OP_TERMIJN));
                    f.posities.put("GM0312", met("GM0312", Einddoel.ZELFSTANDIG_BLIJVEN));
                    return f;
                }))
                .extracting(Signaal::onderwerp)
                .containsExactly("GM0355:GM0312");
        // Staying independent does not rule out an administrative cooperation.
        assertThat(signalen(new EinddoelenLopenUiteen(), f -> {
                    f.posities.put("GM0355", met("GM0355", Einddoel.AMBTELIJKE_SAMENWERKING));
                    f.posities.put("GM0312", met("GM0312", Einddoel.ZELFSTANDIG_BLIJVEN));
                    return f;
                }))
                .isEmpty();
    }

    @Test
    void r16ZwijgtBijGelijkeOfOpenEinddoelenEnZonderPositie() {
        assertThat(signalen(new EinddoelenLopenUiteen(), f -> {
                    f.posities.put(
                            "GM0355", met("GM0355", Einddoel.AMBTELIJKE_FUSIE, Einddoel.BESTUURLIJKE_FUSIE_OP_TERMIJN));
                    f.posities.put(
                            "GM0310", met("GM0310", Einddoel.AMBTELIJKE_FUSIE, Einddoel.BESTUURLIJKE_FUSIE_OP_TERMIJN));
                    f.posities.put("GM0312", met("GM0312", Einddoel.NOG_OPEN, Einddoel.NOG_OPEN));
                    return f;
                }))
                .isEmpty();
        // Somebody who rules a merger out says nothing about a party without a position or an end goal.
        assertThat(signalen(new EinddoelenLopenUiteen(), f -> {
                    f.posities.remove("GM0355");
                    f.posities.put("GM0312", met("GM0312", Einddoel.ZELFSTANDIG_BLIJVEN));
                    return f;
                }))
                .isEmpty();
    }

    @Test
    void r55SterkTegenoverEnigszinsNoemtDeTaakEnBeidePartijen() {
        List<Signaal> s = signalen(new OngelijkeAfhankelijkheid(), f -> {
            f.behoeften.replaceAll(b -> b.taakId() == WOZ.id()
                            && b.van().equals("GM0310")
                            && b.naar().equals("GM0355")
                    ? new Behoefte(b.taakId(), b.van(), b.naar(), Sterkte.STERK)
                    : b);
            return f;
        });
        assertThat(s).extracting(Signaal::onderwerp).containsExactly("1:GM0310:GM0355");
        assertThat(s.get(0).argumenten()).containsExactly("WOZ-waardering", "De Bilt", "Zeist");
        // Both strongly: equal, nothing to say.
        assertThat(signalen(new OngelijkeAfhankelijkheid(), f -> {
                    f.behoeften.replaceAll(b -> new Behoefte(b.taakId(), b.van(), b.naar(), Sterkte.STERK));
                    return f;
                }))
                .isEmpty();
    }
}
