package nl.samenspel.regeling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.vorm.Vorm;
import org.jspecify.annotations.Nullable;

/**
 * The regeling part of a samenwerking: the checklist of what the regeling must contain under the chosen form, and
 * per participating municipality its raad's toestemming and zienswijze. Nothing in it is confidential.
 *
 * @param vorm the chosen form; null while none is chosen (the checklist follows from the form)
 * @param vereist the items the chosen form requires, in checklist order, each with its mark (if any)
 * @param nietMeerVereist items marked earlier that the chosen form no longer requires: kept, shown apart
 * @param ontwerpVerzonden the day the draft regeling was sent to the raden, if recorded
 * @param versie the version of the whole regeling part (0 before anything was recorded)
 */
public record Regelinginhoud(
        long samenwerkingId,
        @Nullable Vorm vorm,
        List<Item> vereist,
        List<Item> nietMeerVereist,
        List<GemeenteStand> gemeenten,
        @Nullable LocalDate ontwerpVerzonden,
        long versie) {

    public Regelinginhoud {
        vereist = List.copyOf(vereist);
        nietMeerVereist = List.copyOf(nietMeerVereist);
        gemeenten = List.copyOf(gemeenten);
    }

    /** A form under the Wgr: a checklist and the raden's decisions apply. */
    public boolean wgr() {
        return vorm != null && vorm.wgr();
    }

    /** The last day of the raden's eight weeks for a zienswijze on the draft; null while it was not sent. */
    public @Nullable LocalDate zienswijzeTermijnTot() {
        return ontwerpVerzonden == null ? null : ontwerpVerzonden.plusWeeks(RaadsbesluitSoort.ZIENSWIJZE_WEKEN);
    }

    /** The required items not yet marked. */
    public List<RegelingOnderdeel> open() {
        return vereist.stream()
                .filter(i -> i.status() == null)
                .map(Item::onderdeel)
                .toList();
    }

    /**
     * One checklist item and its mark.
     *
     * @param status null: not marked yet
     * @param verwijzing with GEREGELD where the draft arranges it; with AFGEWOGEN why it is left out
     */
    public record Item(
            RegelingOnderdeel onderdeel,
            @Nullable OnderdeelStatus status,
            @Nullable String verwijzing,
            @Nullable String door,
            @Nullable Instant op) {

        public static Item open(RegelingOnderdeel onderdeel) {
            return new Item(onderdeel, null, null, null, null);
        }

        /** May be marked as considered and left out. */
        public boolean magAfgewogen() {
            return OnderdeelStatus.magAfgewogen(onderdeel);
        }
    }

    /** One participating municipality and its raad's decisions (null: not recorded). */
    public record GemeenteStand(
            Gemeente gemeente,
            @Nullable Raadsbesluit toestemming,
            @Nullable Raadsbesluit zienswijze) {

        public @Nullable Raadsbesluit besluit(RaadsbesluitSoort soort) {
            return soort == RaadsbesluitSoort.TOESTEMMING ? toestemming : zienswijze;
        }
    }
}
