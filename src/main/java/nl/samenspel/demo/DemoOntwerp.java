package nl.samenspel.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import nl.samenspel.bestuur.Lijn;
import nl.samenspel.bestuur.Orgaan;
import nl.samenspel.bestuur.OrgaanInvoer;
import nl.samenspel.bestuur.OrgaanSoort;
import nl.samenspel.bestuur.Organen;
import nl.samenspel.bestuur.ZetelInvoer;
import nl.samenspel.bestuur.ZetelRol;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.regeling.OnderdeelStatus;
import nl.samenspel.regeling.RaadsbesluitSoort;
import nl.samenspel.regeling.RegelingOnderdeel;
import nl.samenspel.regeling.Regelingen;
import nl.samenspel.regeling.Regelinginhoud;
import nl.samenspel.samenwerking.BesluitOrgaan;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.stappen.Stappen;
import nl.samenspel.vorm.Antwoorden;
import nl.samenspel.vorm.Risico;
import nl.samenspel.vorm.Vorm;
import nl.samenspel.vorm.Vormen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The form step of the practice case, taken too early on purpose: the regisseur opened it before the steps were
 * done and moved the case on to VORMGEVEN, so the toets shows the method's warning. Then the colleges chose a
 * bedrijfsvoeringsorganisatie, the draft regeling went to the raden with uittreding and evaluation still missing,
 * and a first governance design sits a content portfolio on the supervising board and leaves Bunnik without a place
 * on the client line: rule 2's findings for the regisseur to clear. The director's seat is linked to the demo
 * account {@code uitvoerder}, who therefore sees the case.
 *
 * <p>Written as the demo regisseur through the modules' own services, so every step is checked, audited and
 * published exactly as when the regisseur does it by hand. Idempotent: each step runs only while it has not
 * happened (the form step not opened, no phase change recorded, no answers, no decision); the regeling and the
 * bodies only in the run that recorded the decision, so a later start never adds to what a user changed.
 */
