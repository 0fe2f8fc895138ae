package nl.samenspel.stappen;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.Teksten;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HuidigeGebruiker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of rule 1 for one samenwerking: reading (whoever may see the samenwerking), writing (its regisseur
 * and the AMBTENAAR/BESTUURDER accounts of participating municipalities), discussed-marks per party, the gate
 * before the form step, postponed decisions. All checks and validation live here, shared by pages and API.
 */
@Service
public class Stappen {

    public static final int MAX_DOELEN = 100;
    public static final int MAX_REDEN = 2000;
    static final String ENTITEIT_STAP = "stap";

    private static final Logger LOG = LoggerFactory.getLogger(Stappen.class);

    private final StappenRepository repository;
    private final Samenwerkingen samenwerkingen;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Teksten teksten;

    Stappen(StappenRepository repository, Samenwerkingen samenwerkingen, AuditTrail audit,
            ApplicationEventPublisher events, Teksten teksten) {
        this.repository = repository;
        this.samenwerkingen = samenwerkingen;
        this.audit = audit;
        this.events = events;
        this.teksten = teksten;
    }

    // ---- who may do what ----

    // The rules themselves are in StappenRechten; these answer them for the current user.

    public boolean isRegisseur(Samenwerking s) {
        return SamenwerkingRechten.regisseurVan(HuidigeGebruiker.get(), s);
    }

    /** May add content to the steps now (not archived). */
    public boolean kanSchrijven(Samenwerking s) {
        return StappenRechten.doelToevoegen(HuidigeGebruiker.get(), s).ja();
    }

    /** Civil servants and aldermen mark steps for their own municipality, when it takes part (not archived). */
    public boolean kanBespreken(Samenwerking s) {
        return StappenRechten.bespreken(HuidigeGebruiker.get(), s).ja();
    }

    /** The rules for the current user on this samenwerking, for a page to ask per item. */
    @Transactional(readOnly = true)
    public StappenRechten.Voor rechten(Samenwerking s) {
        return new StappenRechten.Voor(HuidigeGebruiker.get(), s, besprokenDoor(s.id()));
    }

    private java.util.Map<Stap, Set<String>> besprokenDoor(long id) {
        java.util.Map<Stap, Set<String>> door = new java.util.EnumMap<>(Stap.class);
        repository.besproken(id).forEach(b -> door.computeIfAbsent(b.stap(), k -> new HashSet<>()).add(b.gemeenteCode()));
        return door;
    }

    private Set<String> besprokenDoor(long id, Stap stap) {
        return besprokenDoor(id).getOrDefault(stap, Set.of());
    }

