package nl.samenspel.gedoe;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A change to a gedoe item by its regisseur: what it is, where it was routed, what was decided and learned.
 *
 * @param forum the body it is routed to (a body of this samenwerking); null: not routed
 * @param besluit the forum's decision; needs a forum
 * @param beslotenOp the day of the decision; null: the day already recorded, or today
 * @param les the lesson learned; needs a decision
 * @param afgerond true to close the item (needs the decision and the lesson); false reopens a closed one
 */
public record GedoeBehandeling(
        @Nullable String titel,
        @Nullable String omschrijving,
        @Nullable GedoeSoort soort,
        @Nullable Long forum,
        @Nullable String besluit,
        @Nullable LocalDate beslotenOp,
        @Nullable String les,
        boolean afgerond) {}
