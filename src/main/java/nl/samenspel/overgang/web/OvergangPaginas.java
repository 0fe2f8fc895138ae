package nl.samenspel.overgang.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.overgang.Belanghebbende;
import nl.samenspel.overgang.Maatregel;
import nl.samenspel.overgang.MaatregelInvoer;
import nl.samenspel.overgang.MaatregelSoort;
import nl.samenspel.overgang.Overdracht;
import nl.samenspel.overgang.OverdrachtInvoer;
import nl.samenspel.overgang.OverdrachtSoort;
import nl.samenspel.overgang.Overgang;
import nl.samenspel.overgang.StartInvoer;
import nl.samenspel.overgang.Verwachting;
import nl.samenspel.overgang.VerwachtingInvoer;
import nl.samenspel.platform.Bedrag;
import nl.samenspel.platform.Formulieren;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.Versie;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HuidigeGebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /samenwerkingen/{id}/overgang}: the formal start and transition period (with its form), the measures, the
 * overdrachtsinventaris grouped by kind and the expectations per stakeholder group; one page per measure, inventory
 * item and expectation (new or changed). Works without JavaScript; errors go through the binding result.
 */
@Controller
class OvergangPaginas {

    private static final String PAD = "/samenwerkingen/{id}/overgang";

    private static final Map<String, String> MELDINGEN = Map.of(
            "opgeslagen", "overgang.melding.opgeslagen",
            "verwijderd", "overgang.melding.verwijderd");

    private final Overgang overgang;
    private final Samenwerkingen samenwerkingen;

    OvergangPaginas(Overgang overgang, Samenwerkingen samenwerkingen) {
        this.overgang = overgang;
        this.samenwerkingen = samenwerkingen;
    }

    // ---- the overview with start and transition ----

    @GetMapping(PAD)
    String overzicht(@PathVariable long id, @RequestParam(required = false) @Nullable String melding, Model model) {
        model.addAttribute(
                "p", pagina(id, null, null, null, null, Map.of(), MELDINGEN.get(melding == null ? "" : melding)));
        return "pages/overgang/overzicht";
    }

