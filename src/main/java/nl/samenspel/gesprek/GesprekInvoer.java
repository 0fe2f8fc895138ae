package nl.samenspel.gesprek;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What page and API give the service; null where nothing was given (the service says what is missing). */
public final class GesprekInvoer {

    private GesprekInvoer() {}

    /** A new conversation: the client DVO, the day (default today) and optionally the report it starts from. */
    public record Nieuw(
            @Nullable Long dvo,
            @Nullable LocalDate datum,
            @Nullable Long rapportage) {}

    /** @param nieuweDvoVersie whether the adjustment changes the agreement: opens a new DVO version */
    public record Bijsturing(@Nullable String tekst, boolean nieuweDvoVersie) {}

    public record Actie(
            @Nullable String omschrijving,
            @Nullable String eigenaar,
            @Nullable LocalDate deadline,
            boolean afgerond) {}

    public record Vraag(
            @Nullable Agendasoort soort, @Nullable String tekst) {}
}
