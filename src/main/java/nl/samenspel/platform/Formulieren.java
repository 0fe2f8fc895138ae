package nl.samenspel.platform;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The one way a page shows errors. A page controller binds its form object ({@code @ModelAttribute} with a
 * {@link BindingResult}); the errors the domain finds are added to that binding result with {@link #weiger}; the
 * page gets {@link #fouten} of it, which feeds the error summary ({@code tag/foutoverzicht}) and the fields
 * ({@code tag/veld}, {@code tag/keuzelijst}, {@code tag/keuzegroep}). A value that could not be bound at all
 * (a wrong type) reads as {@code fout.ongeldig}.
 */
public final class Formulieren {

    private Formulieren() {}

    /** Adds the domain's field errors to the form's binding result; the message key is the error code. */
    public static void weiger(BindingResult binding, Fouten fouten) {
        for (Fouten.Fout f : fouten.alle()) {
            binding.addError(new FieldError(
                    binding.getObjectName(),
                    f.veld(),
                    null,
                    false,
                    new String[] {f.sleutel()},
                    f.argumenten().toArray(),
                    f.sleutel()));
        }
    }

    /** The errors of a bound form, for the page; {@code null} when there are none. */
    public static @Nullable Fouten fouten(BindingResult binding) {
        if (!binding.hasFieldErrors()) {
            return null;
        }
        Fouten fouten = new Fouten();
        for (FieldError e : binding.getFieldErrors()) {
            String code = e.getCode();
            if (e.isBindingFailure() || code == null) {
                fouten.voeg(e.getField(), "fout.ongeldig");
            } else {
                Object[] argumenten = e.getArguments() == null ? new Object[0] : e.getArguments();
                fouten.voeg(e.getField(), code, argumenten);
            }
        }
        return fouten;
    }

    /** A list field as bound: no boxes ticked binds as {@code null}, read as an empty list. */
    public static List<String> lijst(@Nullable List<String> waarden) {
        return waarden == null ? List.of() : waarden;
    }
}
