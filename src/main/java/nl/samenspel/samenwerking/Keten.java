package nl.samenspel.samenwerking;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a samenwerking sits in its story (issue 13): the samenwerking that continues it ({@code opvolger}) and the
 * ones it continues ({@code voorgangers}), each only when the reader may see it.
 */
public record Keten(@Nullable SamenwerkingVerwijzing opvolger, List<SamenwerkingVerwijzing> voorgangers) {

    public static final Keten LEEG = new Keten(null, List.of());

    public Keten {
        voorgangers = List.copyOf(voorgangers);
    }
}
