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
import org.jspecify.annotations.Nullable;

/**
 * What the checks may know of one samenwerking. Deliberately without the text of positions: only whether a
 * field was filled in, so no check can leak what a party wrote.
 *
 * @param partijen the participating municipalities, in the order they were named
 * @param posities per municipality code, only for parties that started a position
 * @param behoeften the answers about participating parties and existing tasks only
 * @param besproken per step (WAT, HOE, ...) the municipality codes with a current discussed-mark (an outdated
 *     one, given before the step's content changed, does not count)
 * @param verouderd per step the municipality codes whose discussed-mark or decision is outdated
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
        Map<String, Set<String>> verouderd) {

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
        verouderd = Map.copyOf(verouderd);
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

    /** The mutual-need analysis of the verkenning module over these answers (computed, never stored). */
    public List<TaakAnalyse> analyse() {
        return Behoefteanalyse.analyseer(partijen, taken, behoeften);
    }
}
