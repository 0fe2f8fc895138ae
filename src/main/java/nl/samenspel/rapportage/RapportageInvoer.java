package nl.samenspel.rapportage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What page and API send to the report service; the service checks it. */
public final class RapportageInvoer {

    private RapportageInvoer() {}

    /** A new report on DVO {@code dvo} for the period {@code van} to {@code tot}, both included. */
    public record Nieuw(
            @Nullable Long dvo,
            @Nullable LocalDate van,
            @Nullable LocalDate tot) {}

    /**
     * One line: its status, narrative and a value per indicator of the line, in the line's order (null or absent
     * list: none reported).
     */
    public record Lijn(
            @Nullable LijnStatus status,
            @Nullable String verhaal,
            @Nullable List<@Nullable BigDecimal> waarden) {}
}
