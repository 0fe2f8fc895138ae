package nl.samenspel.samenwerking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.platform.Melding;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HuidigeGebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "What is next and who it waits for": asks every module's {@link Werkvoorraad} what a samenwerking still waits for
 * and puts it in the order of the method. When no module has anything open, the next step is the phase change (the
 * regisseur's), or, in the last phase, nothing. Access: {@link #van(long)} checks that the current user may see the
 * samenwerking; the list form takes samenwerkingen the caller already found through {@link Samenwerkingen}.
 */
@Service
public class VolgendeStappen {

    private final Samenwerkingen samenwerkingen;
    // Looked up per call: the contributions live in modules that themselves depend on this module.
    private final ObjectProvider<Werkvoorraad> werkvoorraden;
    private final ObjectProvider<FaseCriterium> criteria;

    VolgendeStappen(
            Samenwerkingen samenwerkingen,
            ObjectProvider<Werkvoorraad> werkvoorraden,
            ObjectProvider<FaseCriterium> criteria) {
        this.samenwerkingen = samenwerkingen;
        this.werkvoorraden = werkvoorraden;
        this.criteria = criteria;
    }

    /** The next step of a samenwerking the current user may see (else not found). */
    @Transactional(readOnly = true)
    public VolgendeStap van(long id) {
        return van(samenwerkingen.vind(id));
    }

    /** The next step of {@code s}; no access check (the caller found {@code s} through {@link Samenwerkingen}). */
    @Transactional(readOnly = true)
    public VolgendeStap van(Samenwerking s) {
        return van(List.of(s)).get(0);
    }

    /**
     * The next step of each samenwerking, in the same order, as the current user may see it (see {@link
     * VolgendeStap#magZien}; without a current user, unfiltered). Each module's {@link Werkvoorraad} is asked once for
     * the whole list (its bulk read), and the regisseurs' display names are read once per distinct regisseur.
     */
    @Transactional(readOnly = true)
    public List<VolgendeStap> van(List<Samenwerking> lijst) {
        Gebruiker lezer = HuidigeGebruiker.optioneel().orElse(null);
        List<Samenwerking> lopend =
                lijst.stream().filter(s -> !s.gearchiveerd()).toList();
        Map<Long, List<OpenPunt>> perSamenwerking = new HashMap<>();
        if (!lopend.isEmpty()) {
            // In the beans' order, so that within a phase the modules' order stays.
            werkvoorraden
                    .orderedStream()
                    .forEach(w -> w.open(lopend)
                            .forEach((id, punten) -> perSamenwerking
                                    .computeIfAbsent(id, k -> new ArrayList<>())
                                    .addAll(punten)));
        }
        Map<String, String> namen = new HashMap<>();
        List<VolgendeStap> uit = new ArrayList<>();
        for (Samenwerking s : lijst) {
            uit.add(bepaal(s, perSamenwerking.getOrDefault(s.id(), List.of()), lezer, namen));
        }
        return uit;
    }

    /** What the current user must do in each of these samenwerkingen (see {@link VolgendeStap#voor}). */
    @Transactional(readOnly = true)
    public List<VolgendeStap> mijnTaken(List<Samenwerking> lijst) {
        Gebruiker g = HuidigeGebruiker.get();
        return van(lijst).stream().filter(v -> !v.voor(g).isEmpty()).toList();
    }

    private VolgendeStap bepaal(
            Samenwerking s, List<OpenPunt> modules, @Nullable Gebruiker lezer, Map<String, String> namen) {
        if (s.gearchiveerd()) {
            return new VolgendeStap(s, List.of(), null, List.of());
        }
        List<OpenPunt> alles = new ArrayList<>(eigen(s));
        alles.addAll(modules);
        // Stable: within a phase the modules' own order (and the beans' order) stays.
        alles.sort(Comparator.comparing(OpenPunt::fase));
        if (alles.isEmpty() || alles.get(0).fase().compareTo(s.fase()) > 0) {
            // Nothing open in this phase (only what belongs to a later one, such as the steps to discuss while
            // exploring): finishing this phase comes first.
            OpenPunt fase = faseWijziging(s);
            if (fase == null) {
                return new VolgendeStap(s, List.of(), null, List.of());
            }
            alles.add(0, fase);
        }
        OpenPunt eerste = alles.get(0);
        List<OpenPunt> open = lezer == null
                ? alles
                : alles.stream().filter(p -> VolgendeStap.magZien(lezer, s, p)).toList();
        if (open.isEmpty() || open.get(0).fase().compareTo(eerste.fase()) > 0) {
            // What comes first is something this reader may not see (for example which party has no position yet):
            // say only that others still have work in that phase, not what or who it waits for.
            OpenPunt elders = OpenPunt.voorRegisseur(
                            eerste.fase(),
                            Melding.van(
                                    "volgende.elders", Melding.van(eerste.fase().labelSleutel())),
                            "/samenwerkingen/" + s.id())
                    .alsOpenbaar();
            List<OpenPunt> metElders = new ArrayList<>();
            metElders.add(elders);
            metElders.addAll(open);
            return new VolgendeStap(s, metElders, elders, List.of());
        }
        OpenPunt volgende = open.get(0);
        Set<VolgendeStap.Wachtende> wachtOp = new LinkedHashSet<>();
        List<OpenPunt> dezeFase =
                open.stream().filter(p -> p.fase() == volgende.fase()).toList();
        if (dezeFase.stream().anyMatch(p -> p.wachtOp() == OpenPunt.WachtOp.REGISSEUR)) {
            wachtOp.add(new VolgendeStap.Wachtende(
                    OpenPunt.WachtOp.REGISSEUR,
                    null,
                    namen.computeIfAbsent(s.regisseur(), samenwerkingen::weergavenaam)));
        }
        for (Gemeente g : s.gemeenten()) {
            if (dezeFase.stream()
                    .anyMatch(p ->
                            p.wachtOp() == OpenPunt.WachtOp.GEMEENTE && g.code().equals(p.gemeenteCode()))) {
                wachtOp.add(new VolgendeStap.Wachtende(OpenPunt.WachtOp.GEMEENTE, g.code(), g.naam()));
            }
        }
        if (dezeFase.stream().anyMatch(p -> p.wachtOp() == OpenPunt.WachtOp.BEHEERDER)) {
            wachtOp.add(new VolgendeStap.Wachtende(OpenPunt.WachtOp.BEHEERDER, null, null));
        }
        return new VolgendeStap(s, open, volgende, List.copyOf(wachtOp));
    }

    /** What this module itself knows is open: a samenwerking without parties needs them first. */
    private static List<OpenPunt> eigen(Samenwerking s) {
        if (s.gemeenten().isEmpty()) {
            return List.of(OpenPunt.voorRegisseur(
                            Fase.VERKENNEN,
                            Melding.van("volgende.geen-partijen"),
                            "/samenwerkingen/" + s.id() + "/bewerken")
                    .alsOpenbaar());
        }
        return List.of();
    }

    /**
     * With nothing open in any module: the phase change is next, for the regisseur. Said honestly: "nothing is missing
     * any more" only when an entry criterium guards the next phase and is met; when one still misses something that no
     * module listed, the regisseur is sent to the phase section to see what; a phase nobody guards is simply the next
     * one, once the current one is done. In the last phase nothing waits.
     */
    private @Nullable OpenPunt faseWijziging(Samenwerking s) {
        Fase[] fasen = Fase.values();
        if (s.fase().ordinal() + 1 >= fasen.length) {
            return null;
        }
        Fase naar = fasen[s.fase().ordinal() + 1];
        String pad = "/samenwerkingen/" + s.id() + "#fase-titel";
        List<FaseCriterium> bewaken =
                criteria.orderedStream().filter(c -> !naar.voor(c.vanaf())).toList();
        Melding wat;
        if (bewaken.isEmpty()) {
            wat = Melding.van(
                    "volgende.fase.vrij", Melding.van(s.fase().labelSleutel()), Melding.van(naar.labelSleutel()));
        } else if (bewaken.stream().anyMatch(c -> !c.ontbreekt(s).isEmpty())) {
            wat = Melding.van("volgende.fase.ontbreekt", Melding.van(naar.labelSleutel()));
        } else {
            wat = Melding.van("volgende.fase.wijzigen", Melding.van(naar.labelSleutel()));
        }
        return OpenPunt.voorRegisseur(s.fase(), wat, pad).alsOpenbaar();
    }
}
