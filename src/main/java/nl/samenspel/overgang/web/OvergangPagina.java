package nl.samenspel.overgang.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.overgang.Belanghebbende;
import nl.samenspel.overgang.Maatregel;
import nl.samenspel.overgang.Overdracht;
import nl.samenspel.overgang.OverdrachtSoort;
import nl.samenspel.overgang.Overgangsstand;
import nl.samenspel.overgang.Verwachting;
import nl.samenspel.platform.Bedrag;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Teksten;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.VertrokkenPartij;
import org.jspecify.annotations.Nullable;

/**
 * What the overgang templates get: the overview page and the pages of one measure, inventory item or expectation
 * (new when the item is null).
 *
 * @param bewerkbaar the inventory items the current user may change
 * @param eigenGemeente the current user's municipality when it takes part (the default of a new inventory item)
 * @param waarden what was typed (after an error), empty otherwise
 * @param melding a message key for the top of the page, or null
 */
public record OvergangPagina(
        Samenwerking s,
        Overgangsstand stand,
        List<Maatregel> maatregelen,
        List<Overdracht> inventaris,
        List<Verwachting> verwachtingen,
        boolean kanVastleggen,
        boolean kanInventarisAanvullen,
        boolean kanVerwachtingen,
        Set<Long> bewerkbaar,
        @Nullable String eigenGemeente,
        @Nullable Maatregel maatregel,
        @Nullable Overdracht overdracht,
        @Nullable Verwachting verwachting,
        @Nullable Fouten fouten,
        Map<String, String> waarden,
        @Nullable String melding,
        String meldingSoort) {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Teksten.NL);

    public String waarde(String veld, @Nullable String anders) {
        String w = waarden.get(veld);
        return w != null ? w : anders == null ? "" : anders;
    }

    public String datum(@Nullable LocalDate dag) {
        return dag == null ? "" : DATUM.format(dag);
    }

    public String invoerDatum(@Nullable LocalDate dag) {
        return dag == null ? "" : dag.toString();
    }

    public String bedrag(@Nullable BigDecimal bedrag) {
        return Bedrag.formatteer(bedrag);
    }

    public String invoerBedrag(@Nullable BigDecimal bedrag) {
        return Bedrag.invoerTekst(bedrag);
    }

    /** The name of a participating municipality, of one that has left, or the code. */
    public String gemeenteNaam(@Nullable String code) {
        if (code == null) {
            return "";
        }
        return s.gemeenten().stream()
                .filter(g -> g.code().equals(code))
                .map(g -> g.naam())
                .findFirst()
                .orElseGet(() -> s.vertrokken().stream()
                        .filter(v -> v.code().equals(code))
                        .map(VertrokkenPartij::gemeente)
                        .map(g -> g.naam())
                        .findFirst()
                        .orElse(code));
    }

    public boolean vertrokken(@Nullable String code) {
        return s.isVertrokken(code);
    }

    public List<Overdracht> perSoort(OverdrachtSoort soort) {
        return inventaris.stream().filter(o -> o.soort() == soort).toList();
    }

    public List<Verwachting> perGroep(Belanghebbende groep) {
        return verwachtingen.stream().filter(v -> v.groep() == groep).toList();
    }

    public long ontdektNaStart() {
        return inventaris.stream().filter(Overdracht::ontdektNaStart).count();
    }

    public boolean magBewerken(Overdracht o) {
        return bewerkbaar.contains(o.id());
    }
}
