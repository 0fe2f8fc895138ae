package nl.samenspel.gesprek.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.samenspel.afspraken.DvoKeuze;
import nl.samenspel.gesprek.Agendasoort;
import nl.samenspel.gesprek.Gesprek;
import nl.samenspel.gesprek.Gesprekken;
import nl.samenspel.gesprek.Vraag;
import nl.samenspel.platform.Fouten;
import nl.samenspel.samenwerking.Samenwerking;
import org.jspecify.annotations.Nullable;

/**
 * What the conversation templates get.
 *
 * @param gesprekken the list page's conversations (empty on the other pages)
 * @param gesprek the conversation page's conversation, null elsewhere
 * @param dvos the DVOs the user may plan a conversation on (list page)
 * @param vragen the question bank (vragenbank page), per kind the probing questions (conversation page)
 * @param mag what the user may do with {@code gesprek}; null elsewhere
 * @param waarden what was typed (after an error), empty otherwise
 */
public record GesprekPagina(
        Samenwerking s,
        List<Gesprek> gesprekken,
        @Nullable Gesprek gesprek,
        List<DvoKeuze> dvos,
        List<Vraag> vragen,
        Map<Agendasoort, List<String>> vragenPerSoort,
        Gesprekken.@Nullable Mag mag,
        boolean kanVragenbank,
        LocalDate vandaag,
        @Nullable Fouten fouten,
        Map<String, String> waarden,
        @Nullable String melding,
        String meldingSoort) {

    public String waarde(String veld, @Nullable String anders) {
        String w = waarden.get(veld);
        return w != null ? w : anders == null ? "" : anders;
    }

    public List<String> vragenVoor(Agendasoort soort) {
        return vragenPerSoort.getOrDefault(soort, List.of());
    }

    public List<Vraag> bank(Agendasoort soort) {
        return vragen.stream().filter(v -> v.soort() == soort).toList();
    }

    public boolean standaard() {
        return vragen.stream().allMatch(Vraag::standaard);
    }

    public long openActies(Gesprek g) {
        return g.acties().stream().filter(Gesprek.Actie::open).count();
    }

    public String gemeenteNaam(String code) {
        return nl.samenspel.afspraken.Afspraken.gemeenteNaam(s, code);
    }
}
