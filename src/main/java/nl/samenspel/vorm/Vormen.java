package nl.samenspel.vorm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.BesluitOrgaan;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.HuidigeGebruiker;
import nl.samenspel.stappen.Stappen;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The form decision of a samenwerking (rule 1, step 5): read it, record it, change it. Page and API both come here;
 * the rights are {@link VormRechten}'s.
 */
@Service
public class Vormen {

    /** The longest reason a decision may carry. */
    public static final int MAX_MOTIVERING = 4000;

    private final VormRepository repository;
    private final Samenwerkingen samenwerkingen;
    private final Stappen stappen;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Vormen(
            VormRepository repository,
            Samenwerkingen samenwerkingen,
            Stappen stappen,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.samenwerkingen = samenwerkingen;
        this.stappen = stappen;
        this.audit = audit;
        this.events = events;
    }

    /** The current decision, for a user who may see the samenwerking (404 otherwise). */
    @Transactional(readOnly = true)
    public Optional<Vormbesluit> besluit(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        return repository.besluit(samenwerkingId);
    }

    /**
     * The chosen form, for other modules that have checked access already (regeling, bestuur, raad): no access
     * check here.
     */
    @Transactional(readOnly = true)
    public Optional<Vorm> gekozen(long samenwerkingId) {
        return repository.besluit(samenwerkingId).map(Vormbesluit::vorm);
    }

    /**
     * Records (or changes) the decision. {@code versie} is the version the user saw: 0 when there was none yet.
     * Refused while the form step is locked (409, with what is missing), for anyone but the regisseur (403), with a
     * stale version (412), or with bad input (400, nothing stored). {@code datum} null: today.
     */
    @Transactional
    public Vormbesluit besluit(
            long samenwerkingId,
            @Nullable Vorm vorm,
            @Nullable String motivering,
            @Nullable LocalDate datum,
            @Nullable BesluitOrgaan besluitOrgaan,
            long versie) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        VormRechten.besluiten(HuidigeGebruiker.get(), s).eis(s, "vormbesluit (samenwerking " + samenwerkingId + ")");
        Fouten fouten = new Fouten();
        if (vorm == null) {
            fouten.voeg("vorm", "vorm.fout.vorm-verplicht");
        }
        fouten.optioneleTekst("motivering", motivering, MAX_MOTIVERING);
        LocalDate dag = Gebeurdatum.controleer(fouten, "datum", datum);
        fouten.gooiAlsNietLeeg();
        if (!stappen.vormOpen(samenwerkingId)) {
            throw new ConflictException("vorm.fout.poort-dicht", stappen.ontbreektVoorVorm(samenwerkingId));
        }
        Optional<Vormbesluit> voor = repository.besluit(samenwerkingId);
        long huidig = voor.map(Vormbesluit::versie).orElse(0L);
        if (huidig != versie) {
            throw new VersieConflictException();
        }
        String tekst = motivering == null || motivering.isBlank() ? null : motivering;
        repository.bewaar(
                samenwerkingId,
                java.util.Objects.requireNonNull(vorm),
                tekst,
                dag,
                besluitOrgaan,
                HuidigeGebruiker.get().gebruikersnaam(),
                Instant.now(),
                huidig + 1);
        Vormbesluit na = repository.besluit(samenwerkingId).orElseThrow();
        audit.legVast(
                voor.isPresent() ? Actie.GEWIJZIGD : Actie.AANGEMAAKT,
                "vorm_besluit",
                samenwerkingId,
                samenwerkingId,
                voor.map(Vormen::velden).orElse(Map.of()),
                velden(na));
        events.publishEvent(new VormGewijzigd(samenwerkingId));
        return na;
    }

    private static Map<String, @Nullable Object> velden(Vormbesluit b) {
        Map<String, @Nullable Object> velden = new LinkedHashMap<>();
        velden.put("vorm", b.vorm().name());
        velden.put("motivering", b.motivering());
        velden.put("datum", b.datum().toString());
        velden.put(
                "besluitOrgaan",
                b.besluitOrgaan() == null ? null : b.besluitOrgaan().name());
        return velden;
    }
}
