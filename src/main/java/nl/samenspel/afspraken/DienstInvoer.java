package nl.samenspel.afspraken;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a user sends for a service, a variant or a wish; the service checks it. */
public final class DienstInvoer {

    private DienstInvoer() {}

    /** A service; {@code volgorde} null keeps it where it is (or puts a new one last). */
    public record Gegevens(
            @Nullable String naam,
            @Nullable String backoffice,
            @Nullable Integer volgorde) {}

    public record Variant(
            @Nullable String naam,
            @Nullable String omschrijving,
            @Nullable List<String> gemeenten) {}

    public record Wens(@Nullable String gemeente, @Nullable String tekst) {}
}
