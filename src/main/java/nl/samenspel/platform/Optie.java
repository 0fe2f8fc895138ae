package nl.samenspel.platform;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One choice in a checkbox or radio group ({@code tag/keuzegroep}): the submitted value, the visible label and an
 * optional explanation read out with the choice.
 */
public record Optie(String waarde, String label, @Nullable String uitleg) {

    public Optie(String waarde, String label) {
        this(waarde, label, null);
    }

    public static <T> List<Optie> van(Collection<T> items, Function<T, String> waarde, Function<T, String> label) {
        return items.stream()
                .map(i -> new Optie(waarde.apply(i), label.apply(i)))
                .toList();
    }
}
