package nl.samenspel.toets;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One finding of a check. {@code onderwerp} tells several findings of the same check apart (a party code, a task
 * id; "" for the samenwerking as a whole). {@code argumenten} fill the finding's sentence: only names and ids,
 * never the content of a position. {@code sinds}: the day the cause happened, when the finding is caused by a
 * dated event (a forced transition, a postponement); a NEW finding is then open since that day instead of since
 * the evaluation that found it. Null: since now.
 */
public record Signaal(
        String onderwerp, List<String> argumenten, @Nullable LocalDate sinds) {

    public Signaal(String onderwerp, List<String> argumenten) {
        this(onderwerp, argumenten, null);
    }

    public Signaal {
        Objects.requireNonNull(onderwerp, "onderwerp");
        argumenten = List.copyOf(argumenten);
        if (onderwerp.length() > 100) {
            throw new IllegalArgumentException("onderwerp too long: " + onderwerp);
        }
    }

    /** A finding about the samenwerking as a whole. */
    public static Signaal geheel(String... argumenten) {
        return new Signaal("", List.of(argumenten));
    }

    public static Signaal over(String onderwerp, String... argumenten) {
        return new Signaal(onderwerp, List.of(argumenten));
    }

    /** This finding, caused by an event of day {@code dag} (null: not dated). */
    public Signaal sinds(@Nullable LocalDate dag) {
        return new Signaal(onderwerp, argumenten, dag);
    }
}
