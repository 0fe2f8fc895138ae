package nl.samenspel.afspraken;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HuidigeGebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service catalogue of the shared organisation (rule 4): per service a uniform back office, front-office
 * variants per client, and the clients' own wishes; plus the module's settings (the indicator cap). Page and API
 * both come here. Every write locks the samenwerking, checks the version, is audited and publishes
 * {@link AfsprakenGewijzigd}.
 */
@Service
public class Dienstencatalogus {

    public static final int MAX_NAAM = Fouten.MAX_KORT;
    public static final int MAX_TEKST = Fouten.MAX_LANG;
    public static final int MAX_PLAFOND = 20;

    private final AfsprakenRepository repository;
    private final Samenwerkingen samenwerkingen;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Dienstencatalogus(
            AfsprakenRepository repository,
            Samenwerkingen samenwerkingen,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.samenwerkingen = samenwerkingen;
        this.audit = audit;
        this.events = events;
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public List<Dienst> diensten(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        return repository.diensten(samenwerkingId);
    }

    @Transactional(readOnly = true)
    public Dienst dienst(long samenwerkingId, long dienstId) {
        samenwerkingen.vind(samenwerkingId);
        return bestaand(samenwerkingId, dienstId);
    }

    @Transactional(readOnly = true)
    public AfsprakenInstellingen instellingen(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        AfsprakenRepository.Instelling i = repository.instelling(samenwerkingId);
        return new AfsprakenInstellingen(i.indicatorplafond(), i.versie());
    }

    /** Whether the current user may change the catalogue (to show or hide the forms). */
    public boolean kanBeheren(Samenwerking s) {
        return AfsprakenRechten.beheren(HuidigeGebruiker.get(), s).ja();
    }

    /** Whether the current user may record a wish for their own municipality (or any, when managing). */
    public boolean kanWensen(Samenwerking s) {
        Gebruiker g = HuidigeGebruiker.get();
        return AfsprakenRechten.wensen(g, s, g.gemeenteCode()).ja();
    }

    // ---- services ----

    @Transactional
    public Dienst maakDienst(long samenwerkingId, DienstInvoer.Gegevens invoer) {
        teBeheren(samenwerkingId);
        controleer(invoer);
        int volgorde = invoer.volgorde() == null ? repository.volgendeVolgorde(samenwerkingId) : invoer.volgorde();
        long id = repository.maakDienst(
                samenwerkingId,
                schoon(invoer.naam()),
                Objects.requireNonNull(invoer.backoffice()).strip(),
                volgorde);
        Dienst na = bestaand(samenwerkingId, id);
        audit.legVast(Actie.AANGEMAAKT, "afspraken_dienst", id, samenwerkingId, Map.of(), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    @Transactional
    public Dienst wijzigDienst(long samenwerkingId, long dienstId, long versie, DienstInvoer.Gegevens invoer) {
        teBeheren(samenwerkingId);
        Dienst voor = bestaand(samenwerkingId, dienstId);
        controleer(invoer);
        int volgorde = invoer.volgorde() == null ? voor.volgorde() : invoer.volgorde();
        if (voor.versie() != versie
                || !repository.wijzigDienst(
                        dienstId,
                        versie,
                        schoon(invoer.naam()),
                        Objects.requireNonNull(invoer.backoffice()).strip(),
                        volgorde)) {
            throw new VersieConflictException();
        }
        Dienst na = bestaand(samenwerkingId, dienstId);
        audit.legVast(Actie.GEWIJZIGD, "afspraken_dienst", dienstId, samenwerkingId, velden(voor), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /** Removes a service with its variants and wishes; refused (409) while a DVO line uses it. */
    @Transactional
    public void verwijderDienst(long samenwerkingId, long dienstId, long versie) {
        teBeheren(samenwerkingId);
        Dienst voor = bestaand(samenwerkingId, dienstId);
        if (repository.inGebruik("dienst_id", dienstId)) {
            throw new ConflictException("afspraken.fout.dienst-in-gebruik", List.of());
        }
        if (voor.versie() != versie || !repository.verwijderDienst(dienstId, versie)) {
            throw new VersieConflictException();
        }
        audit.legVast(Actie.VERWIJDERD, "afspraken_dienst", dienstId, samenwerkingId, velden(voor), Map.of());
        gewijzigd(samenwerkingId);
    }

    // ---- front-office variants ----

    @Transactional(readOnly = true)
    public Dienst.Variant variant(long samenwerkingId, long dienstId, long variantId) {
        return variantVan(dienst(samenwerkingId, dienstId), variantId);
    }

    @Transactional
    public Dienst.Variant maakVariant(long samenwerkingId, long dienstId, DienstInvoer.Variant invoer) {
        Samenwerking s = teBeheren(samenwerkingId);
        bestaand(samenwerkingId, dienstId);
        List<String> gemeenten = controleer(s, invoer);
        long id = repository.maakVariant(
                dienstId,
                samenwerkingId,
                schoon(invoer.naam()),
                Objects.requireNonNull(invoer.omschrijving()).strip(),
                gemeenten);
        Dienst.Variant na = variantVan(bestaand(samenwerkingId, dienstId), id);
        audit.legVast(Actie.AANGEMAAKT, "afspraken_variant", id, samenwerkingId, Map.of(), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    @Transactional
    public Dienst.Variant wijzigVariant(
            long samenwerkingId, long dienstId, long variantId, long versie, DienstInvoer.Variant invoer) {
        Samenwerking s = teBeheren(samenwerkingId);
        Dienst.Variant voor = variantVan(bestaand(samenwerkingId, dienstId), variantId);
        List<String> gemeenten = controleer(s, invoer);
        if (voor.versie() != versie
                || !repository.wijzigVariant(
                        variantId,
                        versie,
                        schoon(invoer.naam()),
                        Objects.requireNonNull(invoer.omschrijving()).strip(),
                        gemeenten)) {
            throw new VersieConflictException();
        }
        Dienst.Variant na = variantVan(bestaand(samenwerkingId, dienstId), variantId);
        audit.legVast(Actie.GEWIJZIGD, "afspraken_variant", variantId, samenwerkingId, velden(voor), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    @Transactional
    public void verwijderVariant(long samenwerkingId, long dienstId, long variantId, long versie) {
        teBeheren(samenwerkingId);
        Dienst.Variant voor = variantVan(bestaand(samenwerkingId, dienstId), variantId);
        if (repository.inGebruik("variant_id", variantId)) {
            throw new ConflictException("afspraken.fout.variant-in-gebruik", List.of());
        }
        if (voor.versie() != versie || !repository.verwijderVariant(variantId, versie)) {
            throw new VersieConflictException();
        }
        audit.legVast(Actie.VERWIJDERD, "afspraken_variant", variantId, samenwerkingId, velden(voor), Map.of());
        gewijzigd(samenwerkingId);
    }

    // ---- wishes ----

    @Transactional(readOnly = true)
    public Dienst.Wens wens(long samenwerkingId, long dienstId, long wensId) {
        return wensVan(dienst(samenwerkingId, dienstId), wensId);
    }

    /** A client's own wish; a civil servant or alderman of a client may leave out the municipality (their own). */
    @Transactional
    public Dienst.Wens maakWens(long samenwerkingId, long dienstId, DienstInvoer.Wens invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        bestaand(samenwerkingId, dienstId);
        Gebruiker g = HuidigeGebruiker.get();
        String gemeente = invoer.gemeente() == null || invoer.gemeente().isBlank()
                ? g.gemeenteCode()
                : invoer.gemeente().strip().toUpperCase(Locale.ROOT);
        AfsprakenRechten.wensen(g, s, gemeente).eis(s, "wens (samenwerking " + samenwerkingId + ")");
        Fouten fouten = new Fouten();
        if (gemeente == null) {
            fouten.voeg("gemeente", "afspraken.fout.gemeente-verplicht");
        } else if (!s.neemtDeel(gemeente)) {
            fouten.voeg("gemeente", "afspraken.fout.gemeente-geen-deelnemer", gemeente);
        }
        fouten.tekst("tekst", invoer.tekst(), MAX_TEKST);
        fouten.gooiAlsNietLeeg();
        long id = repository.maakWens(
                dienstId,
                samenwerkingId,
                Objects.requireNonNull(gemeente),
                Objects.requireNonNull(invoer.tekst()).strip());
        Dienst.Wens na = wensVan(bestaand(samenwerkingId, dienstId), id);
        audit.legVast(Actie.AANGEMAAKT, "afspraken_wens", id, samenwerkingId, Map.of(), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /** Changes a wish's text (its municipality stays). */
    @Transactional
    public Dienst.Wens wijzigWens(
            long samenwerkingId, long dienstId, long wensId, long versie, DienstInvoer.Wens invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        Dienst.Wens voor = wensVan(bestaand(samenwerkingId, dienstId), wensId);
        AfsprakenRechten.wensen(HuidigeGebruiker.get(), s, voor.gemeenteCode())
                .eis(s, "wens (samenwerking " + samenwerkingId + ")");
        Fouten fouten = new Fouten();
        fouten.tekst("tekst", invoer.tekst(), MAX_TEKST);
        fouten.gooiAlsNietLeeg();
        if (voor.versie() != versie
                || !repository.wijzigWens(
                        wensId, versie, Objects.requireNonNull(invoer.tekst()).strip())) {
            throw new VersieConflictException();
        }
        Dienst.Wens na = wensVan(bestaand(samenwerkingId, dienstId), wensId);
        audit.legVast(Actie.GEWIJZIGD, "afspraken_wens", wensId, samenwerkingId, velden(voor), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    @Transactional
    public void verwijderWens(long samenwerkingId, long dienstId, long wensId, long versie) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        Dienst.Wens voor = wensVan(bestaand(samenwerkingId, dienstId), wensId);
        AfsprakenRechten.wensen(HuidigeGebruiker.get(), s, voor.gemeenteCode())
                .eis(s, "wens (samenwerking " + samenwerkingId + ")");
        if (voor.versie() != versie || !repository.verwijderWens(wensId, versie)) {
            throw new VersieConflictException();
        }
        audit.legVast(Actie.VERWIJDERD, "afspraken_wens", wensId, samenwerkingId, velden(voor), Map.of());
        gewijzigd(samenwerkingId);
    }

    // ---- settings ----

    /** Sets the soft cap on indicators per result (1 to {@value #MAX_PLAFOND}). */
    @Transactional
    public AfsprakenInstellingen zetIndicatorplafond(long samenwerkingId, long versie, @Nullable Integer plafond) {
        teBeheren(samenwerkingId);
        if (plafond == null || plafond < 1 || plafond > MAX_PLAFOND) {
            throw OngeldigeInvoerException.van("indicatorplafond", "afspraken.fout.plafond", MAX_PLAFOND);
        }
        AfsprakenRepository.Instelling voor = repository.instelling(samenwerkingId);
        if (voor.versie() != versie || !repository.zetPlafond(samenwerkingId, versie, plafond)) {
            throw new VersieConflictException();
        }
        AfsprakenRepository.Instelling na = repository.instelling(samenwerkingId);
        audit.legVast(
                Actie.GEWIJZIGD,
                "afspraken_instelling",
                samenwerkingId,
                samenwerkingId,
                Map.of("indicatorplafond", voor.indicatorplafond()),
                Map.of("indicatorplafond", na.indicatorplafond()));
        gewijzigd(samenwerkingId);
        return new AfsprakenInstellingen(na.indicatorplafond(), na.versie());
    }

    // ---- helpers ----

    private Samenwerking teBeheren(long samenwerkingId) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        AfsprakenRechten.beheren(HuidigeGebruiker.get(), s)
                .eis(s, "dienstencatalogus (samenwerking " + samenwerkingId + ")");
        return s;
    }

    private Dienst bestaand(long samenwerkingId, long dienstId) {
        return repository.dienst(samenwerkingId, dienstId).orElseThrow(() -> new NietGevondenException("dienst"));
    }

    private static Dienst.Variant variantVan(Dienst d, long variantId) {
        return d.varianten().stream()
                .filter(v -> v.id() == variantId)
                .findFirst()
                .orElseThrow(() -> new NietGevondenException("variant"));
    }

    private static Dienst.Wens wensVan(Dienst d, long wensId) {
        return d.wensen().stream()
                .filter(w -> w.id() == wensId)
                .findFirst()
                .orElseThrow(() -> new NietGevondenException("wens"));
    }

    private void gewijzigd(long samenwerkingId) {
        events.publishEvent(new AfsprakenGewijzigd(samenwerkingId));
    }

    private static void controleer(DienstInvoer.Gegevens invoer) {
        Fouten fouten = new Fouten();
        fouten.tekst("naam", invoer.naam(), MAX_NAAM);
        fouten.tekst("backoffice", invoer.backoffice(), MAX_TEKST);
        if (invoer.volgorde() != null && (invoer.volgorde() < 0 || invoer.volgorde() > 10_000)) {
            fouten.voeg("volgorde", "afspraken.fout.volgorde");
        }
        fouten.gooiAlsNietLeeg();
    }

    private static List<String> controleer(Samenwerking s, DienstInvoer.Variant invoer) {
        Fouten fouten = new Fouten();
        fouten.tekst("naam", invoer.naam(), MAX_NAAM);
        fouten.tekst("omschrijving", invoer.omschrijving(), MAX_TEKST);
        List<String> gemeenten = new ArrayList<>();
        for (String code : invoer.gemeenten() == null ? List.<String>of() : invoer.gemeenten()) {
            if (code == null || code.isBlank()) {
                continue;
            }
            String schoon = code.strip().toUpperCase(Locale.ROOT);
            if (!s.neemtDeel(schoon)) {
                fouten.voeg("gemeenten", "afspraken.fout.gemeente-geen-deelnemer", code.strip());
            } else if (!gemeenten.contains(schoon)) {
                gemeenten.add(schoon);
            }
        }
        fouten.gooiAlsNietLeeg();
        return gemeenten;
    }

    private static String schoon(@Nullable String tekst) {
        return Objects.requireNonNull(tekst).strip();
    }

    private static Map<String, @Nullable Object> velden(Dienst d) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        v.put("naam", d.naam());
        v.put("backoffice", d.backoffice());
        v.put("volgorde", d.volgorde());
        return v;
    }

    private static Map<String, @Nullable Object> velden(Dienst.Variant d) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        v.put("dienst", d.dienstId());
        v.put("naam", d.naam());
        v.put("omschrijving", d.omschrijving());
        v.put("gemeenten", d.gemeenten());
        return v;
    }

    private static Map<String, @Nullable Object> velden(Dienst.Wens w) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        v.put("dienst", w.dienstId());
        v.put("gemeente", w.gemeenteCode());
        v.put("tekst", w.tekst());
        return v;
    }
}
