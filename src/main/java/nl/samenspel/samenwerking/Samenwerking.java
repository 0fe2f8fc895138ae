package nl.samenspel.samenwerking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.gemeente.GemeenteCode;
import nl.samenspel.platform.Melding;
import org.jspecify.annotations.Nullable;

/**
 * A cooperation of municipalities. {@code regisseur} is the gebruikersnaam of the account that leads it;
 * {@code oefencasus} marks a fictional practice case that must be labelled as such wherever it is shown.
 * {@code uitvoerders} are the gebruikersnamen of the accounts that carry it out (a seat on its execution line,
 * kept up to date by the bestuur module through {@link Samenwerkingen#zetUitvoerders}); an UITVOERDER among them
 * may read it ({@link SamenwerkingRechten#uitvoerderVan}).
 */
public record Samenwerking(
        long id,
        String titel,
        String omschrijving,
        Fase fase,
        String regisseur,
        boolean oefencasus,
        boolean gearchiveerd,
        long versie,
        Instant aangemaaktOp,
        Instant gewijzigdOp,
        List<Gemeente> gemeenten,
        Set<String> uitvoerders,
        List<VertrokkenPartij> vertrokken,
        @Nullable Long opvolgerId) {

    /** The longest reason a regisseur may give for moving on although something is missing. */
    public static final int MAX_REDEN = 2000;

    public Samenwerking {
        gemeenten = List.copyOf(gemeenten);
        uitvoerders = Set.copyOf(uitvoerders);
        vertrokken = List.copyOf(vertrokken);
    }

    /** Nobody has left and no successor is named (every samenwerking before issue 13). */
    public Samenwerking(
            long id,
            String titel,
            String omschrijving,
            Fase fase,
            String regisseur,
            boolean oefencasus,
            boolean gearchiveerd,
            long versie,
            Instant aangemaaktOp,
            Instant gewijzigdOp,
            List<Gemeente> gemeenten,
            Set<String> uitvoerders) {
        this(
                id,
                titel,
                omschrijving,
                fase,
                regisseur,
                oefencasus,
                gearchiveerd,
                versie,
                aangemaaktOp,
                gewijzigdOp,
                gemeenten,
                uitvoerders,
                List.of(),
                null);
    }

    /** A samenwerking nobody carries out yet (no account on its execution line). */
    public Samenwerking(
            long id,
            String titel,
            String omschrijving,
            Fase fase,
            String regisseur,
            boolean oefencasus,
            boolean gearchiveerd,
            long versie,
            Instant aangemaaktOp,
            Instant gewijzigdOp,
            List<Gemeente> gemeenten) {
        this(
                id,
                titel,
                omschrijving,
                fase,
                regisseur,
                oefencasus,
                gearchiveerd,
                versie,
                aangemaaktOp,
                gewijzigdOp,
                gemeenten,
                Set.of());
    }

    /** Whether the account with this gebruikersnaam carries out the samenwerking (has a seat on its execution line). */
    public boolean uitgevoerdDoor(String gebruikersnaam) {
        return uitvoerders.contains(gebruikersnaam);
    }

    public List<GemeenteCode> gemeenteCodes() {
        return gemeenten.stream().map(g -> new GemeenteCode(g.code())).toList();
    }

    /** The names for a list, in the order they were named: "Zeist, De Bilt, Bunnik". */
    public String gemeenteNamen() {
        return String.join(", ", gemeenten.stream().map(Gemeente::naam).toList());
    }

    public boolean neemtDeel(@Nullable GemeenteCode gemeenteCode) {
        return gemeenteCode != null && neemtDeel(gemeenteCode.waarde());
    }

    public boolean neemtDeel(@Nullable String gemeenteCode) {
        return gemeenteCode != null && gemeenten.stream().anyMatch(g -> g.code().equals(gemeenteCode));
    }

    /**
     * Whether this municipality took part and left (issue 13): what it recorded is kept and shown as history
     * ("vertrokken"), read-only; it no longer takes part ({@link #neemtDeel} is false).
     */
    public boolean isVertrokken(@Nullable String gemeenteCode) {
        return gemeenteCode != null
                && vertrokken.stream().anyMatch(v -> v.gemeente().code().equals(gemeenteCode));
    }

    /** Whether this municipality takes part now or took part before: whose history belongs to this samenwerking. */
    public boolean kentPartij(@Nullable String gemeenteCode) {
        return neemtDeel(gemeenteCode) || isVertrokken(gemeenteCode);
    }

    /**
     * Decides a move to phase {@code naar}: the samenwerking's own rule. {@code versie} is the version the client
     * last saw; {@code ontbreektPerFase} what is still missing per later phase (from the entry criteria). Forward
     * with something missing needs a {@code reden} (recorded as an override); going back needs nothing. A blank
     * reden counts as a mistake, not as "no reason". Returns the transition, or every reason it is refused.
     */
    public FaseBesluit naarFase(
            @Nullable Fase naar, @Nullable String reden, long versie, Map<Fase, List<Melding>> ontbreektPerFase) {
        List<FaseBesluit.Weigering> redenen = new ArrayList<>();
        if (naar == null) {
            redenen.add(invoer("fase", "samenwerking.fase.verplicht"));
        } else if (naar == fase) {
            redenen.add(invoer("fase", "samenwerking.fase.zelfde"));
        }
        if (reden != null && reden.isBlank()) {
            redenen.add(invoer("reden", "samenwerking.reden.leeg"));
        } else if (reden != null && reden.length() > MAX_REDEN) {
            redenen.add(invoer("reden", "samenwerking.reden.te-lang", MAX_REDEN));
        }
        if (versie != this.versie) {
            redenen.add(new FaseBesluit.Weigering(FaseBesluit.Soort.VERSIE, null, "fout.versie-conflict", List.of()));
        }
        List<Melding> ontbreekt =
                naar == null || !fase.voor(naar) ? List.of() : ontbreektPerFase.getOrDefault(naar, List.of());
        if (!ontbreekt.isEmpty() && reden == null) {
            redenen.add(new FaseBesluit.Weigering(
                    FaseBesluit.Soort.VOORWAARDEN, null, "samenwerking.fase.voorwaarden", List.copyOf(ontbreekt)));
        }
        if (!redenen.isEmpty()) {
            return new FaseBesluit.Geweigerd(redenen);
        }
        // No refusal means a target phase was given.
        return new FaseBesluit.Overgang(
                fase,
                Objects.requireNonNull(naar, "checked above"),
                !ontbreekt.isEmpty(),
                reden == null ? null : reden.strip(),
                ontbreekt);
    }

    private static FaseBesluit.Weigering invoer(String veld, String sleutel, Object... argumenten) {
        return new FaseBesluit.Weigering(FaseBesluit.Soort.INVOER, veld, sleutel, List.of(argumenten));
    }
}
