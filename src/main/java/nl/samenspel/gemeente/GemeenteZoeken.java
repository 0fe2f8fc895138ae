package nl.samenspel.gemeente;

import java.util.Locale;
import java.util.Optional;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Pagina;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Search and look-up as the pages and the API share them: the same validation, the same clamping. */
@Service
public class GemeenteZoeken {

    static final int MAX_ZOEKTERM = 100;

    private final GemeenteRepository gemeenten;

    GemeenteZoeken(GemeenteRepository gemeenten) {
        this.gemeenten = gemeenten;
    }

    /**
     * Searches by name and province. The province may be given by name ({@code Fryslân}, also
     * {@code fryslan}) or by CBS code ({@code PV21}). Unknown province or a search term that is too
     * long → {@link nl.samenspel.platform.OngeldigeInvoerException}; paging is assumed clamped already.
     */
    public Pagina<Gemeente> zoek(@Nullable String naam, @Nullable String provincie, int pagina, int grootte) {
        Fouten fouten = new Fouten().optioneleTekst("naam", naam, MAX_ZOEKTERM);
        String provincieNaam = null;
        if (provincie != null && !provincie.isBlank()) {
            provincieNaam = provincieNaam(provincie).orElse(null);
            if (provincieNaam == null) {
                fouten.voeg("provincie", "gemeente.provincie.onbekend");
            }
        }
        fouten.gooiAlsNietLeeg();
        return gemeenten.zoek(naam, provincieNaam, pagina, grootte);
    }

    /** Like {@link #zoek}, but a page past the end shows the last page instead of an empty one (for people). */
    public Pagina<Gemeente> zoekBinnenBereik(
            @Nullable String naam, @Nullable String provincie, int pagina, int grootte) {
        Pagina<Gemeente> resultaat = zoek(naam, provincie, pagina, grootte);
        if (resultaat.pagina() > resultaat.aantalPaginas() && resultaat.aantalPaginas() > 0) {
            return zoek(naam, provincie, resultaat.aantalPaginas(), grootte);
        }
        return resultaat;
    }

    Optional<String> provincieNaam(String invoer) {
        String gezocht = Zoeknaam.van(invoer);
        return gemeenten.provinciesMetCijfers().stream()
                .filter(p -> p.code().equalsIgnoreCase(invoer.trim())
                        || Zoeknaam.van(p.naam()).equals(gezocht))
                .map(Provincie::naam)
                .findFirst();
    }

    /** A municipality by CBS code; {@code gm0310} is accepted too. Anything else is simply not found. */
    public Optional<Gemeente> vind(String code) {
        String genormaliseerd = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!genormaliseerd.matches("GM\\d{4}")) {
            return Optional.empty();
        }
        return gemeenten.vind(genormaliseerd);
    }
}
