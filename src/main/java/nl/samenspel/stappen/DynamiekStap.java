package nl.samenspel.stappen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.HuidigeGebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Step 4, vanzelfdynamiek: the behaviour that happens by itself, and how to handle it. Reached through {@link Stappen}.
 */
@Component
class DynamiekStap {

    private final StappenRepository repository;
    private final Samenwerkingen samenwerkingen;
    private final AuditTrail audit;
    private final StapBasis basis;
    private final StappenStand stand;

    DynamiekStap(
            StappenRepository repository,
            Samenwerkingen samenwerkingen,
            AuditTrail audit,
            StapBasis basis,
            StappenStand stand) {
        this.repository = repository;
        this.samenwerkingen = samenwerkingen;
        this.audit = audit;
        this.basis = basis;
        this.stand = stand;
    }

    Dynamiek voegDynamiekToe(long id, Invoer.DynamiekInvoer invoer) {
        basis.eis(id, StappenRechten::dynamiekToevoegen, "vanzelfdynamiek toevoegen");
        Fouten fouten = new Fouten();
        Dynamiek d = dynamiek(fouten, "", invoer);
        StapBasis.binnenGrens(fouten, "gedrag", repository.dynamiek(id).size() + 1);
        fouten.gooiAlsNietLeeg();
        long did = repository.voegDynamiekToe(id, Objects.requireNonNull(d, "validated"));
        Dynamiek na = repository.dynamiek(id).stream()
                .filter(x -> x.id() == did)
                .findFirst()
                .orElseThrow();
        audit.legVast(Actie.AANGEMAAKT, "dynamiek", did, id, Map.of(), velden(na));
        return basis.inhoudGewijzigd(id, Stap.VANZELFDYNAMIEK, "dynamiek-toegevoegd", na);
    }

    Dynamiek wijzigDynamiek(long id, long dynamiekId, long versie, Invoer.DynamiekInvoer invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(id);
        Dynamiek voor = repository.dynamiek(id).stream()
                .filter(x -> x.id() == dynamiekId)
                .findFirst()
                .orElseThrow(() -> new NietGevondenException("dynamiek"));
        StappenRechten.dynamiekWijzigen(HuidigeGebruiker.get(), s).eis(s, "vanzelfdynamiek wijzigen");
        Fouten fouten = new Fouten();
        Dynamiek d = dynamiek(fouten, "", invoer);
        fouten.gooiAlsNietLeeg();
        repository.wijzigDynamiek(id, dynamiekId, versie, Objects.requireNonNull(d, "validated"));
        Dynamiek na = repository.dynamiek(id).stream()
                .filter(x -> x.id() == dynamiekId)
                .findFirst()
                .orElseThrow();
        audit.legVast(Actie.GEWIJZIGD, "dynamiek", dynamiekId, id, velden(voor), velden(na));
        if (velden(voor).equals(velden(na))) {
            return basis.gewijzigd(id, "dynamiek-gewijzigd", na);
        }
        return basis.inhoudGewijzigd(id, Stap.VANZELFDYNAMIEK, "dynamiek-gewijzigd", na);
    }

    void verwijderDynamiek(long id, long dynamiekId, long versie) {
        basis.eis(id, StappenRechten::dynamiekVerwijderen, "vanzelfdynamiek verwijderen");
        Dynamiek voor = repository.dynamiek(id).stream()
                .filter(x -> x.id() == dynamiekId)
                .findFirst()
                .orElseThrow(() -> new NietGevondenException("dynamiek"));
        repository.verwijderDynamiek(id, dynamiekId, versie);
        audit.legVast(Actie.VERWIJDERD, "dynamiek", dynamiekId, id, velden(voor), Map.of());
        basis.inhoudGewijzigd(id, Stap.VANZELFDYNAMIEK, "dynamiek-verwijderd");
    }

