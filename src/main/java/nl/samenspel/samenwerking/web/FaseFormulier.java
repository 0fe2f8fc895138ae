package nl.samenspel.samenwerking.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Melding;
import nl.samenspel.samenwerking.Fase;
import org.jspecify.annotations.Nullable;

/**
 * The phase block on the samenwerking page. {@code doel}: the phase the form proposes (the next one, or the
 * one just tried); {@code ontbreekt}: what is missing for it; {@code geweigerd}: set when a move was refused;
 * {@code perFase}: what is missing for every later phase, so nothing depends on picking first (no JavaScript);
 * {@code datum}, {@code besluitOrgaan}: what was entered, to show the form again; {@code sinds}: the day the
 * samenwerking entered its current phase; {@code doelBewaakt}: whether any entry criterium guards {@code doel}
 * (without one, "nothing is missing any more" would be untrue: there was never anything to miss);
 * {@code eersteBewaakt}: the first later phase that any criterium guards (null when none does).
 */
public record FaseFormulier(
        boolean kanWijzigen,
        @Nullable Fase doel,
        List<Melding> ontbreekt,
        @Nullable List<Melding> geweigerd,
        @Nullable Fouten fouten,
        @Nullable String reden,
        Map<Fase, List<Melding>> perFase,
        @Nullable String datum,
        @Nullable String besluitOrgaan,
        java.time.LocalDate sinds,
        boolean doelBewaakt,
        @Nullable Fase eersteBewaakt) {

    /** What is missing, grouped under the first phase it blocks. */
    public record Blok(Fase fase, List<Melding> ontbreekt) {}

    public List<Fase> fasen() {
        return List.of(Fase.values());
    }

    public List<nl.samenspel.samenwerking.BesluitOrgaan> organen() {
        return List.of(nl.samenspel.samenwerking.BesluitOrgaan.values());
    }

    /**
     * Every missing item once, under the first (earliest) phase it blocks; a criterium guards its phase and every
     * phase after it, so the later phases would otherwise repeat the same list.
     */
    public List<Blok> blokken() {
        Set<Melding> gezien = new HashSet<>();
        List<Blok> uit = new ArrayList<>();
        for (Fase f : Fase.values()) {
            List<Melding> nieuw = perFase.getOrDefault(f, List.of()).stream()
                    .filter(gezien::add)
                    .toList();
            if (!nieuw.isEmpty()) {
                uit.add(new Blok(f, nieuw));
            }
        }
        return uit;
    }
}