@Component
@Order(50)
class DemoOntwerp implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoOntwerp.class);

    static final String REGISSEUR = "regisseur";
    static final String DIRECTEUR = "uitvoerder";

    private final DemoSchakelaar schakelaar;
    private final Samenwerkingen samenwerkingen;
    private final Stappen stappen;
    private final Vormen vormen;
    private final Regelingen regelingen;
    private final Organen organen;
    private final UserDetailsService gebruikers;

    DemoOntwerp(
            DemoSchakelaar schakelaar,
            Samenwerkingen samenwerkingen,
            Stappen stappen,
            Vormen vormen,
            Regelingen regelingen,
            Organen organen,
            UserDetailsService gebruikers) {
        this.schakelaar = schakelaar;
        this.samenwerkingen = samenwerkingen;
        this.stappen = stappen;
        this.vormen = vormen;
        this.regelingen = regelingen;
        this.organen = organen;
        this.gebruikers = gebruikers;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!schakelaar.aan()) {
            return;
        }
        long id = DemoCasus.samenwerking(samenwerkingen);
        boolean gezaaid = alsRegisseur(() -> zaai(id));
        LOG.info("event=demo-ontwerp samenwerking={} gezaaid={}", id, gezaaid);
    }

    private boolean zaai(long id) {
        LocalDate vandaag = LocalDate.now(Tijdstip.NEDERLAND);
        boolean iets = false;
        if (stappen.ontgrendeling(id).isEmpty()) {
            stappen.ontgrendelVorm(
                    id,
                    "De colleges willen v\u00f3\u00f3r de zomer weten welke vorm het wordt; de stappen maken we "
                            + "daarna af.",
                    vandaag.minusWeeks(10),
                    null);
            iets = true;
        }
        if (samenwerkingen.overgangen(id).isEmpty() && samenwerkingen.vind(id).fase() == Fase.VERKENNEN) {
            samenwerkingen.wijzigFase(
                    id,
                    samenwerkingen.vind(id).versie(),
                    Fase.VORMGEVEN,
                    "Op verzoek van de drie colleges gaan we alvast aan de vorm werken, ook al zijn de doelen en de "
                            + "spanningen nog niet rond.",
                    vandaag.minusWeeks(10),
                    null);
            iets = true;
        }
        if (vormen.antwoorden(id).versie() == 0) {
            // Only business operations, staff may move, no levies: the raden keep the tariffs themselves.
            vormen.beantwoord(id, new Antwoorden(true, false, false, true, false, Risico.MIDDEL), 0);
            iets = true;
        }
        if (vormen.besluit(id).isPresent()) {
            return iets;
        }
        // The bodies first: without a chosen form the rule-2 checks are silent, so the toets meets the design whole
        // and shows only its real faults, not the steps on the way.
        zaaiBestuur(id);
        vormen.besluit(
                id,
                Vorm.BEDRIJFSVOERINGSORGANISATIE,
                "Het gaat om uitvoering: waarderen, aanslagen opleggen en invorderen. De tarieven en het "
                        + "kwijtscheldingsbeleid blijven bij de raden, en de medewerkers belastingen kunnen over naar "
                        + "\u00e9\u00e9n werkgever. Een bedrijfsvoeringsorganisatie met \u00e9\u00e9n bestuur is "
                        + "daarvoor licht genoeg; een algemeen bestuur erbij willen de gemeenten niet.",
                vandaag.minusWeeks(8),
                BesluitOrgaan.COLLEGE,
                0);
        zaaiRegeling(id, vandaag);
        return true;
    }

    /** The draft went to the raden six weeks ago; four items are arranged, uittreding and evaluation are not. */
    private void zaaiRegeling(long id, LocalDate vandaag) {
        Regelinginhoud r = regelingen.ontwerpVerzonden(
                id, vandaag.minusWeeks(6), regelingen.inhoud(id).versie());
        r = regelingen.markeer(
                id, RegelingOnderdeel.BELANGEN, OnderdeelStatus.GEREGELD, "Artikel 2 van het ontwerp", r.versie());
        r = regelingen.markeer(
                id,
                RegelingOnderdeel.BEVOEGDHEDEN,
                OnderdeelStatus.GEREGELD,
                "Artikel 4 van het ontwerp (mandaat voor waardering, heffing en invordering)",
                r.versie());
        r = regelingen.markeer(
                id,
                RegelingOnderdeel.BESTUURSSAMENSTELLING,
                OnderdeelStatus.GEREGELD,
                "Artikel 6 van het ontwerp",
                r.versie());
        r = regelingen.markeer(
                id,
                RegelingOnderdeel.VESTIGINGSPLAATS,
                OnderdeelStatus.GEREGELD,
                "Artikel 3 van het ontwerp (Zeist)",
                r.versie());
        regelingen.legRaadsbesluitVast(
                id,
                DemoCasus.ZEIST,
                RaadsbesluitSoort.ZIENSWIJZE,
                vandaag.minusWeeks(1),
                "Raadsbesluit zienswijze ontwerpregeling belastingen (verzonnen)",
                null,
                r.versie());
    }

    /**
     * A first design with two faults for the lesson: Bunnik's wethouder on the board holds a content portfolio
     * (R2.2), and the client meeting has no seat for Bunnik (R2.3). All names are invented.
     */
    private void zaaiBestuur(long id) {
        Orgaan bestuur = organen.maakOrgaan(
                id, new OrgaanInvoer("Bestuur belastingsamenwerking", Lijn.TOEZICHT, OrgaanSoort.BESTUUR, null));
        bestuurlijk(id, bestuur, "Frits Fictief", DemoCasus.ZEIST, "Financi\u00ebn");
        bestuurlijk(id, bestuur, "Bea Bedacht", DemoCasus.DE_BILT, "Financi\u00ebn");
        bestuurlijk(id, bestuur, "Victor Verzonnen", DemoCasus.BUNNIK, "Economie en dienstverlening");
        Orgaan klant = organen.maakOrgaan(
                id,
                new OrgaanInvoer(
                        "Opdrachtgeversoverleg belastingen", Lijn.KLANT, OrgaanSoort.OPDRACHTGEVERSOVERLEG, null));
        ambtelijk(id, klant, "Tessa Teamleider", DemoCasus.ZEIST, "teamleider belastingen", null);
        ambtelijk(id, klant, "Olaf Oefenaar", DemoCasus.DE_BILT, "teamleider belastingen", null);
        Orgaan directie =
                organen.maakOrgaan(id, new OrgaanInvoer("Directie", Lijn.UITVOERING, OrgaanSoort.DIRECTIE, null));
        ambtelijk(id, directie, "Uma Uitvoering", null, "directeur", DIRECTEUR);
    }

    private void bestuurlijk(long id, Orgaan orgaan, String persoon, String gemeente, String portefeuille) {
        organen.maakZetel(
                id,
                orgaan.id(),
                new ZetelInvoer(persoon, gemeente, ZetelRol.BESTUURLIJK, List.of(portefeuille), "wethouder", 1, null));
    }

    private void ambtelijk(
            long id,
            Orgaan orgaan,
            String persoon,
            @org.jspecify.annotations.Nullable String gemeente,
            String functie,
            @org.jspecify.annotations.Nullable String account) {
        organen.maakZetel(
                id,
                orgaan.id(),
                new ZetelInvoer(persoon, gemeente, ZetelRol.AMBTELIJK, List.of(), functie, 1, account));
    }

    /** Runs the seeding signed in as the demo regisseur, and restores whatever context there was after. */
    private <T> T alsRegisseur(Supplier<T> werk) {
        SecurityContext vorige = SecurityContextHolder.getContext();
        UserDetails regisseur = gebruikers.loadUserByUsername(REGISSEUR);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(regisseur, null, regisseur.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return werk.get();
        } finally {
            SecurityContextHolder.setContext(vorige);
        }
    }
}