    List<Dynamiek> vervangDynamiek(long id, long versie, List<Invoer.DynamiekInvoer> invoer) {
        Samenwerking s = basis.eis(id, StappenRechten::dynamiekToevoegen, "vanzelfdynamiek vervangen");
        Fouten fouten = new Fouten();
        StapBasis.binnenGrens(fouten, "items", invoer.size());
        List<Dynamiek> nieuw = new ArrayList<>();
        for (int i = 0; i < invoer.size() && i < Stappen.MAX_DOELEN; i++) {
            nieuw.add(dynamiek(fouten, "items[" + i + "].", invoer.get(i)));
        }
        fouten.gooiAlsNietLeeg();
        if (stand.versie(id, Stap.VANZELFDYNAMIEK) != versie) {
            throw new VersieConflictException();
        }
        List<Dynamiek> voor = repository.dynamiek(id);
        // Staff may only add: every existing item must come back unchanged, or the regisseur must be asking.
        List<Dynamiek> over = new ArrayList<>(voor);
        for (Dynamiek d : nieuw) {
            over.stream().filter(o -> zelfde(o, d)).findFirst().ifPresent(over::remove);
        }
        if (!over.isEmpty()) {
            StappenRechten.dynamiekWijzigen(HuidigeGebruiker.get(), s).eis(s, "vanzelfdynamiek wijzigen");
        }
        repository.verwijderAlleDynamiek(id);
        nieuw.forEach(d -> repository.voegDynamiekToe(id, d));
        List<Dynamiek> na = repository.dynamiek(id);
        audit.legVast(
                Actie.GEWIJZIGD,
                Stappen.ENTITEIT_STAP,
                Stap.VANZELFDYNAMIEK.name(),
                id,
                Map.of("items", dynamiekTekst(voor)),
                Map.of("items", dynamiekTekst(na)));
        if (dynamiekTekst(voor).equals(dynamiekTekst(na))) {
            basis.gewijzigd(id, "dynamiek-vervangen");
        } else {
            basis.inhoudGewijzigd(id, Stap.VANZELFDYNAMIEK, "dynamiek-vervangen");
        }
        return na;
    }

    private static boolean zelfde(Dynamiek a, Dynamiek b) {
        return a.gedrag() == b.gedrag()
                && java.util.Objects.equals(a.eigenNaam(), b.eigenNaam())
                && java.util.Objects.equals(a.botsing(), b.botsing())
                && java.util.Objects.equals(a.omgang(), b.omgang());
    }

    private @Nullable Dynamiek dynamiek(Fouten fouten, String prefix, Invoer.@Nullable DynamiekInvoer invoer) {
        if (invoer == null) {
            fouten.voeg(prefix + "gedrag", "stappen.dynamiek.kies");
            return null;
        }
        boolean metGedrag = invoer.gedrag() != null && !invoer.gedrag().isBlank();
        boolean metNaam = invoer.eigenNaam() != null && !invoer.eigenNaam().isBlank();
        Gedrag gedrag = null;
        if (metGedrag) {
            gedrag = StapBasis.keuze(
                    fouten, prefix + "gedrag", invoer.gedrag(), Gedrag.class, "stappen.dynamiek.gedrag.onbekend");
        } else if (!metNaam) {
            fouten.voeg(prefix + "gedrag", "stappen.dynamiek.kies");
        }
        fouten.optioneleTekst(prefix + "eigenNaam", invoer.eigenNaam(), Fouten.MAX_KORT);
        fouten.optioneleTekst(prefix + "botsing", invoer.botsing(), Fouten.MAX_LANG);
        fouten.optioneleTekst(prefix + "omgang", invoer.omgang(), Fouten.MAX_LANG);
        return new Dynamiek(
                0,
                gedrag,
                metGedrag ? null : StapBasis.leeg(invoer.eigenNaam()),
                StapBasis.leeg(invoer.botsing()),
                StapBasis.leeg(invoer.omgang()),
                0);
    }

    private String dynamiekTekst(List<Dynamiek> items) {
        return items.stream()
                .map(d -> (d.gedrag() != null ? d.gedrag().name() : d.eigenNaam()) + ": " + d.botsing() + " / "
                        + d.omgang())
                .collect(Collectors.joining("\n"));
    }

    private static Map<String, Object> velden(Dynamiek d) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("gedrag", d.gedrag() == null ? null : d.gedrag().name());
        v.put("eigenNaam", d.eigenNaam());
        v.put("botsing", d.botsing());
        v.put("omgang", d.omgang());
        return v;
    }
}
