package nl.samenspel.toets;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.verkenning.Behoefte;
import nl.samenspel.verkenning.Behoefteanalyse;
import nl.samenspel.verkenning.Partij;
import nl.samenspel.verkenning.Taak;
import nl.samenspel.verkenning.TaakAnalyse;
import nl.samenspel.verkenning.VerkenningFeiten.RouteStand;
import org.jspecify.annotations.Nullable;

/**
 * What the checks may know of one samenwerking. Deliberately without the text of positions: only whether a
 * field was filled in, so no check can leak what a party wrote.
 *
 * @param partijen the participating municipalities, in the order they were named
 * @param posities per municipality code, only for parties that started a position
 * @param behoeften the answers about participating parties and existing tasks only
 * @param besproken per step (WAT, HOE, ...) the municipality codes that marked it discussed
 * @param routes per task id the route the parties chose (rule 5), only for existing tasks; a task without a recorded
 *     route is absent (the analysis's advice is then only a proposal, not a decision)
 */
public record ToetsFeiten(
        long samenwerkingId,
        Fase fase,
        List<Partij> partijen,
        Regisseur regisseur,
        List<Taak> taken,
        Map<String, Positie> posities,
        List<Behoefte> behoeften,
        List<Spanning> spanningen,
        List<FaseOvergang> overgangen,
        boolean vormOntgrendeld,
        List<Uitstel> uitstel,
        Map<String, Set<String>> besproken,
        Map<Long, RouteStand> routes) {

    /** Without recorded routes. */
    public ToetsFeiten(
            long samenwerkingId,
            Fase fase,
            List<Partij> partijen,
            Regisseur regisseur,
            List<Taak> taken,
            Map<String, Positie> posities,
            List<Behoefte> behoeften,
            List<Spanning> spanningen,
            List<FaseOvergang> overgangen,
            boolean vormOntgrendeld,
            List<Uitstel> uitstel,
            Map<String, Set<String>> besproken) {
        this(
                samenwerkingId,
                fase,
                partijen,
                regisseur,
                taken,
                posities,
                behoeften,
                spanningen,
                overgangen,
                vormOntgrendeld,
                uitstel,
                besproken,
                Map.of());
    }

    public ToetsFeiten {
        partijen = List.copyOf(partijen);
        taken = List.copyOf(taken);
        posities = Map.copyOf(posities);
        behoeften = List.copyOf(behoeften);
        spanningen = List.copyOf(spanningen);
        overgangen = List.copyOf(overgangen);
        uitstel = List.copyOf(uitstel);
        besproken = Map.copyOf(besproken);
        routes = Map.copyOf(routes);
    }

    /**
     * The regisseur account as named on the samenwerking.
     *
     * @param bestaat false when no account has that name (any more)
     * @param gemeenteCode the municipality the account is bound to, or null
     */
    public record Regisseur(
            String gebruikersnaam,
            boolean bestaat,
            boolean actief,
            Set<String> rollen,
            @Nullable String gemeenteCode) {
        public Regisseur {
            rollen = Set.copyOf(rollen);
        }
    }

    /** Which parts of a party's position are filled in; never their content. */
    public record Positie(
            String gemeenteCode,
            boolean watWillenWijNietIngevuld,
            boolean maximumPerJaarIngevuld,
            boolean eigenRuimteIngevuld) {}

    public record Spanning(
            long id, String soort, String status, boolean backofficeFrontofficeIngevuld, Set<String> partijen) {
        public Spanning {
            partijen = Set.copyOf(partijen);
        }
    }

    public record FaseOvergang(
            long id, Fase van, Fase naar, boolean override, List<String> deelsBesproken, Instant op) {
        public FaseOvergang {
            deelsBesproken = List.copyOf(deelsBesproken);
        }
    }

    public record Uitstel(String onderwerp, String soort) {}

    public boolean voorbij(Fase f) {
        return f.voor(fase);
    }

    public boolean minstens(Fase f) {
        return !fase.voor(f);
    }

    public Optional<Partij> partij(String code) {
        return partijen.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** The route the parties recorded for this task, if any. */
    public Optional<RouteStand> route(long taakId) {
        return Optional.ofNullable(routes.get(taakId));
    }

    /** The mutual-need analysis of the verkenning module over these answers (computed, never stored). */
    public List<TaakAnalyse> analyse() {
        return Behoefteanalyse.analyseer(partijen, taken, behoeften);
    }
}
