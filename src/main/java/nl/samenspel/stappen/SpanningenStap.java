package nl.samenspel.stappen;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.HuidigeGebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Step 3: the tensions between the parties. Reached through {@link Stappen}.
 */
@Component
class SpanningenStap {

    private final StappenRepository repository;
    private final Samenwerkingen samenwerkingen;
    private final AuditTrail audit;
    private final StapBasis basis;

    SpanningenStap(StappenRepository repository, Samenwerkingen samenwerkingen, AuditTrail audit, StapBasis basis) {
        this.repository = repository;
        this.samenwerkingen = samenwerkingen;
        this.audit = audit;
        this.basis = basis;
    }

    Spanning maakSpanning(long id, Invoer.SpanningInvoer invoer) {
        Samenwerking s = basis.eis(id, StappenRechten::spanningToevoegen, "spanning toevoegen");
        Spanning nieuw = spanning(s, 0, 0, invoer, null);
        long sid = repository.voegSpanningToe(id, nieuw);
        Spanning na = repository.spanningen(id).stream()
                .filter(x -> x.id() == sid)
                .findFirst()
                .orElseThrow();
        audit.legVast(Actie.AANGEMAAKT, "spanning", sid, id, Map.of(), velden(na));
        return basis.inhoudGewijzigd(id, Stap.SPANNINGEN, "spanning-aangemaakt", na);
    }

    Spanning wijzigSpanning(long id, long spanningId, long versie, Invoer.SpanningInvoer invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(id);
        Spanning voor = bestaande(id, spanningId);
        StappenRechten.spanningWijzigen(HuidigeGebruiker.get(), s, basis.besprokenDoor(id, Stap.SPANNINGEN))
                .eis(s, "spanning wijzigen");
        Spanning nieuw = spanning(s, spanningId, versie, invoer, voor.datum());
        repository.wijzigSpanning(id, spanningId, versie, nieuw);
        Spanning na = bestaande(id, spanningId);
        audit.legVast(Actie.GEWIJZIGD, "spanning", spanningId, id, velden(voor), velden(na));
        return velden(voor).equals(velden(na))
                ? basis.gewijzigd(id, "spanning-gewijzigd", na)
                : basis.inhoudGewijzigd(id, Stap.SPANNINGEN, "spanning-gewijzigd", na);
    }

    void verwijderSpanning(long id, long spanningId, long versie) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(id);
        Spanning voor = bestaande(id, spanningId);
        StappenRechten.spanningVerwijderen(HuidigeGebruiker.get(), s).eis(s, "spanning verwijderen");
        repository.verwijderSpanning(id, spanningId, versie);
        audit.legVast(Actie.VERWIJDERD, "spanning", spanningId, id, velden(voor), Map.of());
        basis.inhoudGewijzigd(id, Stap.SPANNINGEN, "spanning-verwijderd");
    }

    /** {@code bestaand}: the day of the tension being changed (kept when no day is given), null for a new one. */
    private Spanning spanning(
            Samenwerking s, long id, long versie, Invoer.SpanningInvoer invoer, @Nullable LocalDate bestaand) {
        Fouten fouten = new Fouten();
        LocalDate datum =
                bestaand != null && (invoer.datum() == null || invoer.datum().isBlank())
                        ? bestaand
                        : Gebeurdatum.uitFormulier(fouten, "datum", invoer.datum());
        fouten.tekst("omschrijving", invoer.omschrijving(), Fouten.MAX_LANG);
        SpanningSoort soort = StapBasis.keuze(
                fouten, "soort", invoer.soort(), SpanningSoort.class, "stappen.spanning.soort.onbekend");
        SpanningStatus status = invoer.status() == null || invoer.status().isBlank()
                ? SpanningStatus.OPEN
                : StapBasis.keuze(
                        fouten, "status", invoer.status(), SpanningStatus.class, "stappen.spanning.status.onbekend");
        fouten.optioneleTekst("hantering", invoer.hantering(), Fouten.MAX_LANG);
        fouten.optioneleTekst("escalatieroute", invoer.escalatieroute(), Fouten.MAX_LANG);
        fouten.optioneleTekst("backofficeFrontoffice", invoer.backofficeFrontoffice(), Fouten.MAX_LANG);
        Set<String> partijen = new LinkedHashSet<>();
        for (String code : invoer.partijen() == null ? List.<String>of() : invoer.partijen()) {
            String c = StapBasis.bron(code);
            if (c == null) {
                continue;
            }
            if (!s.neemtDeel(c)) {
                fouten.voeg("partijen", "stappen.gemeente.geen-partij", StapBasis.kort(c));
            }
            partijen.add(c);
        }
        fouten.gooiAlsNietLeeg();
        return new Spanning(
                id,
                StapBasis.gevalideerd(invoer.omschrijving()),
                Objects.requireNonNull(soort, "validated"),
                List.copyOf(partijen),
                StapBasis.leeg(invoer.hantering()),
                StapBasis.leeg(invoer.escalatieroute()),
                StapBasis.leeg(invoer.backofficeFrontoffice()),
                Objects.requireNonNull(status, "validated"),
                versie,
                datum);
    }

    private static Map<String, Object> velden(Spanning s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("omschrijving", s.omschrijving());
        v.put("soort", s.soort().name());
        v.put("partijen", String.join(", ", s.partijen()));
        v.put("hantering", s.hantering());
        v.put("escalatieroute", s.escalatieroute());
        v.put("backofficeFrontoffice", s.backofficeFrontoffice());
        v.put("status", s.status().name());
        v.put("datum", s.datum().toString());
        return v;
    }

    private Spanning bestaande(long id, long spanningId) {
        return repository.spanningen(id).stream()
                .filter(s -> s.id() == spanningId)
                .findFirst()
                .orElseThrow(() -> new NietGevondenException("spanning"));
    }
}
