package nl.samenspel.gemeente.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.samenspel.gemeente.*;
import nl.samenspel.platform.Formulieren;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.Pagina;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The reference data for people: search and filter, one municipality with its regions, and the sources. */
@Controller
class GemeentePaginas {

    static final int PER_PAGINA = 25;

    private final GemeenteZoeken zoeken;
    private final Gemeenten gemeenten;

    GemeentePaginas(GemeenteZoeken zoeken, Gemeenten gemeenten) {
        this.zoeken = zoeken;
        this.gemeenten = gemeenten;
    }

    /** A plain GET form, so search, filter and paging work without JavaScript and can be bookmarked. */
    @GetMapping("/gemeenten")
    String lijst(@ModelAttribute GemeenteZoekFormulier zoek, BindingResult binding, Model model) {
        String naam = zoek.naam();
        String provincie = zoek.provincie();
        String pagina = zoek.pagina();
        model.addAttribute("naam", zoek.naamOfLeeg());
        model.addAttribute("provincie", zoek.provincieOfLeeg());
        model.addAttribute("provincies", gemeenten.provincies());
        try {
            Pagina<Gemeente> resultaat = zoeken.zoekBinnenBereik(naam, provincie, paginaNummer(pagina), PER_PAGINA);
            model.addAttribute("resultaat", resultaat);
            if (resultaat.heeftVorige()) {
                model.addAttribute("vorigeUrl", url(naam, provincie, resultaat.pagina() - 1));
            }
            if (resultaat.heeftVolgende()) {
                model.addAttribute("volgendeUrl", url(naam, provincie, resultaat.pagina() + 1));
            }
        } catch (OngeldigeInvoerException e) {
            Formulieren.weiger(binding, e.fouten());
            model.addAttribute("fouten", Formulieren.fouten(binding));
        }
        return "pages/gemeente/lijst";
    }

    @GetMapping("/gemeenten/bronnen")
    String bronnen() {
        return "pages/gemeente/bronnen";
    }

    @GetMapping("/gemeenten/{code}")
    String detail(@PathVariable String code, Model model) {
        Gemeente gemeente = zoeken.vind(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("regios", gemeenten.regios(gemeente.code()));
        return "pages/gemeente/detail";
    }

    /** People type or edit URLs: anything that is not a sensible page number means page 1; huge means the last. */
    static int paginaNummer(String invoer) {
        String getal = invoer == null ? "" : invoer.trim();
        if (!getal.matches("\\d+")) {
            return 1;
        }
        getal = getal.replaceFirst("^0+(?=\\d)", "");
        long nummer = getal.length() > 10 ? Integer.MAX_VALUE : Long.parseLong(getal);
        return (int) Math.max(1, Math.min(nummer, Integer.MAX_VALUE));
    }

    static String url(String naam, String provincie, int pagina) {
        Map<String, String> params = new LinkedHashMap<>();
        if (naam != null && !naam.isBlank()) {
            params.put("naam", naam);
        }
        if (provincie != null && !provincie.isBlank()) {
            params.put("provincie", provincie);
        }
        if (pagina > 1) {
            params.put("pagina", Integer.toString(pagina));
        }
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "/gemeenten" : "/gemeenten?" + query;
    }
}
