package nl.samenspel.samenwerking.web;

import java.util.List;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Melding;
import nl.samenspel.samenwerking.Fase;
import org.jspecify.annotations.Nullable;

/**
 * The phase block on the samenwerking page. {@code doel}: the phase the form proposes (the next one, or the
 * one just tried); {@code ontbreekt}: what is missing for it; {@code geweigerd}: set when a move was refused;
 * {@code perFase}: what is missing for every later phase, so nothing depends on picking first (no JavaScript).
 */
public record FaseFormulier(
        boolean kanWijzigen,
        @Nullable Fase doel,
        List<Melding> ontbreekt,
        @Nullable List<Melding> geweigerd,
        @Nullable Fouten fouten,
        @Nullable String reden,
        java.util.Map<Fase, List<Melding>> perFase) {

    public List<Fase> fasen() {
        return List.of(Fase.values());
    }
}