    @PostMapping(PAD + "/start")
    String legVast(
            @PathVariable long id,
            @ModelAttribute StartFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            overgang.legVast(
                    id,
                    Versie.uitFormulier(formulier.versie()),
                    new StartInvoer(
                            formulier.start(),
                            formulier.transitieStart(),
                            formulier.transitieEind(),
                            formulier.toelichting()));
            return "redirect:/samenwerkingen/" + id + "/overgang?melding=opgeslagen";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            model.addAttribute(
                    "p", pagina(id, null, null, null, Formulieren.fouten(binding), formulier.waarden(), null));
            return "pages/overgang/overzicht";
        } catch (VersieConflictException e) {
            response.setStatus(409);
            Map<String, String> w = formulier.waarden();
            w.put("versie", String.valueOf(overgang.stand(id).versie()));
            OvergangPagina p = pagina(id, null, null, null, null, w, "fout.versie-conflict");
            model.addAttribute("p", p);
            return "pages/overgang/overzicht";
        }
    }

    // ---- measures ----

    @GetMapping(PAD + "/maatregelen/nieuw")
    String nieuweMaatregel(@PathVariable long id, Model model) {
        return maatregelPagina(id, null, null, Map.of(), null, model);
    }

    @GetMapping(PAD + "/maatregelen/{mid:\\d+}")
    String maatregel(@PathVariable long id, @PathVariable long mid, Model model) {
        return maatregelPagina(id, mid, null, Map.of(), null, model);
    }

    @PostMapping(PAD + "/maatregelen")
    String maakMaatregel(
            @PathVariable long id,
            @ModelAttribute MaatregelFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            overgang.maakMaatregel(id, invoer(formulier));
            return "redirect:/samenwerkingen/" + id + "/overgang?melding=opgeslagen#maatregelen-kop";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return maatregelPagina(id, null, Formulieren.fouten(binding), formulier.waarden(), null, model);
        }
    }

    @PostMapping(PAD + "/maatregelen/{mid:\\d+}")
    String wijzigMaatregel(
            @PathVariable long id,
            @PathVariable long mid,
            @ModelAttribute MaatregelFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            overgang.wijzigMaatregel(id, mid, Versie.uitFormulier(formulier.versie()), invoer(formulier));
            return "redirect:/samenwerkingen/" + id + "/overgang?melding=opgeslagen#maatregelen-kop";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return maatregelPagina(id, mid, Formulieren.fouten(binding), formulier.waarden(), null, model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            Map<String, String> w = formulier.waarden();
            w.put("versie", String.valueOf(overgang.maatregel(id, mid).versie()));
            return maatregelPagina(id, mid, null, w, "fout.versie-conflict", model);
        }
    }

    @PostMapping(PAD + "/maatregelen/{mid:\\d+}/verwijderen")
    String verwijderMaatregel(
            @PathVariable long id,
            @PathVariable long mid,
            @RequestParam(required = false) @Nullable String versie,
            Model model,
            HttpServletResponse response) {
        try {
            overgang.verwijderMaatregel(id, mid, Versie.uitFormulier(versie));
            return "redirect:/samenwerkingen/" + id + "/overgang?melding=verwijderd#maatregelen-kop";
        } catch (VersieConflictException e) {
            response.setStatus(409);
            return maatregelPagina(id, mid, null, Map.of(), "fout.versie-conflict", model);
        }
    }

    // ---- overdrachtsinventaris ----

    @GetMapping(PAD + "/overdrachtsinventaris/nieuw")
    String nieuweOverdracht(@PathVariable long id, Model model) {
        return overdrachtPagina(id, null, null, Map.of(), null, model);
    }

    @GetMapping(PAD + "/overdrachtsinventaris/{oid:\\d+}")
    String overdracht(@PathVariable long id, @PathVariable long oid, Model model) {
        return overdrachtPagina(id, oid, null, Map.of(), null, model);
    }

    @PostMapping(PAD + "/overdrachtsinventaris")
    String maakOverdracht(
            @PathVariable long id,
            @ModelAttribute OverdrachtFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            overgang.maakOverdracht(id, invoer(formulier));
            return "redirect:/samenwerkingen/" + id + "/overgang?melding=opgeslagen#inventaris-kop";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return overdrachtPagina(id, null, Formulieren.fouten(binding), formulier.waarden(), null, model);
        }
    }

    @PostMapping(PAD + "/overdrachtsinventaris/{oid:\\d+}")
    String wijzigOverdracht(
            @PathVariable long id,
            @PathVariable long oid,
            @ModelAttribute OverdrachtFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            overgang.wijzigOverdracht(id, oid, Versie.uitFormulier(formulier.versie()), invoer(formulier));
            return "redirect:/samenwerkingen/" + id + "/overgang?melding=opgeslagen#inventaris-kop";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return overdrachtPagina(id, oid, Formulieren.fouten(binding), formulier.waarden(), null, model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            Map<String, String> w = formulier.waarden();
            w.put("versie", String.valueOf(overgang.overdracht(id, oid).versie()));
            return overdrachtPagina(id, oid, null, w, "fout.versie-conflict", model);
        }
    }

    @PostMapping(PAD + "/overdrachtsinventaris/{oid:\\d+}/verwijderen")
    String verwijderOverdracht(
            @PathVariable long id,
            @PathVariable long oid,
            @RequestParam(required = false) @Nullable String versie,
            Model model,
            HttpServletResponse response) {
        try {
            overgang.verwijderOverdracht(id, oid, Versie.uitFormulier(versie));
            return "redirect:/samenwerkingen/" + id + "/overgang?melding=verwijderd#inventaris-kop";
        } catch (VersieConflictException e) {
            response.setStatus(409);
            return overdrachtPagina(id, oid, null, Map.of(), "fout.versie-conflict", model);
        }
    }

    // ---- expectations ----

    @GetMapping(PAD + "/verwachtingen/nieuw")
    String nieuweVerwachting(
            @PathVariable long id, @RequestParam(required = false) @Nullable String groep, Model model) {
        Map<String, String> w = groep == null ? Map.of() : Map.of("groep", groep);
        return verwachtingPagina(id, null, null, w, null, model);
    }

    @GetMapping(PAD + "/verwachtingen/{vid:\\d+}")
    String verwachting(@PathVariable long id, @PathVariable long vid, Model model) {
        return verwachtingPagina(id, vid, null, Map.of(), null, model);
    }

    @PostMapping(PAD + "/verwachtingen")
    String maakVerwachting(
            @PathVariable long id,
            @ModelAttribute VerwachtingFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            overgang.maakVerwachting(id, invoer(formulier));
            return "redirect:/samenwerkingen/" + id + "/overgang?melding=opgeslagen#verwachtingen-kop";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return verwachtingPagina(id, null, Formulieren.fouten(binding), formulier.waarden(), null, model);
        }
    }

    @PostMapping(PAD + "/verwachtingen/{vid:\\d+}")
    String wijzigVerwachting(
            @PathVariable long id,
            @PathVariable long vid,
            @ModelAttribute VerwachtingFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            overgang.wijzigVerwachting(id, vid, Versie.uitFormulier(formulier.versie()), invoer(formulier));
            return "redirect:/samenwerkingen/" + id + "/overgang?melding=opgeslagen#verwachtingen-kop";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return verwachtingPagina(id, vid, Formulieren.fouten(binding), formulier.waarden(), null, model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            Map<String, String> w = formulier.waarden();
            w.put("versie", String.valueOf(overgang.verwachting(id, vid).versie()));
            return verwachtingPagina(id, vid, null, w, "fout.versie-conflict", model);
        }
    }

    @PostMapping(PAD + "/verwachtingen/{vid:\\d+}/verwijderen")
    String verwijderVerwachting(
            @PathVariable long id,
            @PathVariable long vid,
            @RequestParam(required = false) @Nullable String versie,
            Model model,
            HttpServletResponse response) {
        try {
            overgang.verwijderVerwachting(id, vid, Versie.uitFormulier(versie));
            return "redirect:/samenwerkingen/" + id + "/overgang?melding=verwijderd#verwachtingen-kop";
        } catch (VersieConflictException e) {
            response.setStatus(409);
            return verwachtingPagina(id, vid, null, Map.of(), "fout.versie-conflict", model);
        }
    }

    // ---- helpers ----

    /** An item page is a form: only for who may write it (403 otherwise, 404 for an unknown item). */
    private String maatregelPagina(
            long id,
            @Nullable Long mid,
            @Nullable Fouten fouten,
            Map<String, String> waarden,
            @Nullable String melding,
            Model model) {
        Maatregel m = overgang.maatregelTeBewerken(id, mid);
        model.addAttribute("p", pagina(id, m, null, null, fouten, waarden, melding));
        return "pages/overgang/maatregel";
    }

    private String overdrachtPagina(
            long id,
            @Nullable Long oid,
            @Nullable Fouten fouten,
            Map<String, String> waarden,
            @Nullable String melding,
            Model model) {
        Overdracht o = overgang.overdrachtTeBewerken(id, oid);
        model.addAttribute("p", pagina(id, null, o, null, fouten, waarden, melding));
        return "pages/overgang/overdracht";
    }

    private String verwachtingPagina(
            long id,
            @Nullable Long vid,
            @Nullable Fouten fouten,
            Map<String, String> waarden,
            @Nullable String melding,
            Model model) {
        Verwachting v = overgang.verwachtingTeBewerken(id, vid);
        model.addAttribute("p", pagina(id, null, null, v, fouten, waarden, melding));
        return "pages/overgang/verwachting";
    }

    private OvergangPagina pagina(
            long id,
            @Nullable Maatregel maatregel,
            @Nullable Overdracht overdracht,
            @Nullable Verwachting verwachting,
            @Nullable Fouten fouten,
            Map<String, String> waarden,
            @Nullable String melding) {
        Samenwerking s = samenwerkingen.vind(id);
        Gebruiker g = HuidigeGebruiker.get();
        List<Overdracht> inventaris = overgang.inventaris(id);
        Set<Long> bewerkbaar = inventaris.stream()
                .filter(o -> overgang.kanInventaris(s, o.gemeenteCode()))
                .map(Overdracht::id)
                .collect(Collectors.toSet());
        String eigen = g.gemeenteCode() != null && s.neemtDeel(g.gemeenteCode()) ? g.gemeenteCode() : null;
        return new OvergangPagina(
                s,
                overgang.stand(id),
                overgang.maatregelen(id),
                inventaris,
                overgang.verwachtingen(id),
                overgang.kanVastleggen(s),
                overgang.kanInventarisAanvullen(s),
                overgang.kanVerwachtingen(s),
                bewerkbaar,
                eigen,
                maatregel,
                overdracht,
                verwachting,
                fouten,
                waarden,
                melding,
                melding != null && melding.startsWith("fout.") ? "warning" : "ok");
    }

    private static MaatregelInvoer invoer(MaatregelFormulier f) {
        return new MaatregelInvoer(
                waarde(MaatregelSoort.class, f.soort()), f.omschrijving(), jaar(f.jaar()), Bedrag.lees(f.bedrag()));
    }

    private static OverdrachtInvoer invoer(OverdrachtFormulier f) {
        return new OverdrachtInvoer(
                waarde(OverdrachtSoort.class, f.soort()), f.naam(), f.omschrijving(), f.gemeente(), f.ontdekt());
    }

    private static VerwachtingInvoer invoer(VerwachtingFormulier f) {
        return new VerwachtingInvoer(
                waarde(Belanghebbende.class, f.groep()), f.verwachting(), f.communicatie(), f.volgendeToets());
    }

    /** Blank: none; not a number: 0, which the service refuses with its message. */
    private static @Nullable Integer jaar(@Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(tekst.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** An unknown or empty choice is none; the service says what is missing. */
    private static <E extends Enum<E>> @Nullable E waarde(Class<E> type, @Nullable String naam) {
        if (naam == null || naam.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, naam.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
