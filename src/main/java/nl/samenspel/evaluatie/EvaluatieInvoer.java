package nl.samenspel.evaluatie;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a user sends for an evaluation; the service checks it. */
public record EvaluatieInvoer(
        @Nullable LocalDate gepland,
        @Nullable String reikwijdte,
        @Nullable String evaluator,
        @Nullable String bevindingen,
        @Nullable LocalDate uitgevoerd) {}
