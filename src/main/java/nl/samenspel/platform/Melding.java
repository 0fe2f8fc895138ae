package nl.samenspel.platform;

import java.util.List;
import java.util.Objects;

/**
 * A text the domain hands to a user, as a message key with its arguments; rendered in Dutch only at the edge
 * ({@link Teksten#t(Melding)}, {@code ui.t} in a template, problem+json). An argument that is itself a melding is
 * rendered first (for example the label of a step inside "step … has no content yet").
 */
public record Melding(String sleutel, List<Object> argumenten) {

    public Melding {
        Objects.requireNonNull(sleutel, "sleutel");
        argumenten = List.copyOf(argumenten);
    }

    public static Melding van(String sleutel, Object... argumenten) {
        return new Melding(sleutel, List.of(argumenten));
    }
}
