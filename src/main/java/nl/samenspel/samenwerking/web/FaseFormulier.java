package nl.samenspel.samenwerking.web;

import java.util.List;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Melding;
import nl.samenspel.samenwerking.Fase;
import org.jspecify.annotations.Nullable;

/**
 * The phase block on the samenwerking page. {@code doel}: the phase the form proposes (the next one, or the
 * one just tried); {@code ontbreekt}: what is missing for it; {@code geweigerd}: set when a move was refused;
 * {@code perFase}: what is missing for every later phase, so nothing depends on picking first (no JavaScript);
 * {@code datum}, {@code besluitOrgaan}: what was entered, to show the form again; {@code sinds}: the day the
 * samenwerking entered its current phase.
 */
public record FaseFormulier(
        boolean kanWijzigen,
        @Nullable Fase doel,
        List<Melding> ontbreekt,
        @Nullable List<Melding> geweigerd,
        @Nullable Fouten fouten,
        @Nullable String reden,
        java.util.Map<Fase, List<Melding>> perFase,
        @Nullable String datum,
        @Nullable String besluitOrgaan,
        java.time.LocalDate sinds) {

    public List<Fase> fasen() {
        return List.of(Fase.values());
    }

    public List<nl.samenspel.samenwerking.BesluitOrgaan> organen() {
        return List.of(nl.samenspel.samenwerking.BesluitOrgaan.values());
    }
}
