package nl.samenspel.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenspel.afspraken.Afspraken;
import nl.samenspel.afspraken.Dvo;
import nl.samenspel.afspraken.DvoInvoer;
import nl.samenspel.afspraken.DvoKeuze;
import nl.samenspel.afspraken.RegelStatus;
import nl.samenspel.financien.FinancieleGebeurtenis;
import nl.samenspel.financien.FinancieleSoort;
import nl.samenspel.financien.Financien;
import nl.samenspel.financien.GebeurtenisInvoer;
import nl.samenspel.financien.Informatiewijze;
import nl.samenspel.financien.RaadsinformatieInvoer;
import nl.samenspel.financien.SleutelSoort;
import nl.samenspel.gesprek.Gesprek;
import nl.samenspel.gesprek.GesprekInvoer;
import nl.samenspel.gesprek.Gesprekken;
import nl.samenspel.kalender.Datum;
import nl.samenspel.kalender.Jaarplan;
import nl.samenspel.kalender.PcKalender;
import nl.samenspel.kalender.Raadszienswijze;
import nl.samenspel.kalender.Wijziging;
import nl.samenspel.rapportage.LijnStatus;
import nl.samenspel.rapportage.Rapportage;
import nl.samenspel.rapportage.RapportageInvoer;
import nl.samenspel.rapportage.Rapportages;
import nl.samenspel.scan.ActieInvoer;
import nl.samenspel.scan.AntwoordInvoer;
import nl.samenspel.scan.Scan;
import nl.samenspel.scan.ScanFeiten;
import nl.samenspel.scan.ScanThema;
import nl.samenspel.scan.Scans;
import nl.samenspel.scan.Stelling;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The planning-and-control data of the running demo case (issue 14, round 2), written as the demo regisseur (and,
 * for the scan, as each party) through the modules' public services.
 *
 * <p>The story: the statutory calendar of budget year {@link #BEGROTINGSJAAR} with its board dates, in which a
 * planned budget change leaves the raden less than the twelve weeks for their zienswijze (a warning); the zienswijzen
 * of Zeist (answered with reasons) and De Bilt (still unanswered); the cost-sharing key by inhabitants, the budgets
 * of {@link DemoLopend#LOPEND_JAAR} and {@link #BEGROTINGSJAAR}, an extra contribution in the first year (every raad
 * informed) and a deficit in the current year that Bunnik's raad has not yet heard of; quarterly progress reports per
 * client, Bunnik's third still a concept with figures but without a narrative on one line; two service conversations
 * with De Bilt (the second opens with an action left over from the first and adjusts the DVO into a new version) and
 * one with Zeist whose outcome was never written up; a samenwerkingsscan answered by all four parties with real
 * differences and an action plan of which one action is overdue. Every seeded day lies before 29 November 2026.
 *
 * <p>Idempotent: it seeds only while none of the five modules holds anything for the case, so a later start never
 * adds to what a user entered (and an existing demo database gets the data once).
 */
@Component
class DemoLopendPc {

    static final int BEGROTINGSJAAR = 2027;

    /** The planned board day of the budget change that breaks the twelve-week window. */
    static final LocalDate WIJZIGING_BESLUIT = LocalDate.of(2027, 1, 19);

    static final String TEKORT = "Tekort 2026: de overstap naar één vergadersysteem en duurdere buitendienstlaptops";

    private static final List<String> GEMEENTEN = List.of(DemoCasus.ZEIST, DemoCasus.DE_BILT, DemoCasus.BUNNIK);

    private final PcKalender kalender;
    private final Financien financien;
    private final Rapportages rapportages;
    private final Gesprekken gesprekken;
    private final Scans scans;
    private final Afspraken afspraken;
    private final UserDetailsService gebruikers;

    DemoLopendPc(
            PcKalender kalender,
            Financien financien,
            Rapportages rapportages,
            Gesprekken gesprekken,
            Scans scans,
            Afspraken afspraken,
            UserDetailsService gebruikers) {
        this.kalender = kalender;
        this.financien = financien;
        this.rapportages = rapportages;
        this.gesprekken = gesprekken;
        this.scans = scans;
        this.afspraken = afspraken;
        this.gebruikers = gebruikers;
    }

    /** Seeds everything while nothing is there yet; run as the demo regisseur. Returns whether it seeded. */
    boolean zaai(long id) {
        boolean leeg = kalender.stand(id, BEGROTINGSJAAR).jaren().isEmpty()
                && financien.begrotingen(id).isEmpty()
                && financien.gebeurtenissen(id).isEmpty()
                && financien.verdeelsleutel(id).soort() == null
                && rapportages.rapportages(id).isEmpty()
                && gesprekken.gesprekken(id).isEmpty()
                && scans.scans(id).isEmpty();
        if (!leeg) {
            return false;
        }
        zaaiKalender(id);
        zaaiFinancien(id);
        Map<String, Long> dvos = dvos(id);
        Map<String, List<Rapportage>> rapporten = zaaiRapportages(id, dvos);
        zaaiGesprekken(id, dvos, rapporten);
        zaaiScan(id);
        return true;
    }

    /** The DVO ids of the current year by municipality code. */
    private Map<String, Long> dvos(long id) {
        Map<String, Long> uit = new LinkedHashMap<>();
        for (DvoKeuze d : afspraken.dvos(id)) {
            if (d.jaar() == DemoLopend.LOPEND_JAAR) {
                uit.put(d.gemeenteCode(), d.id());
            }
        }
        return uit;
    }

    private static long dvo(Map<String, Long> dvos, String gemeente) {
        Long d = dvos.get(gemeente);
        if (d == null) {
            throw new IllegalStateException("no DVO " + DemoLopend.LOPEND_JAAR + " for " + gemeente);
        }
        return d;
    }

    // ---- the statutory calendar ----

    private static Datum gedaan(int jaar, int maand, int dag) {
        LocalDate d = LocalDate.of(jaar, maand, dag);
        return new Datum(d, d);
    }

    private static Datum gepland(int jaar, int maand, int dag) {
        return new Datum(LocalDate.of(jaar, maand, dag), null);
    }

    private void zaaiKalender(long id) {
        kalender.plan(
                id,
                0,
                new Jaarplan(
                        id,
                        BEGROTINGSJAAR,
                        gedaan(2026, 4, 9),
                        gedaan(2026, 4, 9),
                        gedaan(2026, 4, 14),
                        gedaan(2026, 7, 9),
                        gedaan(2026, 7, 16),
                        gepland(2028, 6, 29),
                        gepland(2028, 7, 6),
                        List.of(new Wijziging(
                                0,
                                "Dekking van het tekort over 2026 en vervanging van de laptops voor de buitendienst",
                                gepland(2026, 12, 8),
                                new Datum(WIJZIGING_BESLUIT, null))),
                        0));
        Raadszienswijze zeist = kalender.zienswijze(
                id,
                new PcKalender.ZienswijzeInvoer(
                        BEGROTINGSJAAR,
                        null,
                        DemoCasus.ZEIST,
                        LocalDate.of(2026, 6, 23),
                        "De raad van Zeist stemt in met de ontwerpbegroting, maar wil dat de kosten per werkplek "
                                + "niet verder stijgen dan de loon- en prijsontwikkeling, en vraagt wat de extra "
                                + "indicatoren kosten."));
        kalender.beantwoord(
                id,
                zeist.id(),
                zeist.versie(),
                "Het bestuur houdt de kosten per werkplek in 2027 gelijk aan de loon- en prijsontwikkeling: de "
                        + "duurdere buitendienstlaptops betaalt alleen Bunnik. Het bijhouden van de extra indicatoren "
                        + "kost ongeveer veertig uur per jaar; het bestuur stelt voor dat het opdrachtgeversoverleg "
                        + "in het voorjaar bespreekt welke ervan het gesprek echt helpen.",
                LocalDate.of(2026, 7, 9));
        kalender.zienswijze(
                id,
                new PcKalender.ZienswijzeInvoer(
                        BEGROTINGSJAAR,
                        null,
                        DemoCasus.DE_BILT,
                        LocalDate.of(2026, 6, 30),
                        "De raad van De Bilt vraagt het bestuur om een reserve voor tegenvallers, zodat een tekort "
                                + "niet meteen tot een extra bijdrage leidt."));
    }

    // ---- money per municipality ----

    private void zaaiFinancien(long id) {
        financien.stelSleutel(id, 0, SleutelSoort.INWONERS, Map.of());
        financien.stelBegroting(id, DemoLopend.LOPEND_JAAR, 0, "4.860.000,00");
        financien.stelBegroting(id, BEGROTINGSJAAR, 0, "5.035.000,00");
        FinancieleGebeurtenis extra = financien.legVast(
                id,
                new GebeurtenisInvoer(
                        FinancieleSoort.EXTRA_BIJDRAGE,
                        DemoLopend.EERSTE_JAAR,
                        "310.000,00",
                        LocalDate.of(2025, 9, 16),
                        "Extra bijdrage 2025: de dubbele bezetting op de servicedesk en de licenties die tijdens het "
                                + "omzetten dubbel liepen"));
        extra = informeer(id, extra, DemoCasus.ZEIST, LocalDate.of(2025, 10, 2), Informatiewijze.RAADSINFORMATIEBRIEF);
        extra = informeer(
                id, extra, DemoCasus.DE_BILT, LocalDate.of(2025, 10, 7), Informatiewijze.RAADSINFORMATIEBRIEF);
        informeer(id, extra, DemoCasus.BUNNIK, LocalDate.of(2025, 11, 4), Informatiewijze.ZIENSWIJZEPROCEDURE);
        FinancieleGebeurtenis tekort = financien.legVast(
                id,
                new GebeurtenisInvoer(
                        FinancieleSoort.TEKORT,
                        DemoLopend.LOPEND_JAAR,
                        "185.000,00",
                        LocalDate.of(2026, 9, 24),
                        TEKORT));
        tekort =
                informeer(id, tekort, DemoCasus.ZEIST, LocalDate.of(2026, 10, 6), Informatiewijze.RAADSINFORMATIEBRIEF);
        informeer(id, tekort, DemoCasus.DE_BILT, LocalDate.of(2026, 10, 9), Informatiewijze.RAADSINFORMATIEBRIEF);
        // Bunnik's raad has not been told yet: the check on rule 7 shows that.
    }

    private FinancieleGebeurtenis informeer(
            long id, FinancieleGebeurtenis g, String gemeente, LocalDate op, Informatiewijze wijze) {
        return financien.informeer(id, g.id(), g.versie(), new RaadsinformatieInvoer(gemeente, op, wijze, null));
    }

    // ---- quarterly progress reports ----

    /** What a report line is about: the service, or the special line within it. */
    private static String soort(Rapportage.Lijn l) {
        String r = l.resultaat().toLowerCase(Locale.ROOT);
        if (r.contains("tweede scherm")) {
            return "scherm";
        }
        if (r.contains("buitendienst werkt")) {
            return "buiten";
        }
        return l.dienst().toLowerCase(Locale.ROOT);
    }

    /** Per client, per quarter 1..3, the status per kind of line. */
    private static final Map<String, List<Map<String, LijnStatus>>> STATUSSEN = Map.of(
            DemoCasus.ZEIST,
            List.of(
                    Map.of("servicedesk", LijnStatus.AANDACHT),
                    Map.of("applicatiebeheer", LijnStatus.AANDACHT, "scherm", LijnStatus.AANDACHT),
                    Map.of("werkplekbeheer", LijnStatus.AANDACHT, "applicatiebeheer", LijnStatus.AFWIJKING)),
            DemoCasus.DE_BILT,
            List.of(
                    Map.of("servicedesk", LijnStatus.AANDACHT),
                    Map.of("applicatiebeheer", LijnStatus.AANDACHT),
                    Map.of("servicedesk", LijnStatus.AANDACHT, "applicatiebeheer", LijnStatus.AFWIJKING)),
            DemoCasus.BUNNIK,
            List.of(
                    Map.of("buiten", LijnStatus.AANDACHT),
                    Map.of("buiten", LijnStatus.AFWIJKING),
                    Map.of("buiten", LijnStatus.AANDACHT)));

    private static String verhaal(String soort, LijnStatus status) {
        return switch (soort + ":" + status) {
            case "werkplekbeheer:AANDACHT" ->
                "De leverancier kon een maand lang geen laptops leveren; vijf nieuwe collega's werkten de eerste dagen "
                        + "op een leenlaptop. We bestellen nu een kleine voorraad vooruit.";
            case "servicedesk:AANDACHT" ->
                "Na een grote update van de kantoorsoftware kwamen er twee keer zoveel meldingen binnen. Melders "
                        + "wachtten langer aan de telefoon; er zat tijdelijk een extra collega op de servicedesk.";
            case "servicedesk:OP_KOERS" ->
                "Een rustig kwartaal: de meeste storingen waren dezelfde dag verholpen en niemand bleef lang "
                        + "zonder antwoord.";
            case "applicatiebeheer:OP_KOERS" ->
                "De vakapplicaties waren tijdens kantooruren bereikbaar en de updates gingen volgens planning.";
            case "applicatiebeheer:AANDACHT" ->
                "Twee updates kwamen een week later dan afgesproken, omdat de leverancier ze later uitbracht. De "
                        + "applicatiebeheerders van de gemeente wisten het vooraf.";
            case "applicatiebeheer:AFWIJKING" ->
                "De overstap naar één vergadersysteem kostte veel meer uren dan geschat. Andere updates liepen "
                        + "daardoor weken achter; de keuze voor de overstap was samen gemaakt, de gevolgen hadden "
                        + "we onderschat.";
            case "scherm:AANDACHT" ->
                "Meteen na de nieuwe afspraak vroegen veel meer mensen een scherm aan dan verwacht; een deel "
                        + "kreeg het pas na drie weken.";
            case "scherm:OP_KOERS" ->
                "De aangevraagde schermen zijn binnen tien werkdagen bij de mensen thuis bezorgd.";
            case "buiten:AANDACHT" ->
                "Twee robuuste laptops raakten beschadigd bij werk in de regen; de vervangers waren er pas na een "
                        + "week.";
            case "buiten:AFWIJKING" ->
                "Het gekozen model houdt het buiten niet vol: de accu is na een halve dag leeg. Met de "
                        + "toezichthouders testen we nu twee andere modellen.";
            default -> "Geleverd zoals afgesproken; er was niets bijzonders, de enkele storing is snel verholpen.";
        };
    }

    private static @Nullable BigDecimal waarde(String indicator, LijnStatus status) {
        String i = indicator.toLowerCase(Locale.ROOT);
        int s = status.ordinal();
        String w;
        if (i.startsWith("percentage")) {
            w = List.of("97", "89", "76").get(s);
        } else if (i.startsWith("gemiddelde leeftijd")) {
            w = "3.2";
        } else if (i.startsWith("tevredenheid")) {
            w = List.of("7.6", "6.9", "6.1").get(s);
        } else if (i.startsWith("aantal meldingen")) {
            w = List.of("1.3", "2.1", "2.4").get(s);
        } else if (i.startsWith("beschikbaarheid")) {
            w = List.of("99.6", "98.9", "97.2").get(s);
        } else if (i.startsWith("aantal updates")) {
            w = List.of("0", "2", "5").get(s);
        } else {
            return null;
        }
        return new BigDecimal(w);
    }

    /** Three quarters per client, submitted; Bunnik's third is still a concept without a narrative on one line. */
    private Map<String, List<Rapportage>> zaaiRapportages(long id, Map<String, Long> dvos) {
        Map<String, List<Rapportage>> uit = new LinkedHashMap<>();
        for (String gemeente : GEMEENTEN) {
            List<Rapportage> lijst = new ArrayList<>();
            List<Map<String, LijnStatus>> kwartalen = STATUSSEN.getOrDefault(gemeente, List.of());
            for (int k = 0; k < kwartalen.size(); k++) {
                LocalDate van = LocalDate.of(DemoLopend.LOPEND_JAAR, 3 * k + 1, 1);
                LocalDate tot = van.plusMonths(3).minusDays(1);
                Rapportage r = rapportages.maak(id, new RapportageInvoer.Nieuw(dvo(dvos, gemeente), van, tot));
                boolean concept = gemeente.equals(DemoCasus.BUNNIK) && k == 2;
                for (Rapportage.Lijn l : r.lijnen()) {
                    LijnStatus status = kwartalen.get(k).getOrDefault(soort(l), LijnStatus.OP_KOERS);
                    List<@Nullable BigDecimal> waarden = new ArrayList<>();
                    l.waarden().forEach(w -> waarden.add(waarde(w.indicator(), status)));
                    boolean zonderVerhaal = concept && soort(l).equals("servicedesk");
                    r = rapportages.wijzigLijn(
                            id,
                            r.id(),
                            l.id(),
                            r.versie(),
                            new RapportageInvoer.Lijn(
                                    status, zonderVerhaal ? null : verhaal(soort(l), status), waarden));
                }
                if (!concept) {
                    r = rapportages.dienIn(id, r.id(), r.versie());
                }
                lijst.add(r);
            }
            uit.put(gemeente, lijst);
        }
        return uit;
    }

    // ---- service conversations ----

    private void zaaiGesprekken(long id, Map<String, Long> dvos, Map<String, List<Rapportage>> rapporten) {
        long deBilt = dvo(dvos, DemoCasus.DE_BILT);
        List<Rapportage> vanDeBilt = rapporten.getOrDefault(DemoCasus.DE_BILT, List.of());

        Gesprek zomer = gesprekken.maak(
                id,
                new GesprekInvoer.Nieuw(
                        deBilt, LocalDate.of(2026, 7, 14), vanDeBilt.get(1).id()));
        gesprekken.legVerslagVast(
                id,
                zomer.id(),
                zomer.versie(),
                "De Bilt en de directie bespraken waarom updates later kwamen. De leverancier was de oorzaak, maar "
                        + "De Bilt hoorde het pas achteraf van de eigen medewerkers. Afgesproken: eerst een overzicht "
                        + "van de licenties die aflopen, daarna samen bepalen wat voorgaat als de uren krap worden.");
        gesprekken.maakActie(
                id,
                zomer.id(),
                new GesprekInvoer.Actie(
                        "Een overzicht maken van de licenties die in 2026 en 2027 aflopen",
                        "Uma Uitvoering (directie)",
                        LocalDate.of(2026, 9, 1),
                        true));
        gesprekken.maakActie(
                id,
                zomer.id(),
                new GesprekInvoer.Actie(
                        "Samen een volgorde afspreken voor updates als er uren tekortkomen",
                        "Nout Nagemaakt (De Bilt)",
                        LocalDate.of(2026, 9, 30),
                        false));

        // The autumn conversation opens with the action left over from the summer.
        Gesprek herfst = gesprekken.maak(
                id,
                new GesprekInvoer.Nieuw(
                        deBilt, LocalDate.of(2026, 10, 13), vanDeBilt.get(2).id()));
        gesprekken.legVerslagVast(
                id,
                herfst.id(),
                herfst.versie(),
                "De afwijking bij het applicatiebeheer kwam door de overstap naar één vergadersysteem. De Bilt "
                        + "vroeg hoe de directie de uren had geschat; die had de koppelingen met de agenda's vergeten. "
                        + "De volgorde voor updates is nog niet afgesproken. De afspraak voor het applicatiebeheer "
                        + "wordt bijgesteld.");
        gesprekken.stuurBij(
                id,
                herfst.id(),
                new GesprekInvoer.Bijsturing(
                        "Tot het eind van het jaar krijgt het applicatiebeheer van De Bilt tijdelijk extra uren voor "
                                + "de overstap naar het vergadersysteem; updates zonder haast schuiven in overleg.",
                        true));
        Dvo herzien = afspraken.dvo(id, deBilt);
        long applicaties = herzien.regels().stream()
                .filter(r -> r.resultaat().contains("vakapplicaties"))
                .findFirst()
                .orElseThrow()
                .dienstId();
        afspraken.maakRegel(
                id,
                deBilt,
                new DvoInvoer.Regel(
                        applicaties,
                        null,
                        "De overstap naar het vergadersysteem van Zeist is voor 1 januari klaar; daarna is er één "
                                + "systeem om te beheren.",
                        null,
                        List.of(),
                        null,
                        new BigDecimal("95.00"),
                        new BigDecimal("120"),
                        "uur",
                        RegelStatus.INDICATIEF));
        afspraken.stelVast(id, deBilt, afspraken.dvo(id, deBilt).versie());
        gesprekken.maakActie(
                id,
                herfst.id(),
                new GesprekInvoer.Actie(
                        "Elke maand in het opdrachtgeversoverleg laten zien hoeveel extra uren er zijn gebruikt en "
                                + "wat daarvoor is geschoven",
                        "Uma Uitvoering (directie)",
                        LocalDate.of(2027, 1, 31),
                        false));

        // Zeist's conversation took place, but nobody wrote down what came out of it.
        List<Rapportage> vanZeist = rapporten.getOrDefault(DemoCasus.ZEIST, List.of());
        gesprekken.maak(
                id,
                new GesprekInvoer.Nieuw(
                        dvo(dvos, DemoCasus.ZEIST),
                        LocalDate.of(2026, 10, 20),
                        vanZeist.get(2).id()));
    }

    // ---- the samenwerkingsscan ----

    /** Scores per party in the order of {@link Stelling}: value, delivery, relationship, governance. */
    private static final Map<String, int[]> SCORES = Map.of(
            DemoCasus.ZEIST, new int[] {4, 4, 3, 4, 3, 4, 4, 4, 3, 4, 4, 3},
            DemoCasus.DE_BILT, new int[] {4, 3, 4, 3, 3, 3, 3, 3, 4, 3, 2, 3},
            DemoCasus.BUNNIK, new int[] {3, 2, 3, 2, 2, 3, 4, 3, 4, 2, 2, 2},
            ScanFeiten.ORGANISATIE, new int[] {5, 4, 4, 4, 4, 5, 3, 2, 3, 2, 3, 2});

    private static final Map<String, String> INVULLER = Map.of(
            DemoCasus.ZEIST, "ambtenaar1",
            DemoCasus.DE_BILT, "ambtenaar2",
            DemoCasus.BUNNIK, "ambtenaar3",
            ScanFeiten.ORGANISATIE, DemoOntwerp.DIRECTEUR);

    private static Map<ScanThema, @Nullable String> open(String partij) {
        Map<ScanThema, @Nullable String> uit = new EnumMap<>(ScanThema.class);
        switch (partij) {
            case DemoCasus.ZEIST -> {
                uit.put(ScanThema.LEVERING, "De levering is goed, maar we zien het pas als we het kunnen meten.");
                uit.put(ScanThema.STURING, "Het bestuur stuurt op hoofdlijnen; dat werkt voor ons.");
            }
            case DemoCasus.DE_BILT -> {
                uit.put(ScanThema.LEVERING, "Wat er misgaat, horen we vaak pas van onze eigen collega's.");
                uit.put(ScanThema.STURING, "Zeist weegt in het opdrachtgeversoverleg zwaarder dan wij.");
            }
            case DemoCasus.BUNNIK -> {
                uit.put(
                        ScanThema.STRATEGISCHE_WAARDE,
                        "Voor onze buitendienst hebben we er nog weinig aan; voor kantoor wel.");
                uit.put(ScanThema.STURING, "Onze stem komt in het overleg nauwelijks terug in de besluiten.");
            }
            default -> {
                uit.put(
                        ScanThema.RELATIE_EN_VERTROUWEN,
                        "Elke gemeente vraagt iets anders; soms voelt dat als drie "
                                + "opdrachtgevers die elkaar niet spreken.");
                uit.put(ScanThema.STURING, "We krijgen veel indicatoren, maar weinig gesprekken over wat goed is.");
            }
        }
        return uit;
    }

    private void zaaiScan(long id) {
        Scan scan = scans.open(id, LocalDate.of(2026, 5, 19));
        for (String partij : scans.partijen(id, scan.id())) {
            int[] cijfers = SCORES.get(partij);
            String invuller = INVULLER.get(partij);
            if (cijfers == null || invuller == null) {
                continue;
            }
            Map<String, @Nullable String> scores = new LinkedHashMap<>();
            Stelling[] stellingen = Stelling.values();
            for (int i = 0; i < stellingen.length; i++) {
                scores.put(stellingen[i].veld(), String.valueOf(cijfers[i]));
            }
            long scanId = scan.id();
            DemoGebruiker.als(
                    gebruikers,
                    invuller,
                    () -> scans.bewaarAntwoorden(
                            id, scanId, partij, 0, new AntwoordInvoer(scores, open(partij), true)));
        }
        scans.maakActie(
                id,
                scan.id(),
                new ActieInvoer(
                        "Een middag met de buitendienst van Bunnik en de directie: wat is een goede laptop voor "
                                + "buiten?",
                        "Pien Proef (Bunnik) en Uma Uitvoering",
                        LocalDate.of(2026, 7, 15),
                        LocalDate.of(2026, 7, 10)));
        scans.maakActie(
                id,
                scan.id(),
                new ActieInvoer(
                        "Met z'n drieën de indicatoren van Zeist doorlopen: welke helpen het gesprek, welke kunnen weg?",
                        "Mila Maakbaar (Zeist)",
                        LocalDate.of(2026, 9, 30),
                        null));
        scans.maakActie(
                id,
                scan.id(),
                new ActieInvoer(
                        "In het opdrachtgeversoverleg afspreken hoe een voorstel van Bunnik of De Bilt op de agenda "
                                + "komt",
                        "Regisseur",
                        LocalDate.of(2027, 3, 31),
                        null));
        Scan nu = scans.scan(id, scan.id());
        scans.rondAf(id, nu.id(), nu.versie(), null);
    }
}
