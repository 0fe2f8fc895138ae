package nl.samenspel.vorm;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.samenwerking.BesluitOrgaan;
import org.jspecify.annotations.Nullable;

/**
 * The chosen form of a samenwerking: what, why, on which day, by which body (optional), recorded by whom and when.
 * {@code versie} starts at 1 and rises with every change (optimistic locking).
 */
public record Vormbesluit(
        long samenwerkingId,
        Vorm vorm,
        @Nullable String motivering,
        LocalDate datum,
        @Nullable BesluitOrgaan besluitOrgaan,
        String beslotenDoor,
        Instant beslotenOp,
        long versie) {}
