package nl.samenspel.stappen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.Melding;
import nl.samenspel.platform.Teksten;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.BesluitOrgaan;
import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HuidigeGebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Across the steps: a party marks a step as discussed (or withdraws that), the regisseur records such a mark on
 * behalf of a party (which the party confirms or withdraws), the regisseur postpones a decision or opens the form step early. Reached through {@link Stappen}.
 */
@Component
class Bespreking {

    private final StappenRepository repository;
    private final Samenwerkingen samenwerkingen;
    private final AuditTrail audit;
    private final StapBasis basis;
    private final StappenStand stand;
    private final Teksten teksten;

    Bespreking(
            StappenRepository repository,
            Samenwerkingen samenwerkingen,
            AuditTrail audit,
            StapBasis basis,
            StappenStand stand,
            Teksten teksten) {
        this.repository = repository;
        this.samenwerkingen = samenwerkingen;
        this.audit = audit;
        this.basis = basis;
        this.stand = stand;
        this.teksten = teksten;
    }

    // ---- discussed, postponed, unlocked ----

    /**
     * The signed-in AMBTENAAR/BESTUURDER marks a step as discussed for their own municipality ("ambtelijk
     * besproken"), on the step's current content; an outdated mark of the municipality is given again, a mark the
     * regisseur recorded on the municipality's behalf is confirmed (then it is theirs).
     */
    void markeerBesproken(long id, Stap stap) {
        markeerBesproken(id, stap, null, false, null);
    }

