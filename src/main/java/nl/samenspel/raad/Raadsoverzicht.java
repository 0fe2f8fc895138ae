package nl.samenspel.raad;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.samenspel.bestuur.Orgaan;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.samenwerking.BesluitOrgaan;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Gezondheid;
import org.jspecify.annotations.Nullable;

/**
 * What a samenwerking means for one participating municipality, for its council: only what every party may see.
 * The sentences are plain Dutch, resolved once here so that the page and the API say the same.
 *
 * @param gemeente the municipality this overview is for
 * @param rol what the municipality's part is, in one sentence
 * @param fase the current phase, with {@code faseUitleg} what it means and {@code faseSinds} since when
 * @param besluiten what was decided so far, oldest first: phase transitions and steps a municipality decided on
 * @param posities the shared positions, the municipality's own first
 * @param nietGedeeld the names of the participating municipalities without a shared position
 * @param kosten what it costs the municipality: not recorded in Samenspel yet, and it says so
 * @param raad what the council can do, in one sentence: under which form, or that no form is chosen yet
 * @param instrumenten what the council can do under the chosen form, and what it decided on the regeling
 * @param vormkeuze the chosen form in plain words and why; null while none is chosen
 * @param organen the bodies of the shared governance with their seats (module bestuur), without the seats'
 *     accounts; empty while none are designed
 */
public record Raadsoverzicht(
        long samenwerkingId,
        String titel,
        String omschrijving,
        boolean oefencasus,
        boolean gearchiveerd,
        Gemeente gemeente,
        List<Gemeente> partijen,
        String rol,
        List<TaakRegel> taken,
        Fase fase,
        String faseNaam,
        String faseUitleg,
        LocalDate faseSinds,
        List<Besluit> besluiten,
        List<GedeeldePositie> posities,
        List<String> nietGedeeld,
        Toetssamenvatting toets,
        String kosten,
        String raad,
        Instrumenten instrumenten,
        @Nullable Vormkeuze vormkeuze,
        List<Orgaan> organen,
        List<nl.samenspel.samenwerking.VertrokkenPartij> vertrokken) {

    public Raadsoverzicht {
        organen = List.copyOf(organen);
        vertrokken = List.copyOf(vertrokken);
        partijen = List.copyOf(partijen);
        taken = List.copyOf(taken);
        besluiten = List.copyOf(besluiten);
        posities = List.copyOf(posities);
        nietGedeeld = List.copyOf(nietGedeeld);
    }

    /**
     * One task the parties consider, and the route chosen for it.
     *
     * @param route the recorded route (SAMENWERKEN, INKOPEN, NIET_SAMEN), null when none was chosen yet
     * @param routeTekst the route in one sentence, from the municipality's point of view
     */
    public record TaakRegel(
            String naam,
            @Nullable String omschrijving,
            @Nullable String route,
            String routeTekst) {}

    public enum Soort {
        /** The samenwerking moved to another phase. */
        FASE,
        /** A municipality's body decided on a step ("bestuurlijk vastgesteld"). */
        VASTSTELLING
    }

    /**
     * One decision taken so far.
     *
     * @param tekst what was decided, in one sentence
     * @param orgaan the body that decided, when recorded
     * @param orgaanNaam that body in words (with the municipality for a step), or a sentence that it is not recorded
     * @param gemeenteCode for a step: the municipality that decided; null for a phase transition
     * @param referentie for a step: the decision's number or link
     * @param gewijzigd for a step: its content changed after this decision
     */
    public record Besluit(
            LocalDate datum,
            Soort soort,
            String tekst,
            @Nullable BesluitOrgaan orgaan,
            String orgaanNaam,
            @Nullable String gemeenteCode,
            @Nullable String referentie,
            boolean gewijzigd) {}

    /** A shared position, as the municipality wrote it. */
    public record GedeeldePositie(
            String gemeenteCode,
            String gemeenteNaam,
            boolean eigen,
            @Nullable String watWillenWij,
            @Nullable String watWillenWijNiet,
            @Nullable String einddoel,
            @Nullable BigDecimal maximumPerJaar,
            @Nullable LocalDate gedeeldOp) {}

    /**
     * The check on the seven rules, in the view every party sees (shared positions only).
     *
     * @param tekst the total in one sentence
     * @param aandachtspunten per open check what can be done; never who is to blame
     */
    public record Toetssamenvatting(
            Gezondheid totaal, String tekst, List<RegelStand> regels, List<Aandachtspunt> aandachtspunten) {

        public Toetssamenvatting {
            regels = List.copyOf(regels);
            aandachtspunten = List.copyOf(aandachtspunten);
        }
    }

    public record RegelStand(int regel, String naam, Gezondheid status, String statusTekst) {}

    public record Aandachtspunt(int regel, Ernst ernst, String ernstTekst, String titel, String wat) {}

    /**
     * What the council can do under the chosen form (issue 12), and its own decisions on the regeling.
     *
     * @param vorm the chosen form (enum name), null while none is chosen
     * @param vormNaam that form in words
     * @param lijst the instruments, in the order a council meets them
     * @param toestemming the council's toestemming in one sentence (recorded with day and document, or not)
     * @param zienswijze the council's zienswijze on the draft in one sentence, with the term when the draft went out
     * @param toestemmingOp the day of the toestemming, if recorded
     * @param zienswijzeOp the day of the zienswijze, if recorded
     * @param zienswijzeTermijnTot the last day of the eight weeks, when the draft went out
     */
    public record Instrumenten(
            @Nullable String vorm,
            @Nullable String vormNaam,
            List<Instrument> lijst,
            @Nullable String toestemming,
            @Nullable String zienswijze,
            @Nullable LocalDate toestemmingOp,
            @Nullable LocalDate zienswijzeOp,
            @Nullable LocalDate zienswijzeTermijnTot) {

        public Instrumenten {
            lijst = List.copyOf(lijst);
        }
    }

    /**
     * One instrument of the council.
     *
     * @param code the instrument (regeling.Raadsinstrumenten.Instrument)
     * @param termijnWeken the term in weeks where the law sets one
     * @param wetsgrond the legal reference ("Wgr art. 35 ...")
     * @param zekerheid how sure the reference is, in words; null when read in the statute text
     */
    public record Instrument(
            String code,
            String naam,
            String uitleg,
            @Nullable Integer termijnWeken,
            String wetsgrond,
            @Nullable String zekerheid,
            String bron,
            String bronUrl) {}

    /**
     * The chosen form, for the council.
     *
     * @param vorm the form (enum name of vorm.Vorm)
     * @param uitleg what the form means, in plain words
     * @param motivering why the parties chose it, as recorded; null when no reason was recorded
     * @param datum the day of the decision
     */
    public record Vormkeuze(
            String vorm,
            String vormNaam,
            String uitleg,
            @Nullable String motivering,
            LocalDate datum) {}
}
