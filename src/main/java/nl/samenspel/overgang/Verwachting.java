package nl.samenspel.overgang;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the expectations register: what a stakeholder group expects, what is communicated to it and when it
 * is checked again.
 *
 * @param volgendeToets when it is checked again, null when not planned
 */
public record Verwachting(
        long id,
        long samenwerkingId,
        Belanghebbende groep,
        String verwachting,
        @Nullable String communicatie,
        @Nullable LocalDate volgendeToets,
        long versie) {}
