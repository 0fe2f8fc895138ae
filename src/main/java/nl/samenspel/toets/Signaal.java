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
 * {@code ernst} is null for the check's own weight (its {@code @Regelcontrole}); a check that weighs findings
 * differently sets it per finding with {@link #metErnst}, and the stored finding follows it (see
 * docs/architectuur.md, "Controles").
 */
public record Signaal(
        String onderwerp,
        List<String> argumenten,
        @Nullable Ernst ernst,
        @Nullable LocalDate sinds) {

    /** A finding with the check's own weight, not dated. */
    public Signaal(String onderwerp, List<String> argumenten) {
        this(onderwerp, argumenten, null, null);
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
        return new Signaal(onderwerp, argumenten, ernst, dag);
    }

    /** This finding with its own weight instead of the check's. */
    public Signaal metErnst(Ernst ernst) {
        return new Signaal(onderwerp, argumenten, Objects.requireNonNull(ernst, "ernst"), sinds);
    }

    /** The weight of this finding: its own, or else the check's. */
    public Ernst ernst(Controle controle) {
        return ernst != null ? ernst : controle.ernst();
    }
}
