package nl.samenspel.stappen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HuidigeGebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Step 1, "wat willen we": the goals, one by one (pages) or the whole list at once (API). Reached through {@link Stappen}.
 */
@Component
class WatStap {

    private final StappenRepository repository;
    private final Samenwerkingen samenwerkingen;
    private final AuditTrail audit;
    private final StapBasis basis;
    private final StappenStand stand;

    WatStap(
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

    Doel voegDoelToe(long id, Invoer.DoelInvoer invoer) {
        Samenwerking s = basis.eis(id, StappenRechten::doelToevoegen, "doel toevoegen");
        Fouten fouten = new Fouten();
        DoelSoort soort = doel(fouten, "", s, invoer);
        StapBasis.binnenGrens(fouten, "tekst", repository.doelen(id).size() + 1);
        fouten.gooiAlsNietLeeg();
        long doelId = repository.voegDoelToe(
                id,
                Objects.requireNonNull(soort, "validated"),
                StapBasis.gevalideerd(invoer.tekst()),
                StapBasis.bron(invoer.bronGemeente()),
                StapBasis.eigenaar(HuidigeGebruiker.get(), s));
        Doel d = repository.doelen(id).stream()
                .filter(x -> x.id() == doelId)
                .findFirst()
                .orElseThrow();
        audit.legVast(Actie.AANGEMAAKT, "doel", doelId, id, Map.of(), velden(d));
        return basis.inhoudGewijzigd(id, Stap.WAT, "doel-toegevoegd", d);
    }

    Doel wijzigDoel(long id, long doelId, long versie, Invoer.DoelInvoer invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(id);
        Doel voor = repository.doelen(id).stream()
                .filter(x -> x.id() == doelId)
                .findFirst()
                .orElseThrow(() -> new NietGevondenException("doel"));
        StappenRechten.doelWijzigen(HuidigeGebruiker.get(), s, voor, basis.besprokenDoor(id, Stap.WAT))
                .eis(s, "doel wijzigen");
        Fouten fouten = new Fouten();
        DoelSoort soort = doel(fouten, "", s, invoer);
        fouten.gooiAlsNietLeeg();
        repository.wijzigDoel(
                id,
                doelId,
                versie,
                Objects.requireNonNull(soort, "validated"),
                StapBasis.gevalideerd(invoer.tekst()),
                StapBasis.bron(invoer.bronGemeente()));
        Doel na = repository.doelen(id).stream()
                .filter(x -> x.id() == doelId)
                .findFirst()
                .orElseThrow();
        audit.legVast(Actie.GEWIJZIGD, "doel", doelId, id, velden(voor), velden(na));
        if (velden(voor).equals(velden(na))) {
            return basis.gewijzigd(id, "doel-gewijzigd", na);
        }
        return basis.inhoudGewijzigd(id, Stap.WAT, "doel-gewijzigd", na);
    }

    void verwijderDoel(long id, long doelId, long versie) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(id);
        Doel voor = repository.doelen(id).stream()
                .filter(x -> x.id() == doelId)
                .findFirst()
                .orElseThrow(() -> new NietGevondenException("doel"));
        StappenRechten.doelVerwijderen(HuidigeGebruiker.get(), s, voor, basis.besprokenDoor(id, Stap.WAT))
                .eis(s, "doel verwijderen");
        repository.verwijderDoel(id, doelId, versie);
        audit.legVast(Actie.VERWIJDERD, "doel", doelId, id, velden(voor), Map.of());
        basis.inhoudGewijzigd(id, Stap.WAT, "doel-verwijderd");
    }

