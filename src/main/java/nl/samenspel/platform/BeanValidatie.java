package nl.samenspel.platform;

import jakarta.validation.ConstraintViolation;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Bean Validation violations as {@link Fouten}: the field path as Spring names it ({@code behoeften[2].naar}) and a
 * message key of our bundles, so API and pages show the same Dutch texts through {@link Teksten}. A constraint names
 * its own key with {@code message = "{verkenning.fout.x}"}; the standard constraints without one map to the general
 * keys below.
 */
public final class BeanValidatie {

    private static final Map<String, String> STANDAARD = Map.of(
            "NotNull", "fout.verplicht",
            "NotBlank", "fout.verplicht",
            "NotEmpty", "fout.verplicht",
            "Size", "fout.te-lang");

    private BeanValidatie() {}

    public static Fouten fouten(BindingResult resultaat) {
        Fouten fouten = new Fouten();
        for (ObjectError fout : resultaat.getAllErrors()) {
            String veld = fout instanceof FieldError f ? f.getField() : "";
            voeg(fouten, veld, fout);
        }
        return fouten;
    }

    private static void voeg(Fouten fouten, String veld, ObjectError fout) {
        ConstraintViolation<?> schending =
                fout.contains(ConstraintViolation.class) ? fout.unwrap(ConstraintViolation.class) : null;
        if (schending == null) {
            fouten.voeg(veld, "fout.ongeldig");
            return;
        }
        String sjabloon = schending.getMessageTemplate();
        Map<String, Object> attributen = schending.getConstraintDescriptor().getAttributes();
        Object max = attributen.get("max");
        if (sjabloon.startsWith("{")
                && sjabloon.endsWith("}")
                && !sjabloon.startsWith("{jakarta.validation.")
                && !sjabloon.startsWith("{org.hibernate.")) {
            String sleutel = sjabloon.substring(1, sjabloon.length() - 1);
            fouten.voeg(veld, sleutel, max == null ? new Object[0] : new Object[] {max});
            return;
        }
        String soort = schending
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
        String sleutel = STANDAARD.getOrDefault(soort, "fout.ongeldig");
        fouten.voeg(veld, sleutel, sleutel.equals("fout.te-lang") ? new Object[] {max} : new Object[0]);
    }
}
