package nl.samenspel.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.samenspel.afspraken.Afspraken;
import nl.samenspel.afspraken.Dienst;
import nl.samenspel.afspraken.DienstInvoer;
import nl.samenspel.afspraken.Dienstencatalogus;
import nl.samenspel.afspraken.Dvo;
import nl.samenspel.afspraken.DvoInvoer;
import nl.samenspel.afspraken.RegelStatus;
import nl.samenspel.bestuur.Lijn;
import nl.samenspel.bestuur.Orgaan;
import nl.samenspel.bestuur.OrgaanInvoer;
import nl.samenspel.bestuur.OrgaanSoort;
import nl.samenspel.bestuur.Organen;
import nl.samenspel.bestuur.ZetelInvoer;
import nl.samenspel.bestuur.ZetelRol;
import nl.samenspel.evaluatie.EvaluatieInvoer;
import nl.samenspel.evaluatie.EvaluatieService;
import nl.samenspel.gedoe.GedoeBehandeling;
import nl.samenspel.gedoe.GedoeInvoer;
import nl.samenspel.gedoe.GedoeItem;
import nl.samenspel.gedoe.GedoeSoort;
import nl.samenspel.gedoe.Gedoelog;
import nl.samenspel.overgang.Belanghebbende;
import nl.samenspel.overgang.MaatregelInvoer;
import nl.samenspel.overgang.MaatregelSoort;
import nl.samenspel.overgang.OverdrachtInvoer;
import nl.samenspel.overgang.OverdrachtSoort;
import nl.samenspel.overgang.Overgang;
import nl.samenspel.overgang.StartInvoer;
import nl.samenspel.overgang.VerwachtingInvoer;
import nl.samenspel.platform.Bedrag;
import nl.samenspel.regeling.OnderdeelStatus;
import nl.samenspel.regeling.RaadsbesluitSoort;
import nl.samenspel.regeling.RegelingOnderdeel;
import nl.samenspel.regeling.Regelingen;
import nl.samenspel.regeling.Regelinginhoud;
import nl.samenspel.samenwerking.BesluitOrgaan;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.samenwerking.NieuweSamenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.stappen.Doel;
import nl.samenspel.stappen.DoelSoort;
import nl.samenspel.stappen.Dynamiek;
import nl.samenspel.stappen.Gedrag;
import nl.samenspel.stappen.Spanning;
import nl.samenspel.stappen.SpanningSoort;
import nl.samenspel.stappen.SpanningStatus;
import nl.samenspel.stappen.Stap;
import nl.samenspel.stappen.Stappen;
import nl.samenspel.stappen.Werkwijze;
import nl.samenspel.vorm.Antwoorden;
import nl.samenspel.vorm.Risico;
import nl.samenspel.vorm.Vorm;
import nl.samenspel.vorm.Vormen;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A second, clearly fictional practice case that has been RUNNING since 1 January 2025: a shared ICT organisation
 * of Zeist, De Bilt and Bunnik (a bedrijfsvoeringsorganisatie), so the planning-and-control pages have a past to
 * show (issue 14). The first demo case has not started yet; this one has a year behind it and a year under way.
 *
 * <p>What is seeded, in the order it happened: the four steps before the form, discussed by every party; the form
 * (answers, decision, regeling with every required item, consent of the three raden) and the bodies (a board, the
 * client meeting, a director linked to the demo account {@code uitvoerder}); the phases VORMGEVEN, AFSPREKEN and
 * UITVOEREN on their historical days; a service catalogue; the start on {@link #START} with a transition period that
 * ended; a DVO per client for {@link #EERSTE_JAAR} and {@link #LOPEND_JAAR}, all agreed, Zeist's carrying more
 * indicators every year (the growth rule 7 warns about) and its current one revised after a gedoe item; three gedoe
 * items in {@link #LOPEND_JAAR}; the evaluation of the transition period, done.
 *
 * <p>The story has fixed years (its title says since when it runs); every seeded day lies before 29 November 2026,
 * the day it was written, so no service refuses a day in the future. Written as the demo regisseur through the
 * modules' public services (ADR 0013), so every write is checked, audited and published. Idempotent: it seeds only
 * while its case has no recorded phase change and no service, so a later start never adds to what a user changed.
 *
 * <p>The planning-and-control data (calendar, money, reports, conversations, scan) is seeded after this by
 * {@link DemoLopendPc}, with a guard of its own.
 */
@Component
@Order(70)
class DemoLopend implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLopend.class);

    static final String TITEL = "Oefencasus: ICT-samenwerking Kromme Rijn (loopt sinds 2025)";

    static final String OMSCHRIJVING = """
            Dit is een verzonnen casus om mee te oefenen; de gemeenten hebben hier niets over besloten.

            Zeist, De Bilt en Bunnik hebben hun ICT-beheer sinds 1 januari 2025 ondergebracht in \u00e9\u00e9n \
            bedrijfsvoeringsorganisatie: werkplekbeheer, de servicedesk en het beheer van de applicaties. De \
            overgangsperiode is voorbij; iedere gemeente heeft per jaar een eigen dienstverleningsovereenkomst.

            Deze casus laat zien hoe het na de start gaat: de afspraken van het eerste en het lopende jaar, het \
            gedoe dat onderweg opduikt en een afspraak die daardoor is bijgesteld. Zeist vraagt elk jaar om meer \
            indicatoren; of dat het gesprek helpt, is een goede vraag voor het opdrachtgeversoverleg.""";

    /** The formal start; the transition period ran to the end of {@link #TRANSITIE_EIND}. */
    static final LocalDate START = LocalDate.of(2025, 1, 1);

    static final LocalDate TRANSITIE_EIND = LocalDate.of(2025, 6, 30);
    static final int EERSTE_JAAR = 2025;
    static final int LOPEND_JAAR = 2026;

    /** The gedoe item that became a revision of Zeist's DVO for {@link #LOPEND_JAAR}. */
    static final String THUISWERKEN = "Wie levert en beheert de tweede monitor voor thuiswerkers?";

    private final DemoSchakelaar schakelaar;
    private final Samenwerkingen samenwerkingen;
    private final Stappen stappen;
    private final Vormen vormen;
    private final Regelingen regelingen;
    private final Organen organen;
    private final Dienstencatalogus catalogus;
    private final Afspraken afspraken;
    private final Overgang overgang;
    private final Gedoelog gedoe;
    private final EvaluatieService evaluaties;
    private final UserDetailsService gebruikers;
    private final DemoLopendPc pc;

    DemoLopend(
            DemoSchakelaar schakelaar,
            Samenwerkingen samenwerkingen,
            Stappen stappen,
            Vormen vormen,
            Regelingen regelingen,
            Organen organen,
            Dienstencatalogus catalogus,
            Afspraken afspraken,
            Overgang overgang,
            Gedoelog gedoe,
            EvaluatieService evaluaties,
            UserDetailsService gebruikers,
            DemoLopendPc pc) {
        this.schakelaar = schakelaar;
        this.samenwerkingen = samenwerkingen;
        this.stappen = stappen;
        this.vormen = vormen;
        this.regelingen = regelingen;
        this.organen = organen;
        this.catalogus = catalogus;
        this.afspraken = afspraken;
        this.overgang = overgang;
        this.gedoe = gedoe;
        this.evaluaties = evaluaties;
        this.gebruikers = gebruikers;
        this.pc = pc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!schakelaar.aan()) {
            return;
        }
        long id = samenwerkingen.zaaiOefencasus(
                new NieuweSamenwerking(TITEL, OMSCHRIJVING, DemoCasus.gemeenten(), DemoOntwerp.REGISSEUR));
        boolean gezaaid = DemoGebruiker.alsRegisseur(gebruikers, () -> zaai(id));
        // The planning-and-control data has its own guard, so a database seeded before issue 14 gets it once too.
        boolean pcGezaaid = DemoGebruiker.alsRegisseur(gebruikers, () -> pc.zaai(id));
        LOG.info("event=demo-lopend samenwerking={} gezaaid={} pc={}", id, gezaaid, pcGezaaid);
    }

    private boolean zaai(long id) {
        if (!samenwerkingen.overgangen(id).isEmpty() || !catalogus.diensten(id).isEmpty()) {
            return false;
        }
        zaaiStappen(id);
        fase(
                id,
                Fase.VORMGEVEN,
                "De vier stappen zijn met alle drie besproken; nu de vorm.",
                LocalDate.of(2024, 3, 12));
        Orgaan opdrachtgevers = zaaiVormEnBestuur(id);
        fase(
                id,
                Fase.AFSPREKEN,
                "De drie raden hebben ingestemd met de regeling; nu de afspraken per gemeente.",
                LocalDate.of(2024, 7, 9));
        Catalogus c = zaaiCatalogus(id);
        zaaiOvergang(id);
        zaaiDvos(id, EERSTE_JAAR, c);
        fase(
                id,
                Fase.UITVOEREN,
                "De bedrijfsvoeringsorganisatie is op 1 januari gestart; de overgangsperiode loopt tot 1 juli.",
                START);
        Map<String, Long> lopend = zaaiDvos(id, LOPEND_JAAR, c);
        zaaiGedoe(id, opdrachtgevers, c, Objects.requireNonNull(lopend.get(DemoCasus.ZEIST)));
        zaaiEvaluatie(id);
        return true;
    }

    private void fase(long id, Fase naar, String reden, LocalDate datum) {
        samenwerkingen.wijzigFase(id, samenwerkingen.vind(id).versie(), naar, reden, datum, BesluitOrgaan.COLLEGE);
    }

    // ---- the steps before the form: content, discussed by every party ----

    private void zaaiStappen(long id) {
        stappen.zaai(
                id,
                List.of(
                        doel(
                                DoelSoort.DOEL,
                                "Iedere medewerker van de drie gemeenten heeft een werkende werkplek en weet waar hij "
                                        + "met een storing terecht kan.",
                                null),
                        doel(
                                DoelSoort.DOEL,
                                "Minder kwetsbaar worden: geen systeem dat maar \u00e9\u00e9n collega kent.",
                                DemoCasus.BUNNIK),
                        doel(DoelSoort.DOEL, "Samen inkopen en beheren wat nu drie keer gebeurt.", DemoCasus.ZEIST),
                        doel(
                                DoelSoort.NIET_DOEL,
                                "De informatievoorziening en de keuze van vakapplicaties blijven bij iedere gemeente "
                                        + "zelf.",
                                DemoCasus.DE_BILT)),
                new Werkwijze(
                        "De ICT-organisatie beheert werkplekken, servicedesk en applicaties; iedere gemeente houdt "
                                + "een eigen regisseur informatievoorziening.",
                        "Per gemeente een dienstverleningsovereenkomst per jaar, besproken in het "
                                + "opdrachtgeversoverleg.",
                        null,
                        null,
                        "Wat niet in de afspraken past, komt in het opdrachtgeversoverleg.",
                        0),
                List.of(new Spanning(
                        0,
                        "Zeist wil dezelfde werkplek voor iedereen, Bunnik wil eigen laptops voor het buitenwerk houden.",
                        SpanningSoort.UNIFORMITEIT_MAATWERK,
                        List.of(DemoCasus.ZEIST, DemoCasus.BUNNIK),
                        "Eén standaardwerkplek, met een variant voor buitendienst waar een gemeente die vraagt.",
                        "Het opdrachtgeversoverleg, daarna het bestuur.",
                        "Het beheer achter de schermen is voor alle drie gelijk; alleen de laptop zelf verschilt.",
                        SpanningStatus.AFGESPROKEN,
                        0)),
                List.of(new Dynamiek(
                        0,
                        Gedrag.ALLES_VASTLEGGEN,
                        null,
                        "Na een storing willen we het liefst alles in de afspraken zetten.",
                        "Eerst bespreken in het opdrachtgeversoverleg; alleen vastleggen wat het gesprek helpt.",
                        0)),
                Map.of(
                        DemoCasus.ZEIST, "ambtenaar1",
                        DemoCasus.DE_BILT, "ambtenaar2",
                        DemoCasus.BUNNIK, "ambtenaar3"),
                List.of());
        // The regisseur records the other steps on behalf of each party, after a meeting with it.
        for (Stap stap : List.of(Stap.HOE, Stap.SPANNINGEN, Stap.VANZELFDYNAMIEK)) {
            for (String gemeente : List.of(DemoCasus.ZEIST, DemoCasus.DE_BILT, DemoCasus.BUNNIK)) {
                stappen.markeerBesproken(id, stap, gemeente, true, null);
            }
        }
    }

    private static Doel doel(DoelSoort soort, String tekst, @Nullable String bron) {
        return new Doel(0, soort, tekst, bron, null, 0, 0, null);
    }

    // ---- form, regeling and bodies ----

    /** Returns the client meeting: the forum for gedoe. */
    private Orgaan zaaiVormEnBestuur(long id) {
        vormen.beantwoord(id, new Antwoorden(true, false, false, true, false, Risico.MIDDEL), 0);
        Orgaan bestuur = organen.maakOrgaan(
                id, new OrgaanInvoer("Bestuur ICT-samenwerking", Lijn.TOEZICHT, OrgaanSoort.BESTUUR, null));
        bestuurlijk(id, bestuur, "Ilse Ingebeeld", DemoCasus.ZEIST);
        bestuurlijk(id, bestuur, "Kees Kunstmatig", DemoCasus.DE_BILT);
        bestuurlijk(id, bestuur, "Lies Losbedacht", DemoCasus.BUNNIK);
        Orgaan klant = organen.maakOrgaan(
                id, new OrgaanInvoer("Opdrachtgeversoverleg ICT", Lijn.KLANT, OrgaanSoort.OPDRACHTGEVERSOVERLEG, null));
        ambtelijk(id, klant, "Mila Maakbaar", DemoCasus.ZEIST, "regisseur informatievoorziening", null);
        ambtelijk(id, klant, "Nout Nagemaakt", DemoCasus.DE_BILT, "regisseur informatievoorziening", null);
        ambtelijk(id, klant, "Pien Proef", DemoCasus.BUNNIK, "regisseur informatievoorziening", null);
        Orgaan directie = organen.maakOrgaan(
                id, new OrgaanInvoer("Directie ICT-samenwerking", Lijn.UITVOERING, OrgaanSoort.DIRECTIE, null));
        ambtelijk(id, directie, "Uma Uitvoering", null, "directeur", DemoOntwerp.DIRECTEUR);
        vormen.besluit(
                id,
                Vorm.BEDRIJFSVOERINGSORGANISATIE,
                "Het gaat alleen om bedrijfsvoering: werkplekken, servicedesk en applicatiebeheer. De medewerkers "
                        + "kunnen naar \u00e9\u00e9n werkgever, en de keuzes over informatievoorziening blijven bij "
                        + "de gemeenten. Daarvoor is een lichte vorm met \u00e9\u00e9n bestuur genoeg.",
                LocalDate.of(2024, 4, 16),
                BesluitOrgaan.COLLEGE,
                0);
        zaaiRegeling(id);
        return klant;
    }

    /** Every item the form needs is arranged, and each raad gave its consent. */
    private void zaaiRegeling(long id) {
        Regelinginhoud r = regelingen.ontwerpVerzonden(
                id, LocalDate.of(2024, 4, 23), regelingen.inhoud(id).versie());
        int artikel = 1;
        for (RegelingOnderdeel onderdeel : RegelingOnderdeel.vereistVoor(Vorm.BEDRIJFSVOERINGSORGANISATIE)) {
            r = regelingen.markeer(
                    id, onderdeel, OnderdeelStatus.GEREGELD, "Artikel " + artikel++ + " van de regeling", r.versie());
        }
        LocalDate besluit = LocalDate.of(2024, 6, 27);
        for (String gemeente : List.of(DemoCasus.ZEIST, DemoCasus.DE_BILT, DemoCasus.BUNNIK)) {
            r = regelingen.legRaadsbesluitVast(
                    id,
                    gemeente,
                    RaadsbesluitSoort.TOESTEMMING,
                    besluit,
                    "Raadsbesluit toestemming regeling ICT-samenwerking (verzonnen)",
                    null,
                    r.versie());
        }
    }

    private void bestuurlijk(long id, Orgaan orgaan, String persoon, String gemeente) {
        organen.maakZetel(
                id,
                orgaan.id(),
                new ZetelInvoer(
                        persoon, gemeente, ZetelRol.BESTUURLIJK, List.of("Bedrijfsvoering"), "wethouder", 1, null));
    }

    private void ambtelijk(
            long id,
            Orgaan orgaan,
            String persoon,
            @Nullable String gemeente,
            String functie,
            @Nullable String account) {
        organen.maakZetel(
                id,
                orgaan.id(),
                new ZetelInvoer(persoon, gemeente, ZetelRol.AMBTELIJK, List.of(), functie, 1, account));
    }

    // ---- services ----

    /** The ids the DVOs refer to. */
    private record Catalogus(long werkplek, long servicedesk, long applicaties, long buitendienst) {}

    private Catalogus zaaiCatalogus(long id) {
        Dienst werkplek = dienst(
                id,
                "Werkplekbeheer",
                "Laptops, telefoons en de standaardsoftware: leveren, beheren, vervangen en innemen.");
        Dienst servicedesk = dienst(
                id,
                "Servicedesk",
                "Eén nummer en één portaal voor storingen en vragen van medewerkers van de drie gemeenten.");
        Dienst applicaties = dienst(
                id,
                "Applicatiebeheer",
                "Technisch beheer van de vakapplicaties; de keuze en de inrichting blijven bij de gemeente.");
        Dienst.Variant buitendienst = catalogus.maakVariant(
                id,
                werkplek.id(),
                new DienstInvoer.Variant(
                        "Robuuste laptop voor de buitendienst",
                        "Voor toezichthouders en medewerkers van de buitendienst die in weer en wind werken.",
                        List.of(DemoCasus.BUNNIK)));
        catalogus.maakWens(
                id,
                werkplek.id(),
                new DienstInvoer.Wens(DemoCasus.BUNNIK, "Onze buitendienst werkt op eigen, stevige laptops."));
        return new Catalogus(werkplek.id(), servicedesk.id(), applicaties.id(), buitendienst.id());
    }

    private Dienst dienst(long id, String naam, String backoffice) {
        return catalogus.maakDienst(id, new DienstInvoer.Gegevens(naam, backoffice, null));
    }

    // ---- the start and the transition period ----

    private void zaaiOvergang(long id) {
        overgang.legVast(
                id,
                0,
                new StartInvoer(
                        START.toString(),
                        START.toString(),
                        TRANSITIE_EIND.toString(),
                        "Het eerste halfjaar was een leerperiode: de afspraken mochten nog schuiven en het "
                                + "opdrachtgeversoverleg kwam elke maand bijeen."));
        maatregel(id, MaatregelSoort.LEERPERIODE, "Tot 1 juli 2025 geen afrekening op de afgesproken levertijden.");
        maatregel(
                id,
                MaatregelSoort.EXTRA_OVERLEG,
                "Het opdrachtgeversoverleg komt in de overgangsperiode maandelijks bijeen in plaats van per kwartaal.");
        maatregel(
                id,
                MaatregelSoort.DUBBELE_BEZETTING,
                "Tot de zomer zit er op elke locatie ook een eigen medewerker bij de servicedesk.");
        overdracht(
                id,
                OverdrachtSoort.MEDEWERKERS,
                "ICT-team Zeist",
                "Veertien medewerkers gingen over met behoud van hun rechtspositie.",
                DemoCasus.ZEIST);
        overdracht(
                id,
                OverdrachtSoort.SYSTEEM,
                "Meldingensysteem servicedesk",
                "Het systeem van De Bilt werd het gezamenlijke; de meldingen van Zeist en Bunnik zijn omgezet.",
                DemoCasus.DE_BILT);
        overdracht(
                id,
                OverdrachtSoort.CONTRACT,
                "Leasecontract laptops",
                "Het contract van Bunnik loopt door tot het eind van 2026 en ging over naar de samenwerking.",
                DemoCasus.BUNNIK);
        verwachting(
                id,
                Belanghebbende.MEDEWERKERS,
                "Een werkende laptop op de eerste werkdag en één nummer voor storingen.",
                "Een inloopspreekuur per locatie in de eerste maand.");
        verwachting(
                id,
                Belanghebbende.BESTUURDERS,
                "Minder kwetsbaarheid zonder dat de kosten oplopen.",
                "Elk kwartaal een korte rapportage in het bestuur.");
        verwachting(
                id,
                Belanghebbende.RAADSLEDEN,
                "Weten wat de samenwerking kost en of het werkt.",
                "De begroting en de jaarrekening, met een toelichting per gemeente.");
        verwachting(
                id,
                Belanghebbende.INWONERS_KLANTEN,
                "Niets merken van de verhuizing: de website en de balie blijven werken.",
                "Geen aparte communicatie; storingen die inwoners raken, meldt de gemeente zelf.");
    }

    private void maatregel(long id, MaatregelSoort soort, String omschrijving) {
        overgang.maakMaatregel(id, new MaatregelInvoer(soort, omschrijving, EERSTE_JAAR, Bedrag.van(null)));
    }

    private void overdracht(long id, OverdrachtSoort soort, String naam, String omschrijving, String gemeente) {
        overgang.maakOverdracht(id, new OverdrachtInvoer(soort, naam, omschrijving, gemeente, false));
    }

    private void verwachting(long id, Belanghebbende groep, String verwachting, String communicatie) {
        overgang.maakVerwachting(
                id, new VerwachtingInvoer(groep, verwachting, communicatie, LOPEND_JAAR + 1 + "-03-01"));
    }

    // ---- the DVOs per client and year ----

    /**
     * One agreed DVO per client for {@code jaar}. Zeist asks for more indicators every year (two, then seven); De
     * Bilt and Bunnik keep theirs. Returns the DVO ids by municipality code.
     */
    private Map<String, Long> zaaiDvos(long id, int jaar, Catalogus c) {
        boolean eerste = jaar == EERSTE_JAAR;
        RegelStatus wennen = eerste ? RegelStatus.INDICATIEF : RegelStatus.VAST;

        Dvo zeist = afspraken.maakDvo(id, new DvoInvoer.Nieuw(DemoCasus.ZEIST, jaar));
        regel(
                id,
                zeist,
                c.werkplek(),
                null,
                "Iedere medewerker heeft een werkende laptop; een nieuwe collega heeft die op de eerste werkdag.",
                eerste
                        ? List.of("Percentage laptops geleverd op de eerste werkdag")
                        : List.of(
                                "Percentage laptops geleverd op de eerste werkdag",
                                "Gemiddelde leeftijd van de laptops in jaren"),
                "1150",
                "werkplek",
                "12,00",
                wennen);
        regel(
                id,
                zeist,
                c.servicedesk(),
                null,
                "Storingen worden snel opgelost; de medewerker hoort wat er met zijn melding gebeurt.",
                eerste
                        ? List.of("Percentage storingen opgelost binnen een werkdag")
                        : List.of(
                                "Percentage storingen opgelost binnen een werkdag",
                                "Tevredenheid van melders (rapportcijfer)",
                                "Aantal meldingen per medewerker per maand"),
                "14000",
                "melding",
                "9,50",
                RegelStatus.VAST);
        if (!eerste) {
            regel(
                    id,
                    zeist,
                    c.applicaties(),
                    null,
                    "De vakapplicaties van Zeist zijn tijdens kantooruren beschikbaar en krijgen hun updates op tijd.",
                    List.of(
                            "Beschikbaarheid van de vakapplicaties tijdens kantooruren",
                            "Aantal updates later dan afgesproken"),
                    "38",
                    "applicatie",
                    "2400,00",
                    RegelStatus.INDICATIEF);
        }
        rek(id, zeist, "160", "De uitrol van de nieuwe vergadersoftware; hoeveel uren precies, weten we nog niet.");
        afspraken.stelVast(id, zeist.id(), afspraken.dvo(id, zeist.id()).versie());

        Dvo deBilt = afspraken.maakDvo(id, new DvoInvoer.Nieuw(DemoCasus.DE_BILT, jaar));
        regel(
                id,
                deBilt,
                c.werkplek(),
                null,
                "Iedere medewerker heeft een werkende laptop en telefoon.",
                List.of(),
                "780",
                "werkplek",
                "12,00",
                RegelStatus.VAST);
        regel(
                id,
                deBilt,
                c.servicedesk(),
                null,
                "Storingen worden binnen een werkdag opgelost, of de melder hoort wanneer wel.",
                List.of("Percentage storingen opgelost binnen een werkdag"),
                "9000",
                "melding",
                "9,50",
                wennen);
        regel(
                id,
                deBilt,
                c.applicaties(),
                null,
                "Het technisch beheer van de vakapplicaties van De Bilt.",
                List.of(),
                "26",
                "applicatie",
                "2400,00",
                eerste ? RegelStatus.NOG_IN_TE_VULLEN : RegelStatus.INDICATIEF);
        afspraken.stelVast(id, deBilt.id(), afspraken.dvo(id, deBilt.id()).versie());

        Dvo bunnik = afspraken.maakDvo(id, new DvoInvoer.Nieuw(DemoCasus.BUNNIK, jaar));
        regel(
                id,
                bunnik,
                c.werkplek(),
                null,
                "Iedere medewerker op kantoor heeft een werkende laptop.",
                List.of(),
                "240",
                "werkplek",
                "12,00",
                RegelStatus.VAST);
        regel(
                id,
                bunnik,
                c.werkplek(),
                c.buitendienst(),
                "De buitendienst werkt op robuuste laptops die een dag buiten meegaan.",
                List.of(),
                "35",
                "werkplek",
                "18,00",
                wennen);
        regel(
                id,
                bunnik,
                c.servicedesk(),
                null,
                "Storingen worden snel opgelost, ook voor de buitendienst.",
                List.of("Percentage storingen opgelost binnen een werkdag"),
                "3000",
                "melding",
                "9,50",
                RegelStatus.VAST);
        rek(id, bunnik, "40", "Uitzoeken welke laptops na het leasecontract het best werken voor de buitendienst.");
        afspraken.stelVast(id, bunnik.id(), afspraken.dvo(id, bunnik.id()).versie());

        return Map.of(DemoCasus.ZEIST, zeist.id(), DemoCasus.DE_BILT, deBilt.id(), DemoCasus.BUNNIK, bunnik.id());
    }

    private void regel(
            long id,
            Dvo d,
            long dienst,
            @Nullable Long variant,
            String resultaat,
            List<String> indicatoren,
            String volume,
            String eenheid,
            String prijs,
            RegelStatus status) {
        afspraken.maakRegel(
                id,
                d.id(),
                new DvoInvoer.Regel(
                        dienst,
                        variant,
                        resultaat,
                        null,
                        indicatoren,
                        null,
                        new BigDecimal(prijs.replace(',', '.')),
                        new BigDecimal(volume),
                        eenheid,
                        status));
    }

    private void rek(long id, Dvo d, String uren, String toelichting) {
        afspraken.zetRek(
                id,
                d.id(),
                afspraken.dvo(id, d.id()).versie(),
                new DvoInvoer.Rek(new BigDecimal(uren), null, toelichting));
    }

    // ---- gedoe in the current year ----

    /**
     * Three items of the current year: one decided in the client meeting that became a revision of Zeist's DVO
     * (agreed again), one decided and waiting to be closed, one just raised.
     */
    private void zaaiGedoe(long id, Orgaan forum, Catalogus c, long zeist) {
        gedoe.stel(id, gedoe.instellingen(id).versie(), forum.id(), 28, "15.000,00");
        GedoeItem monitor = gedoe.meld(
                id,
                new GedoeInvoer(
                        THUISWERKEN,
                        "Medewerkers van Zeist vragen de servicedesk om een tweede scherm voor thuis. Dat staat niet "
                                + "in de afspraken; de servicedesk weet niet of zij het mag leveren.",
                        GedoeSoort.TUSSENDOORTAAK,
                        LocalDate.of(LOPEND_JAAR, 3, 10),
                        DemoCasus.ZEIST));
        monitor = gedoe.behandel(
                id,
                monitor.id(),
                monitor.versie(),
                new GedoeBehandeling(
                        monitor.titel(),
                        monitor.omschrijving(),
                        monitor.soort(),
                        forum.id(),
                        "De ICT-samenwerking levert en beheert op verzoek een tweede scherm voor thuis; Zeist betaalt "
                                + "per scherm.",
                        LocalDate.of(LOPEND_JAAR, 4, 7),
                        "Vraag bij een nieuwe werkplek ook wat er thuis nodig is, en zet dat in de afspraken.",
                        true));
        gedoe.herzie(id, monitor.id(), monitor.versie(), zeist);
        regel(
                id,
                afspraken.dvo(id, zeist),
                c.werkplek(),
                null,
                "Wie thuis werkt, krijgt op verzoek een tweede scherm binnen tien werkdagen.",
                List.of("Percentage schermen geleverd binnen tien werkdagen"),
                "300",
                "scherm",
                "35,00",
                RegelStatus.INDICATIEF);
        afspraken.stelVast(id, zeist, afspraken.dvo(id, zeist).versie());

        GedoeItem licenties = gedoe.meld(
                id,
                new GedoeInvoer(
                        "Licenties van het vergadersysteem van De Bilt lopen in het najaar af",
                        "De Bilt wil overstappen op het systeem van Zeist; dat kost uren die niemand heeft begroot.",
                        GedoeSoort.PRIORITERING,
                        LocalDate.of(LOPEND_JAAR, 6, 2),
                        DemoCasus.DE_BILT));
        gedoe.behandel(
                id,
                licenties.id(),
                licenties.versie(),
                new GedoeBehandeling(
                        licenties.titel(),
                        licenties.omschrijving(),
                        licenties.soort(),
                        forum.id(),
                        "De overstap gaat voor; het vervangen van de vergaderschermen in Zeist schuift een kwartaal.",
                        LocalDate.of(LOPEND_JAAR, 6, 30),
                        null,
                        false));

        gedoe.meld(
                id,
                new GedoeInvoer(
                        "Printers in het gemeentehuis van Bunnik vallen buiten het werkplekbeheer",
                        "Bunnik huurt de printers zelf; bij een storing belt de medewerker toch de servicedesk.",
                        GedoeSoort.ONVOORZIEN,
                        LocalDate.of(LOPEND_JAAR, 10, 20),
                        DemoCasus.BUNNIK));
    }

    // ---- the evaluation of the transition period, done ----

    private void zaaiEvaluatie(long id) {
        evaluaties.maakEvaluatie(
                id,
                new EvaluatieInvoer(
                        LocalDate.of(EERSTE_JAAR, 9, 30),
                        "Hoe verliep de overgangsperiode: de levering per gemeente, de servicedesk, het gedoe en de "
                                + "kosten tegenover de begroting.",
                        "Een extern bureau (verzonnen), samen met het opdrachtgeversoverleg",
                        "De levering is op orde; de servicedesk was in het voorjaar slecht bereikbaar. Zeist wil "
                                + "meer meten, De Bilt en Bunnik vinden het gesprek in het opdrachtgeversoverleg "
                                + "belangrijker dan extra cijfers.",
                        LocalDate.of(EERSTE_JAAR, 10, 14)));
    }
}