    /**
     * The API's full replacement of the goals; {@code versie} is the step ETag the client saw. A goal sent back
     * unchanged keeps its owner; every goal that disappears or changes must be one the user may remove
     * ({@link StappenRechten#doelVerwijderen}), new ones are the user's.
     */
    List<Doel> vervangDoelen(long id, long versie, List<Invoer.DoelInvoer> invoer) {
        Gebruiker g = HuidigeGebruiker.get();
        Samenwerking s = basis.eis(id, StappenRechten::doelToevoegen, "doelen vervangen");
        Fouten fouten = new Fouten();
        StapBasis.binnenGrens(fouten, "doelen", invoer.size());
        List<DoelSoort> soorten = new ArrayList<>();
        for (int i = 0; i < invoer.size() && i < Stappen.MAX_DOELEN; i++) {
            soorten.add(doel(fouten, "doelen[" + i + "].", s, invoer.get(i)));
        }
        fouten.gooiAlsNietLeeg();
        if (stand.versie(id, Stap.WAT) != versie) {
            throw new VersieConflictException();
        }
        List<Doel> voor = repository.doelen(id);
        List<Doel> over = new ArrayList<>(voor);
        List<String> eigenaren = new ArrayList<>();
        for (int i = 0; i < invoer.size(); i++) {
            DoelSoort soort = soorten.get(i);
            String tekst = StapBasis.gevalideerd(invoer.get(i).tekst());
            String bron = StapBasis.bron(invoer.get(i).bronGemeente());
            Doel zelfde = over.stream()
                    .filter(d -> d.zelfdeInhoud(soort, tekst, bron))
                    .findFirst()
                    .orElse(null);
            over.remove(zelfde);
            eigenaren.add(zelfde != null ? zelfde.toegevoegdDoorGemeente() : StapBasis.eigenaar(g, s));
        }
        Set<String> watDoor = basis.besprokenDoor(id, Stap.WAT);
        for (Doel weg : over) {
            StappenRechten.doelVerwijderen(g, s, weg, watDoor).eis(s, "doel " + weg.id() + " verwijderen");
        }
        repository.verwijderDoelen(id);
        for (int i = 0; i < invoer.size(); i++) {
            repository.voegDoelToe(
                    id,
                    soorten.get(i),
                    StapBasis.gevalideerd(invoer.get(i).tekst()),
                    StapBasis.bron(invoer.get(i).bronGemeente()),
                    eigenaren.get(i));
        }
        List<Doel> na = repository.doelen(id);
        audit.legVast(
                Actie.GEWIJZIGD,
                Stappen.ENTITEIT_STAP,
                Stap.WAT.name(),
                id,
                Map.of("doelen", doelTekst(voor)),
                Map.of("doelen", doelTekst(na)));
        if (doelTekst(voor).equals(doelTekst(na))) {
            basis.gewijzigd(id, "wat-vervangen");
        } else {
            basis.inhoudGewijzigd(id, Stap.WAT, "wat-vervangen");
        }
        return na;
    }

    private @Nullable DoelSoort doel(Fouten fouten, String prefix, Samenwerking s, Invoer.@Nullable DoelInvoer invoer) {
        if (invoer == null) {
            fouten.voeg(prefix + "tekst", "fout.verplicht");
            return null;
        }
        fouten.tekst(prefix + "tekst", invoer.tekst(), Fouten.MAX_LANG);
        DoelSoort soort = StapBasis.keuze(
                fouten, prefix + "soort", invoer.soort(), DoelSoort.class, "stappen.doel.soort.onbekend");
        String bron = StapBasis.bron(invoer.bronGemeente());
        if (bron != null && !s.neemtDeel(bron)) {
            fouten.voeg(prefix + "bronGemeente", "stappen.gemeente.geen-partij", StapBasis.kort(bron));
        }
        return soort;
    }

    private static String doelTekst(List<Doel> doelen) {
        return doelen.stream().map(d -> d.soort().name() + ": " + d.tekst()).collect(Collectors.joining("\n"));
    }

    private static Map<String, Object> velden(Doel d) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("soort", d.soort().name());
        v.put("tekst", d.tekst());
        v.put("bronGemeente", d.bronGemeente());
        return v;
    }
}