    private Samenwerking eis(long id, java.util.function.BiFunction<Gebruiker, Samenwerking, Recht> regel, String wat) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(id);
        regel.apply(HuidigeGebruiker.get(), s).eis(s, wat + " (samenwerking " + id + ")");
        return s;
    }

    /** The owner a new goal gets: null when the regisseur adds it, else the user's municipality. */
    private static String eigenaar(Gebruiker g, Samenwerking s) {
        return SamenwerkingRechten.regisseurVan(g, s) ? null : g.gemeenteCode();
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public Samenwerking samenwerking(long id) {
        return samenwerkingen.vind(id);
    }

    @Transactional(readOnly = true)
    public List<Doel> doelen(long id) {
        samenwerkingen.vind(id);
        return repository.doelen(id);
    }

    @Transactional(readOnly = true)
    public Werkwijze werkwijze(long id) {
        samenwerkingen.vind(id);
        return repository.werkwijze(id).orElse(Werkwijze.LEEG);
    }

    @Transactional(readOnly = true)
    public List<Spanning> spanningen(long id) {
        samenwerkingen.vind(id);
        return repository.spanningen(id);
    }

    @Transactional(readOnly = true)
    public Spanning spanning(long id, long spanningId) {
        return spanningen(id).stream().filter(s -> s.id() == spanningId).findFirst()
                .orElseThrow(() -> new NietGevondenException("spanning"));
    }

    @Transactional(readOnly = true)
    public List<Dynamiek> dynamiek(long id) {
        samenwerkingen.vind(id);
        return repository.dynamiek(id);
    }

    @Transactional(readOnly = true)
    public List<Uitstel> uitstel(long id) {
        samenwerkingen.vind(id);
        return repository.uitstel(id);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Ontgrendeling> ontgrendeling(long id) {
        samenwerkingen.vind(id);
        return repository.ontgrendeling(id);
    }

    /** The five steps with their state, in order. */
    @Transactional(readOnly = true)
    public List<StapStand> stand(long id) {
        Samenwerking s = samenwerkingen.vind(id);
        List<Besproken> besproken = repository.besproken(id);
        boolean vormOpen = ontbreektVoorVorm(s).isEmpty() || repository.ontgrendeling(id).isPresent();
        StappenRepository.Inhoud inhoud = repository.inhoud(id);
        List<StapStand> stand = new ArrayList<>();
        for (Stap stap : Stap.values()) {
            List<Besproken> vanStap = besproken.stream().filter(b -> b.stap() == stap).toList();
            Set<String> wel = vanStap.stream().map(Besproken::gemeenteCode).collect(Collectors.toSet());
            List<Gemeente> nogNiet = s.gemeenten().stream().filter(g -> !wel.contains(g.code())).toList();
            stand.add(new StapStand(stap, heeftInhoud(id, inhoud, stap), vanStap, nogNiet, stap != Stap.VORM || vormOpen));
        }
        return stand;
    }

    @Transactional(readOnly = true)
    public StapStand stand(long id, Stap stap) {
        return stand(id).get(stap.ordinal());
    }

    boolean heeftInhoud(long id, Stap stap) {
        return heeftInhoud(id, repository.inhoud(id), stap);
    }

    private boolean heeftInhoud(long id, StappenRepository.Inhoud inhoud, Stap stap) {
        return switch (stap) {
            case WAT -> inhoud.doel();
            case HOE -> repository.werkwijze(id).map(Werkwijze::gevuld).orElse(false);
            case SPANNINGEN -> inhoud.spanning();
            case VANZELFDYNAMIEK -> inhoud.dynamiek();
            case VORM -> false;
        };
    }

    /** Dutch lines: what keeps the form step (and phase VORMGEVEN) locked. Empty when the gate is met. */
    @Transactional(readOnly = true)
    public List<String> ontbreektVoorVorm(long id) {
        return ontbreektVoorVorm(samenwerkingen.vind(id));
    }

    List<String> ontbreektVoorVorm(Samenwerking s) {
        List<Besproken> besproken = repository.besproken(s.id());
        StappenRepository.Inhoud inhoud = repository.inhoud(s.id());
        List<String> ontbreekt = new ArrayList<>();
        for (Stap stap : Stap.VOOR_VORM) {
            String label = teksten.t(stap.labelSleutel());
            if (!heeftInhoud(s.id(), inhoud, stap)) {
                ontbreekt.add(teksten.t("stappen.ontbreekt.inhoud", label));
            }
            Set<String> wel = besproken.stream().filter(b -> b.stap() == stap).map(Besproken::gemeenteCode)
                    .collect(Collectors.toSet());
            List<String> nogNiet = s.gemeenten().stream().filter(g -> !wel.contains(g.code())).map(Gemeente::naam).toList();
            if (!nogNiet.isEmpty()) {
                ontbreekt.add(teksten.t("stappen.ontbreekt.besproken", label, String.join(", ", nogNiet)));
            }
        }
        return ontbreekt;
    }

    @Transactional(readOnly = true)
    public boolean vormOpen(long id) {
        Samenwerking s = samenwerkingen.vind(id);
        return repository.ontgrendeling(id).isPresent() || ontbreektVoorVorm(s).isEmpty();
    }

    /** Steps discussed by some but not all parties, as 'WAT', 'HOE', ... */
    List<String> deelsBesproken(Samenwerking s) {
        List<Besproken> besproken = repository.besproken(s.id());
        List<String> deels = new ArrayList<>();
        for (Stap stap : Stap.values()) {
            long aantal = besproken.stream().filter(b -> b.stap() == stap && s.neemtDeel(b.gemeenteCode())).count();
            if (aantal > 0 && aantal < s.gemeenten().size()) {
                deels.add(stap.name());
            }
        }
        return deels;
    }

    /** ETag of a list step: changes whenever an item is added, changed or removed. */
    @Transactional(readOnly = true)
    public long versie(long id, Stap stap) {
        samenwerkingen.vind(id);
        return switch (stap) {
            case WAT -> controlegetal(repository.doelen(id).stream().map(d -> d.id() + ":" + d.versie()).toList());
            case HOE -> repository.werkwijze(id).map(Werkwijze::versie).orElse(0L);
            case SPANNINGEN -> controlegetal(repository.spanningen(id).stream().map(d -> d.id() + ":" + d.versie()).toList());
            case VANZELFDYNAMIEK -> controlegetal(repository.dynamiek(id).stream().map(d -> d.id() + ":" + d.versie()).toList());
            case VORM -> repository.ontgrendeling(id).isPresent() ? 1 : 0;
        };
    }

    private static long controlegetal(List<String> delen) {
        CRC32 crc = new CRC32();
        crc.update(String.join(";", delen).getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    // ---- wat ----

    @Transactional
    public Doel voegDoelToe(long id, Invoer.DoelInvoer invoer) {
        Samenwerking s = eis(id, StappenRechten::doelToevoegen, "doel toevoegen");
        Fouten fouten = new Fouten();
        DoelSoort soort = doel(fouten, "", s, invoer);
        fouten.gooiAlsNietLeeg();
        long doelId = repository.voegDoelToe(id, soort, invoer.tekst().strip(), bron(invoer.bronGemeente()),
                eigenaar(HuidigeGebruiker.get(), s));
        Doel d = repository.doelen(id).stream().filter(x -> x.id() == doelId).findFirst().orElseThrow();
        audit.legVast(Actie.AANGEMAAKT, "doel", doelId, id, Map.of(), velden(d));
        return gewijzigd(id, "doel-toegevoegd", d);
    }

    @Transactional
    public Doel wijzigDoel(long id, long doelId, long versie, Invoer.DoelInvoer invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(id);
        Doel voor = repository.doelen(id).stream().filter(x -> x.id() == doelId).findFirst()
                .orElseThrow(() -> new NietGevondenException("doel"));
        StappenRechten.doelWijzigen(HuidigeGebruiker.get(), s, voor, besprokenDoor(id, Stap.WAT)).eis(s, "doel wijzigen");
        Fouten fouten = new Fouten();
        DoelSoort soort = doel(fouten, "", s, invoer);
        fouten.gooiAlsNietLeeg();
        repository.wijzigDoel(id, doelId, versie, soort, invoer.tekst().strip(), bron(invoer.bronGemeente()));
        Doel na = repository.doelen(id).stream().filter(x -> x.id() == doelId).findFirst().orElseThrow();
        audit.legVast(Actie.GEWIJZIGD, "doel", doelId, id, velden(voor), velden(na));
        return gewijzigd(id, "doel-gewijzigd", na);
    }

    @Transactional
    public void verwijderDoel(long id, long doelId, long versie) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(id);
        Doel voor = repository.doelen(id).stream().filter(x -> x.id() == doelId).findFirst()
                .orElseThrow(() -> new NietGevondenException("doel"));
        StappenRechten.doelVerwijderen(HuidigeGebruiker.get(), s, voor, besprokenDoor(id, Stap.WAT))
                .eis(s, "doel verwijderen");
        repository.verwijderDoel(id, doelId, versie);
        audit.legVast(Actie.VERWIJDERD, "doel", doelId, id, velden(voor), Map.of());
        gewijzigd(id, "doel-verwijderd", null);
    }

    /**
     * The API's full replacement of the goals; {@code versie} is the step ETag the client saw. A goal sent back
     * unchanged keeps its owner; every goal that disappears or changes must be one the user may remove
     * ({@link StappenRechten#doelVerwijderen}), new ones are the user's.
     */
    @Transactional
    public List<Doel> vervangDoelen(long id, long versie, List<Invoer.DoelInvoer> invoer) {
        Gebruiker g = HuidigeGebruiker.get();
        Samenwerking s = eis(id, StappenRechten::doelToevoegen, "doelen vervangen");
        Fouten fouten = new Fouten();
        if (invoer.size() > MAX_DOELEN) {
            fouten.voeg("doelen", "stappen.te-veel", MAX_DOELEN);
        }
        List<DoelSoort> soorten = new ArrayList<>();
        for (int i = 0; i < invoer.size() && i < MAX_DOELEN; i++) {
            soorten.add(doel(fouten, "doelen[" + i + "].", s, invoer.get(i)));
        }
        fouten.gooiAlsNietLeeg();
        if (versie(id, Stap.WAT) != versie) {
            throw new VersieConflictException();
        }
        List<Doel> voor = repository.doelen(id);
        List<Doel> over = new ArrayList<>(voor);
        List<String> eigenaren = new ArrayList<>();
        for (int i = 0; i < invoer.size(); i++) {
            DoelSoort soort = soorten.get(i);
            String tekst = invoer.get(i).tekst().strip();
            String bron = bron(invoer.get(i).bronGemeente());
            Doel zelfde = over.stream().filter(d -> d.zelfdeInhoud(soort, tekst, bron)).findFirst().orElse(null);
            over.remove(zelfde);
            eigenaren.add(zelfde != null ? zelfde.toegevoegdDoorGemeente() : eigenaar(g, s));
        }
        Set<String> watDoor = besprokenDoor(id, Stap.WAT);
        for (Doel weg : over) {
            StappenRechten.doelVerwijderen(g, s, weg, watDoor).eis(s, "doel " + weg.id() + " verwijderen");
        }
        repository.verwijderDoelen(id);
        for (int i = 0; i < invoer.size(); i++) {
            repository.voegDoelToe(id, soorten.get(i), invoer.get(i).tekst().strip(), bron(invoer.get(i).bronGemeente()),
                    eigenaren.get(i));
        }
        List<Doel> na = repository.doelen(id);
        audit.legVast(Actie.GEWIJZIGD, ENTITEIT_STAP, Stap.WAT.name(), id, Map.of("doelen", doelTekst(voor)),
                Map.of("doelen", doelTekst(na)));
        gewijzigd(id, "wat-vervangen", null);
        return na;
    }

    private DoelSoort doel(Fouten fouten, String prefix, Samenwerking s, Invoer.DoelInvoer invoer) {
        if (invoer == null) {
            fouten.voeg(prefix + "tekst", "fout.verplicht");
            return null;
        }
        fouten.tekst(prefix + "tekst", invoer.tekst(), Fouten.MAX_LANG);
        DoelSoort soort = keuze(fouten, prefix + "soort", invoer.soort(), DoelSoort.class, "stappen.doel.soort.onbekend");
        String bron = bron(invoer.bronGemeente());
        if (bron != null && !s.neemtDeel(bron)) {
            fouten.voeg(prefix + "bronGemeente", "stappen.gemeente.geen-partij", kort(bron));
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

    // ---- hoe ----

    @Transactional
    public Werkwijze wijzigWerkwijze(long id, long versie, Invoer.WerkwijzeInvoer invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(id);
        StappenRechten.werkwijzeWijzigen(HuidigeGebruiker.get(), s, besprokenDoor(id, Stap.HOE)).eis(s, "werkwijze wijzigen");
        Fouten fouten = new Fouten();
        fouten.optioneleTekst("wieDoetWat", invoer.wieDoetWat(), Fouten.MAX_LANG);
        fouten.optioneleTekst("afsprakenMaken", invoer.afsprakenMaken(), Fouten.MAX_LANG);
        fouten.optioneleTekst("levering", invoer.levering(), Fouten.MAX_LANG);
        fouten.optioneleTekst("sturing", invoer.sturing(), Fouten.MAX_LANG);
        fouten.optioneleTekst("bijsturing", invoer.bijsturing(), Fouten.MAX_LANG);
        fouten.gooiAlsNietLeeg();
        Werkwijze voor = repository.werkwijze(id).orElse(Werkwijze.LEEG);
        if (voor.versie() != versie) {
            throw new VersieConflictException();
        }
        repository.zetWerkwijze(id, versie, new Werkwijze(leeg(invoer.wieDoetWat()), leeg(invoer.afsprakenMaken()),
                leeg(invoer.levering()), leeg(invoer.sturing()), leeg(invoer.bijsturing()), versie));
        Werkwijze na = repository.werkwijze(id).orElseThrow();
        audit.legVast(voor.versie() == 0 ? Actie.AANGEMAAKT : Actie.GEWIJZIGD, "werkwijze", id, id, velden(voor), velden(na));
        return gewijzigd(id, "hoe-gewijzigd", na);
    }

    private static Map<String, Object> velden(Werkwijze w) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("wieDoetWat", w.wieDoetWat());
        v.put("afsprakenMaken", w.afsprakenMaken());
        v.put("levering", w.levering());
        v.put("sturing", w.sturing());
        v.put("bijsturing", w.bijsturing());
        return v;
    }

    // ---- spanningen ----

    @Transactional
    public Spanning maakSpanning(long id, Invoer.SpanningInvoer invoer) {
        Samenwerking s = eis(id, StappenRechten::spanningToevoegen, "spanning toevoegen");
        Spanning nieuw = spanning(s, 0, 0, invoer);
        long sid = repository.voegSpanningToe(id, nieuw);
        Spanning na = repository.spanningen(id).stream().filter(x -> x.id() == sid).findFirst().orElseThrow();
        audit.legVast(Actie.AANGEMAAKT, "spanning", sid, id, Map.of(), velden(na));
        return gewijzigd(id, "spanning-aangemaakt", na);
    }

    @Transactional
    public Spanning wijzigSpanning(long id, long spanningId, long versie, Invoer.SpanningInvoer invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(id);
        Spanning voor = spanning(id, spanningId);
        StappenRechten.spanningWijzigen(HuidigeGebruiker.get(), s, besprokenDoor(id, Stap.SPANNINGEN))
                .eis(s, "spanning wijzigen");
        Spanning nieuw = spanning(s, spanningId, versie, invoer);
        repository.wijzigSpanning(id, spanningId, versie, nieuw);
        Spanning na = spanning(id, spanningId);
        audit.legVast(Actie.GEWIJZIGD, "spanning", spanningId, id, velden(voor), velden(na));
        return gewijzigd(id, "spanning-gewijzigd", na);
    }

    @Transactional
    public void verwijderSpanning(long id, long spanningId, long versie) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(id);
        Spanning voor = spanning(id, spanningId);
        StappenRechten.spanningVerwijderen(HuidigeGebruiker.get(), s).eis(s, "spanning verwijderen");
        repository.verwijderSpanning(id, spanningId, versie);
        audit.legVast(Actie.VERWIJDERD, "spanning", spanningId, id, velden(voor), Map.of());
        gewijzigd(id, "spanning-verwijderd", null);
    }

    private Spanning spanning(Samenwerking s, long id, long versie, Invoer.SpanningInvoer invoer) {
        Fouten fouten = new Fouten();
        fouten.tekst("omschrijving", invoer.omschrijving(), Fouten.MAX_LANG);
        SpanningSoort soort = keuze(fouten, "soort", invoer.soort(), SpanningSoort.class, "stappen.spanning.soort.onbekend");
        SpanningStatus status = invoer.status() == null || invoer.status().isBlank() ? SpanningStatus.OPEN
                : keuze(fouten, "status", invoer.status(), SpanningStatus.class, "stappen.spanning.status.onbekend");
        fouten.optioneleTekst("hantering", invoer.hantering(), Fouten.MAX_LANG);
        fouten.optioneleTekst("escalatieroute", invoer.escalatieroute(), Fouten.MAX_LANG);
        fouten.optioneleTekst("backofficeFrontoffice", invoer.backofficeFrontoffice(), Fouten.MAX_LANG);
        Set<String> partijen = new LinkedHashSet<>();
        for (String code : invoer.partijen() == null ? List.<String>of() : invoer.partijen()) {
            String c = bron(code);
            if (c == null) {
                continue;
            }
            if (!s.neemtDeel(c)) {
                fouten.voeg("partijen", "stappen.gemeente.geen-partij", kort(c));
            }
            partijen.add(c);
        }
        fouten.gooiAlsNietLeeg();
        return new Spanning(id, invoer.omschrijving().strip(), soort, List.copyOf(partijen), leeg(invoer.hantering()),
                leeg(invoer.escalatieroute()), leeg(invoer.backofficeFrontoffice()), status, versie);
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
        return v;
    }

    // ---- vanzelfdynamiek ----

    @Transactional
    public Dynamiek voegDynamiekToe(long id, Invoer.DynamiekInvoer invoer) {
        eis(id, StappenRechten::dynamiekToevoegen, "vanzelfdynamiek toevoegen");
        Fouten fouten = new Fouten();
        Dynamiek d = dynamiek(fouten, "", invoer);
        fouten.gooiAlsNietLeeg();
        long did = repository.voegDynamiekToe(id, d);
        Dynamiek na = repository.dynamiek(id).stream().filter(x -> x.id() == did).findFirst().orElseThrow();
        audit.legVast(Actie.AANGEMAAKT, "dynamiek", did, id, Map.of(), velden(na));
        return gewijzigd(id, "dynamiek-toegevoegd", na);
    }

    @Transactional
    public Dynamiek wijzigDynamiek(long id, long dynamiekId, long versie, Invoer.DynamiekInvoer invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(id);
        Dynamiek voor = repository.dynamiek(id).stream().filter(x -> x.id() == dynamiekId).findFirst()
                .orElseThrow(() -> new NietGevondenException("dynamiek"));
        StappenRechten.dynamiekWijzigen(HuidigeGebruiker.get(), s).eis(s, "vanzelfdynamiek wijzigen");
        Fouten fouten = new Fouten();
        Dynamiek d = dynamiek(fouten, "", invoer);
        fouten.gooiAlsNietLeeg();
        repository.wijzigDynamiek(id, dynamiekId, versie, d);
        Dynamiek na = repository.dynamiek(id).stream().filter(x -> x.id() == dynamiekId).findFirst().orElseThrow();
        audit.legVast(Actie.GEWIJZIGD, "dynamiek", dynamiekId, id, velden(voor), velden(na));
        return gewijzigd(id, "dynamiek-gewijzigd", na);
    }

    @Transactional
    public void verwijderDynamiek(long id, long dynamiekId, long versie) {
        eis(id, StappenRechten::dynamiekVerwijderen, "vanzelfdynamiek verwijderen");
        Dynamiek voor = repository.dynamiek(id).stream().filter(x -> x.id() == dynamiekId).findFirst()
                .orElseThrow(() -> new NietGevondenException("dynamiek"));
        repository.verwijderDynamiek(id, dynamiekId, versie);
        audit.legVast(Actie.VERWIJDERD, "dynamiek", dynamiekId, id, velden(voor), Map.of());
        gewijzigd(id, "dynamiek-verwijderd", null);
    }

    @Transactional
    public List<Dynamiek> vervangDynamiek(long id, long versie, List<Invoer.DynamiekInvoer> invoer) {
        Samenwerking s = eis(id, StappenRechten::dynamiekToevoegen, "vanzelfdynamiek vervangen");
        Fouten fouten = new Fouten();
        if (invoer.size() > MAX_DOELEN) {
            fouten.voeg("items", "stappen.te-veel", MAX_DOELEN);
        }
        List<Dynamiek> nieuw = new ArrayList<>();
        for (int i = 0; i < invoer.size() && i < MAX_DOELEN; i++) {
            nieuw.add(dynamiek(fouten, "items[" + i + "].", invoer.get(i)));
        }
        fouten.gooiAlsNietLeeg();
        if (versie(id, Stap.VANZELFDYNAMIEK) != versie) {
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
        audit.legVast(Actie.GEWIJZIGD, ENTITEIT_STAP, Stap.VANZELFDYNAMIEK.name(), id,
                Map.of("items", dynamiekTekst(voor)), Map.of("items", dynamiekTekst(na)));
        gewijzigd(id, "dynamiek-vervangen", null);
        return na;
    }

    private static boolean zelfde(Dynamiek a, Dynamiek b) {
        return a.gedrag() == b.gedrag() && java.util.Objects.equals(a.eigenNaam(), b.eigenNaam())
                && java.util.Objects.equals(a.botsing(), b.botsing()) && java.util.Objects.equals(a.omgang(), b.omgang());
    }

    private Dynamiek dynamiek(Fouten fouten, String prefix, Invoer.DynamiekInvoer invoer) {
        if (invoer == null) {
            fouten.voeg(prefix + "gedrag", "stappen.dynamiek.kies");
            return null;
        }
        boolean metGedrag = invoer.gedrag() != null && !invoer.gedrag().isBlank();
        boolean metNaam = invoer.eigenNaam() != null && !invoer.eigenNaam().isBlank();
        Gedrag gedrag = null;
        if (metGedrag) {
            gedrag = keuze(fouten, prefix + "gedrag", invoer.gedrag(), Gedrag.class, "stappen.dynamiek.gedrag.onbekend");
        } else if (!metNaam) {
            fouten.voeg(prefix + "gedrag", "stappen.dynamiek.kies");
        }
        fouten.optioneleTekst(prefix + "eigenNaam", invoer.eigenNaam(), Fouten.MAX_KORT);
        fouten.optioneleTekst(prefix + "botsing", invoer.botsing(), Fouten.MAX_LANG);
        fouten.optioneleTekst(prefix + "omgang", invoer.omgang(), Fouten.MAX_LANG);
        return new Dynamiek(0, gedrag, metGedrag ? null : leeg(invoer.eigenNaam()), leeg(invoer.botsing()),
                leeg(invoer.omgang()), 0);
    }

    private String dynamiekTekst(List<Dynamiek> items) {
        return items.stream().map(d -> (d.gedrag() != null ? d.gedrag().name() : d.eigenNaam()) + ": " + d.botsing()
                + " / " + d.omgang()).collect(Collectors.joining("\n"));
    }

    private static Map<String, Object> velden(Dynamiek d) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("gedrag", d.gedrag() == null ? null : d.gedrag().name());
        v.put("eigenNaam", d.eigenNaam());
        v.put("botsing", d.botsing());
        v.put("omgang", d.omgang());
        return v;
    }

    // ---- discussed, postponed, unlocked ----

    /** The signed-in AMBTENAAR/BESTUURDER marks a step as discussed and agreed for their own municipality. */
    @Transactional
    public void markeerBesproken(long id, Stap stap) {
        Samenwerking s = eis(id, StappenRechten::bespreken, "besproken markeren");
        Gebruiker g = HuidigeGebruiker.get();
        if (stap == Stap.VORM) {
            List<String> ontbreekt = ontbreektVoorVorm(s);
            if (!ontbreekt.isEmpty() && repository.ontgrendeling(id).isEmpty()) {
                throw new ConflictException("stappen.vorm.dicht", ontbreekt);
            }
            throw new ConflictException("stappen.vorm.later", List.of());
        }
        if (!heeftInhoud(id, stap)) {
            throw new ConflictException("stappen.besproken.leeg",
                    List.of(teksten.t("stappen.ontbreekt.inhoud", teksten.t(stap.labelSleutel()))));
        }
        if (repository.markeer(id, stap, g.gemeenteCode(), g.gebruikersnaam())) {
            audit.legVast(Actie.AANGEMAAKT, "stap_besproken", stap.name() + ":" + g.gemeenteCode(), id, Map.of(),
                    Map.of("stap", stap.name(), "gemeente", g.gemeenteCode()));
            gewijzigd(id, "stap-besproken", null);
        }
    }

    /**
     * Withdraws the own municipality's mark. When every party had agreed before, this re-opens the step:
     * recorded as a postponed decision (HEROPEND).
     */
    @Transactional
    public boolean trekBesprokenIn(long id, Stap stap, String reden) {
        eis(id, StappenRechten::bespreken, "besproken intrekken");
        Gebruiker g = HuidigeGebruiker.get();
        Fouten fouten = new Fouten();
        fouten.optioneleTekst("reden", reden, MAX_REDEN);
        fouten.gooiAlsNietLeeg();
        boolean allen = stand(id, stap).doorIedereen();
        if (!repository.trekIn(id, stap, g.gemeenteCode())) {
            return false;
        }
        audit.legVast(Actie.VERWIJDERD, "stap_besproken", stap.name() + ":" + g.gemeenteCode(), id,
                Map.of("stap", stap.name(), "gemeente", g.gemeenteCode()), Map.of());
        if (allen) {
            String schoon = leeg(reden);
            repository.voegUitstelToe(id, "STAP:" + stap.name(), "HEROPEND", schoon, g.gebruikersnaam());
            audit.legVast(Actie.AANGEMAAKT, "besluit_uitstel", "STAP:" + stap.name(), id, Map.of(),
                    mapMetNull("onderwerp", "STAP:" + stap.name(), "soort", "HEROPEND", "reden", schoon));
        }
        gewijzigd(id, allen ? "stap-heropend" : "besproken-ingetrokken", null);
        return allen;
    }

    /** The regisseur records that a step or phase transition is deliberately put off, and why. */
    @Transactional
    public void stelUit(long id, String onderwerp, String reden) {
        eis(id, StappenRechten::uitstellen, "besluit uitstellen");
        Fouten fouten = new Fouten();
        String o = onderwerp == null ? "" : onderwerp.strip().toUpperCase(Locale.ROOT);
        if (!geldigOnderwerp(o)) {
            fouten.voeg("onderwerp", "stappen.uitstel.onderwerp.onbekend");
        }
        fouten.tekst("reden", reden, MAX_REDEN);
        fouten.gooiAlsNietLeeg();
        repository.voegUitstelToe(id, o, "UITGESTELD", reden.strip(), HuidigeGebruiker.get().gebruikersnaam());
        audit.legVast(Actie.AANGEMAAKT, "besluit_uitstel", o, id, Map.of(),
                Map.of("onderwerp", o, "soort", "UITGESTELD", "reden", reden.strip()));
        gewijzigd(id, "besluit-uitgesteld", null);
    }

    public static List<String> onderwerpen() {
        List<String> lijst = new ArrayList<>();
        for (Stap s : Stap.values()) {
            lijst.add("STAP:" + s.name());
        }
        for (nl.samenspel.samenwerking.Fase f : nl.samenspel.samenwerking.Fase.values()) {
            lijst.add("FASE:" + f.name());
        }
        return lijst;
    }

    private static boolean geldigOnderwerp(String o) {
        return onderwerpen().contains(o);
    }

    /** Opens the form step before the gate is met; only the regisseur, always with a reason. */
    @Transactional
    public Ontgrendeling ontgrendelVorm(long id, String reden) {
        Samenwerking s = eis(id, StappenRechten::vormOntgrendelen, "vormstap openen");
        Fouten fouten = new Fouten();
        fouten.tekst("reden", reden, MAX_REDEN);
        fouten.gooiAlsNietLeeg();
        List<String> ontbreekt = ontbreektVoorVorm(s);
        repository.ontgrendel(id, reden.strip(), ontbreekt.isEmpty() ? null : String.join("\n", ontbreekt),
                HuidigeGebruiker.get().gebruikersnaam());
        audit.legVast(Actie.AANGEMAAKT, "vorm_ontgrendeling", id, id, Map.of(),
                Map.of("reden", reden.strip(), "ontbrak", String.join("; ", ontbreekt)));
        return gewijzigd(id, "vorm-ontgrendeld", repository.ontgrendeling(id).orElseThrow());
    }

    // ---- practice copies and demo seeding ----

    /** Copies the step content (not the discussed-marks) of one samenwerking into a fresh practice one. */
    @Transactional
    void kopieer(long van, long naar) {
        repository.doelen(van).forEach(d -> repository.voegDoelToe(naar, d.soort(), d.tekst(), d.bronGemeente(),
                d.toegevoegdDoorGemeente()));
        repository.werkwijze(van).ifPresent(w -> repository.zetWerkwijze(naar, 0, w));
        repository.spanningen(van).forEach(sp -> repository.voegSpanningToe(naar, sp));
        repository.dynamiek(van).forEach(d -> repository.voegDynamiekToe(naar, d));
        events.publishEvent(new StappenGewijzigd(naar));
    }

    /** Example content for the demo case; does nothing when the case already has goals (idempotent). */
    @Transactional
    public boolean zaai(long id, List<Doel> doelen, Werkwijze hoe, List<Spanning> spanningen, List<Dynamiek> dynamiek,
            Map<String, String> watBesprokenDoor, List<Uitstel> uitgesteld) {
        if (!repository.doelen(id).isEmpty()) {
            return false;
        }
        doelen.forEach(d -> repository.voegDoelToe(id, d.soort(), d.tekst(), d.bronGemeente(), d.toegevoegdDoorGemeente()));
        repository.zetWerkwijze(id, 0, hoe);
        spanningen.forEach(sp -> repository.voegSpanningToe(id, sp));
        dynamiek.forEach(d -> repository.voegDynamiekToe(id, d));
        watBesprokenDoor.forEach((gemeente, door) -> repository.markeer(id, Stap.WAT, gemeente, door));
        uitgesteld.forEach(u -> repository.voegUitstelToe(id, u.onderwerp(), u.soort(), u.reden(), u.door()));
        events.publishEvent(new StappenGewijzigd(id));
        return true;
    }

    // ---- helpers ----

    private <T> T gewijzigd(long id, String event, T resultaat) {
        events.publishEvent(new StappenGewijzigd(id));
        LOG.info("event=stappen-{} samenwerking={} gebruiker={}", event, id, HuidigeGebruiker.get().gebruikersnaam());
        return resultaat;
    }

    private static <E extends Enum<E>> E keuze(Fouten fouten, String veld, String waarde, Class<E> type, String sleutel) {
        if (waarde == null || waarde.isBlank()) {
            fouten.voeg(veld, "fout.verplicht");
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(waarde.strip())) {
                return e;
            }
        }
        fouten.voeg(veld, sleutel);
        return null;
    }

    private static String bron(String code) {
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    private static String kort(String code) {
        return code.length() > 12 ? code.substring(0, 12) + "\u2026" : code;
    }

    private static String leeg(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    private static Map<String, Object> mapMetNull(Object... paren) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < paren.length; i += 2) {
            m.put((String) paren[i], paren[i + 1]);
        }
        return m;
    }

    static Set<String> codes(List<Gemeente> gemeenten) {
        return new HashSet<>(gemeenten.stream().map(Gemeente::code).toList());
    }
}
