package nl.samenspel.verkenning;

import java.util.List;
import java.util.Objects;

/**
 * One explaining sentence as a message key (in {@code messages/verkenning.properties}) with its arguments,
 * so the web layer renders it with {@code Teksten.t(sleutel, argumenten.toArray())}. Arguments are only
 * names, task names and small integers, never domain objects.
 */
public record Uitleg(String sleutel, List<Object> argumenten) {

    public Uitleg {
        Objects.requireNonNull(sleutel, "sleutel");
        argumenten = List.copyOf(argumenten);
    }

    static Uitleg van(String sleutel, Object... argumenten) {
        return new Uitleg(sleutel, List.of(argumenten));
    }
}
