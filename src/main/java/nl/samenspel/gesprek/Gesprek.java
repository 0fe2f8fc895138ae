package nl.samenspel.gesprek;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A service conversation with one client on its DVO (rule 7): the agenda as it was prepared, the notes, the agreed
 * adjustments and the actions.
 *
 * @param dvoLabel the DVO as it was named when the conversation was planned
 * @param rapportageId the report the agenda was prepared from, null for a conversation without one
 * @param verslag the notes of what was said and agreed, null while none
 * @param versie the optimistic-lock version of the conversation itself (date and notes)
 */
public record Gesprek(
        long id,
        long samenwerkingId,
        long dvoId,
        String gemeenteCode,
        String dvoLabel,
        @Nullable Long rapportageId,
        LocalDate datum,
        @Nullable String verslag,
        String aangemaaktDoor,
        long versie,
        List<Agendapunt> agenda,
        List<Bijsturing> bijsturingen,
        List<Actie> acties) {

    public Gesprek {
        agenda = List.copyOf(agenda);
        bijsturingen = List.copyOf(bijsturingen);
        acties = List.copyOf(acties);
    }

    /** @param verwijzing the action, gedoe item or DVO line the item is about, null when none */
    public record Agendapunt(
            long id,
            Agendasoort soort,
            String titel,
            String toelichting,
            @Nullable Long verwijzing) {}

    /** @param dvoVersienummer the DVO version it opened, null when it did not change the agreement */
    public record Bijsturing(
            long id, String tekst, @Nullable Integer dvoVersienummer, String door, LocalDate op) {}

    /** @param afgerondOp null while open */
    public record Actie(
            long id,
            long gesprekId,
            String omschrijving,
            String eigenaar,
            LocalDate deadline,
            @Nullable LocalDate afgerondOp,
            long versie) {

        public boolean open() {
            return afgerondOp == null;
        }

        /** Open after its due date, on {@code vandaag}. */
        public boolean teLaat(LocalDate vandaag) {
            return open() && deadline.isBefore(vandaag);
        }
    }

    /** Whether anything came out of it: notes, an adjustment or an action. */
    public boolean uitkomst() {
        return verslag != null || !bijsturingen.isEmpty() || !acties.isEmpty();
    }
}