    /**
     * Marks a step as discussed: by staff of a party for their own municipality ({@code gemeente} left out or their
     * own; {@code namens} false), or by the regisseur on behalf of a party after a meeting with it ({@code namens}
     * true, {@code gemeente} required). {@code revisie}: the step's content revision the user saw (left out: the
     * current one); another revision is a version conflict. Returns what changed.
     */
    StappenRepository.Markering markeerBesproken(
            long id, Stap stap, @Nullable String gemeente, boolean namens, @Nullable Long revisie) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(id);
        Gebruiker g = HuidigeGebruiker.get();
        String gekozen = StapBasis.bron(gemeente);
        String code;
        if (namens) {
            // Only the regisseur (403 for anyone else, before looking at the input), for a participating municipality.
            Recht.als(SamenwerkingRechten.regisseurVan(g, s), s)
                    .eis(s, "besproken namens markeren (samenwerking " + id + ")");
            Fouten fouten = new Fouten();
            if (gekozen == null) {
                fouten.voeg("gemeente", "fout.verplicht");
            } else if (!s.neemtDeel(gekozen)) {
                fouten.voeg("gemeente", "stappen.namens.gemeente.onbekend");
            }
            fouten.gooiAlsNietLeeg();
            StappenRechten.besprekenNamens(g, s, gekozen).eis(s, "besproken namens markeren (samenwerking " + id + ")");
            code = Objects.requireNonNull(gekozen, "checked above");
        } else {
            StappenRechten.bespreken(g, s).eis(s, "besproken markeren (samenwerking " + id + ")");
            // Only staff of a participating municipality may discuss (StappenRechten.bespreken), for their own.
            String eigen = Objects.requireNonNull(g.gemeenteCode(), "a party's municipality");
            if (gekozen != null && !gekozen.equals(eigen)) {
                Recht.als(false, s).eis(s, "besproken markeren voor een andere gemeente (samenwerking " + id + ")");
            }
            code = eigen;
        }
        if (stap == Stap.VORM) {
            List<Melding> ontbreekt = stand.ontbreektVoorVorm(s);
            if (!ontbreekt.isEmpty() && repository.ontgrendeling(id).isEmpty()) {
                throw new ConflictException("stappen.vorm.dicht", ontbreekt);
            }
            throw new ConflictException("stappen.vorm.later", List.of());
        }
        if (!stand.heeftInhoud(id, stap)) {
            throw new ConflictException(
                    "stappen.besproken.leeg",
                    List.of(Melding.van("stappen.ontbreekt.inhoud", Melding.van(stap.labelSleutel()))));
        }
        // The mark is about the content the user saw: refused when the step changed since.
        if (revisie != null && revisie != repository.revisie(id, stap).revisie()) {
            throw new VersieConflictException();
        }
        Besproken voor = repository.besproken(id).stream()
                .filter(b -> b.stap() == stap && b.gemeenteCode().equals(code))
                .findFirst()
                .orElse(null);
        StappenRepository.Markering m = repository.markeer(id, stap, code, g.gebruikersnaam(), namens);
        switch (m) {
            case ONGEWIJZIGD -> {}
            case GEMARKEERD -> {
                audit.legVast(
                        voor == null ? Actie.AANGEMAAKT : Actie.GEWIJZIGD,
                        "stap_besproken",
                        stap.name() + ":" + code,
                        id,
                        voor == null ? Map.of() : vastlegging(voor),
                        Map.of(
                                "stap", stap.name(),
                                "gemeente", code,
                                "door", g.gebruikersnaam(),
                                "namens", String.valueOf(namens)));
                basis.gewijzigd(id, namens ? "stap-besproken-namens" : "stap-besproken");
            }
            case BEVESTIGD -> {
                audit.legVast(
                        Actie.GEWIJZIGD,
                        "stap_besproken",
                        stap.name() + ":" + code,
                        id,
                        voor == null ? Map.of() : vastlegging(voor),
                        Map.of("stap", stap.name(), "gemeente", code, "door", g.gebruikersnaam(), "namens", "false"));
                basis.gewijzigd(id, "besproken-bevestigd");
            }
        }
        return m;
    }

    private static Map<String, Object> vastlegging(Besproken b) {
        return Map.of(
                "stap", b.stap().name(),
                "gemeente", b.gemeenteCode(),
                "door", b.door(),
                "namens", String.valueOf(b.namens()));
    }

    /**
     * Withdraws the own municipality's mark. When every party had agreed before, this re-opens the step:
     * recorded as a postponed decision (HEROPEND).
     */
    boolean trekBesprokenIn(long id, Stap stap, @Nullable String reden) {
        return trekBesprokenIn(id, stap, reden, null);
    }

    /**
     * As {@link #trekBesprokenIn(long, Stap, String)}; {@code gemeente}: for staff of a party only their own (or
     * left out). The regisseur withdraws only a mark they recorded on behalf of {@code gemeente} that the
     * municipality has not confirmed (a mistaken party, say); never a municipality's own mark.
     */
    boolean trekBesprokenIn(long id, Stap stap, @Nullable String reden, @Nullable String gekozenGemeente) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(id);
        Gebruiker g = HuidigeGebruiker.get();
        String gekozen = StapBasis.bron(gekozenGemeente);
        boolean regisseur = SamenwerkingRechten.regisseurVan(g, s);
        String gemeente;
        if (regisseur) {
            Recht.als(true, s).eis(s, "besproken namens intrekken");
            Fouten fouten = new Fouten();
            if (gekozen == null) {
                fouten.voeg("gemeente", "fout.verplicht");
            } else if (!s.neemtDeel(gekozen)) {
                fouten.voeg("gemeente", "stappen.namens.gemeente.onbekend");
            }
            fouten.gooiAlsNietLeeg();
            gemeente = Objects.requireNonNull(gekozen, "checked above");
        } else {
            StappenRechten.bespreken(g, s).eis(s, "besproken intrekken (samenwerking " + id + ")");
            gemeente = Objects.requireNonNull(g.gemeenteCode(), "a party's municipality");
            if (gekozen != null && !gekozen.equals(gemeente)) {
                Recht.als(false, s).eis(s, "besproken intrekken voor een andere gemeente (samenwerking " + id + ")");
            }
        }
        Fouten fouten = new Fouten();
        fouten.optioneleTekst("reden", reden, Stappen.MAX_REDEN);
        fouten.gooiAlsNietLeeg();
        boolean allen = stand.stand(s).get(stap.ordinal()).doorIedereen();
        Besproken voor = repository.besproken(id).stream()
                .filter(b -> b.stap() == stap && b.gemeenteCode().equals(gemeente))
                .findFirst()
                .orElse(null);
        if (regisseur && voor != null && !voor.namens()) {
            Recht.als(false, s).eis(s, "de eigen markering van " + gemeente + " intrekken (samenwerking " + id + ")");
        }
        if (voor == null || !repository.trekIn(id, stap, gemeente)) {
            return false;
        }
        audit.legVast(
                Actie.VERWIJDERD, "stap_besproken", stap.name() + ":" + gemeente, id, vastlegging(voor), Map.of());
        if (allen) {
            String schoon = StapBasis.leeg(reden);
            repository.voegUitstelToe(id, "STAP:" + stap.name(), "HEROPEND", schoon, g.gebruikersnaam());
            audit.legVast(
                    Actie.AANGEMAAKT,
                    "besluit_uitstel",
                    "STAP:" + stap.name(),
                    id,
                    Map.of(),
                    StapBasis.mapMetNull("onderwerp", "STAP:" + stap.name(), "soort", "HEROPEND", "reden", schoon));
        }
        basis.gewijzigd(id, allen ? "stap-heropend" : "besproken-ingetrokken");
        return allen;
    }

    /**
     * Records that a municipality's deciding body decided on a step ("bestuurlijk vastgesteld"), on the current
     * content of the step. The regisseur, or a BESTUURDER of that municipality ({@link StappenRechten#vaststellen}).
     */
    Vaststelling stelVast(long id, Stap stap, @Nullable Long revisie, Invoer.VaststellingInvoer invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(id);
        Gebruiker g = HuidigeGebruiker.get();
        String gekozen = StapBasis.bron(invoer.gemeente());
        String gemeente = gekozen != null ? gekozen : g.gemeenteCode();
        Fouten fouten = new Fouten();
        if (gemeente == null) {
            fouten.voeg("gemeente", "fout.verplicht").gooiAlsNietLeeg();
        }
        StappenRechten.vaststellen(g, s, gemeente).eis(s, "bestuurlijk vaststellen voor " + gemeente);
        if (stap == Stap.VORM) {
            throw new ConflictException("stappen.vorm.later", List.of());
        }
        BesluitOrgaan orgaan = StapBasis.keuze(
                fouten, "orgaan", invoer.orgaan(), BesluitOrgaan.class, "stappen.vaststelling.orgaan.onbekend");
        if (orgaan != null && !orgaan.vanGemeente()) {
            fouten.voeg("orgaan", "stappen.vaststelling.orgaan.onbekend");
        }
        java.time.LocalDate datum = Gebeurdatum.uitFormulier(fouten, "datum", invoer.datum());
        fouten.tekst("referentie", invoer.referentie(), Stappen.MAX_REFERENTIE);
        fouten.gooiAlsNietLeeg();
        if (!stand.heeftInhoud(id, stap)) {
            throw new ConflictException(
                    "stappen.besproken.leeg",
                    List.of(Melding.van("stappen.ontbreekt.inhoud", Melding.van(stap.labelSleutel()))));
        }
        // The decision is about the content the user saw: refused when the step changed since.
        if (revisie != null && revisie != repository.revisie(id, stap).revisie()) {
            throw new VersieConflictException();
        }
        String referentie = StapBasis.gevalideerd(invoer.referentie());
        String code = Objects.requireNonNull(gemeente, "checked by the policy");
        long vid = repository.voegVaststellingToe(
                id, stap, code, Objects.requireNonNull(orgaan, "validated"), datum, referentie, g.gebruikersnaam());
        audit.legVast(
                Actie.AANGEMAAKT,
                "stap_vaststelling",
                vid,
                id,
                Map.of(),
                Map.of(
                        "stap", stap.name(),
                        "gemeente", code,
                        "orgaan", orgaan.name(),
                        "datum", datum.toString(),
                        "referentie", referentie));
        basis.gewijzigd(id, "stap-vastgesteld");
        return repository.vaststellingen(id).stream()
                .filter(v -> v.id() == vid)
                .findFirst()
                .orElseThrow();
    }

    /** The regisseur records that a step or phase transition is deliberately put off, and why. */
    void stelUit(long id, @Nullable String onderwerp, @Nullable String reden, java.time.@Nullable LocalDate datum) {
        basis.eis(id, StappenRechten::uitstellen, "besluit uitstellen");
        Fouten fouten = new Fouten();
        java.time.LocalDate dag = Gebeurdatum.controleer(fouten, "datum", datum);
        String o = onderwerp == null ? "" : onderwerp.strip().toUpperCase(Locale.ROOT);
        if (!geldigOnderwerp(o)) {
            fouten.voeg("onderwerp", "stappen.uitstel.onderwerp.onbekend");
        }
        fouten.tekst("reden", reden, Stappen.MAX_REDEN);
        fouten.gooiAlsNietLeeg();
        repository.voegUitstelToe(
                id,
                o,
                "UITGESTELD",
                StapBasis.gevalideerd(reden),
                HuidigeGebruiker.get().gebruikersnaam(),
                dag);
        audit.legVast(
                Actie.AANGEMAAKT,
                "besluit_uitstel",
                o,
                id,
                Map.of(),
                Map.of(
                        "onderwerp",
                        o,
                        "soort",
                        "UITGESTELD",
                        "reden",
                        StapBasis.gevalideerd(reden),
                        "datum",
                        dag.toString()));
        basis.gewijzigd(id, "besluit-uitgesteld");
    }

    static List<String> onderwerpen() {
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
    Ontgrendeling ontgrendelVorm(
            long id,
            @Nullable String reden,
            java.time.@Nullable LocalDate datum,
            nl.samenspel.samenwerking.@Nullable BesluitOrgaan besluitOrgaan) {
        Samenwerking s = basis.eis(id, StappenRechten::vormOntgrendelen, "vormstap openen");
        Fouten fouten = new Fouten();
        java.time.LocalDate dag = Gebeurdatum.controleer(fouten, "datum", datum);
        fouten.tekst("reden", reden, Stappen.MAX_REDEN);
        fouten.gooiAlsNietLeeg();
        // What was missing is kept as the Dutch text the regisseur saw at that moment.
        List<String> ontbreekt =
                stand.ontbreektVoorVorm(s).stream().map(teksten::t).toList();
        repository.ontgrendel(
                id,
                StapBasis.gevalideerd(reden),
                ontbreekt.isEmpty() ? null : String.join("\n", ontbreekt),
                HuidigeGebruiker.get().gebruikersnaam(),
                dag,
                besluitOrgaan);
        audit.legVast(
                Actie.AANGEMAAKT,
                "vorm_ontgrendeling",
                id,
                id,
                Map.of(),
                StapBasis.mapMetNull(
                        "reden",
                        StapBasis.gevalideerd(reden),
                        "ontbrak",
                        String.join("; ", ontbreekt),
                        "datum",
                        dag.toString(),
                        "besluitOrgaan",
                        besluitOrgaan == null ? null : besluitOrgaan.name()));
        return basis.gewijzigd(
                id, "vorm-ontgrendeld", repository.ontgrendeling(id).orElseThrow());
    }
}
