package nl.samenspel.gesprek.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenspel.gesprek.Agendasoort;
import nl.samenspel.gesprek.Gesprek;
import nl.samenspel.gesprek.GesprekInvoer;
import nl.samenspel.gesprek.Gesprekken;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Formulieren;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.Versie;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
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
 * The conversations: {@code /samenwerkingen/{id}/gesprekken} (the list and planning one), one page per conversation
 * (agenda with probing questions, notes, adjustments, actions) and {@code …/vragenbank}. Works without JavaScript;
 * errors go through the binding result ({@link Formulieren}).
 */
@Controller
class GesprekPaginas {

    private static final Map<String, String> MELDINGEN = Map.of(
            "gepland", "gesprek.melding.gepland",
            "verslag", "gesprek.melding.verslag",
            "bijsturing", "gesprek.melding.bijsturing",
            "bijsturing-versie", "gesprek.melding.bijsturing-versie",
            "actie", "gesprek.melding.actie",
            "vraag", "gesprek.melding.vraag");

    private final Gesprekken gesprekken;
    private final Samenwerkingen samenwerkingen;

    GesprekPaginas(Gesprekken gesprekken, Samenwerkingen samenwerkingen) {
        this.gesprekken = gesprekken;
        this.samenwerkingen = samenwerkingen;
    }

    // ---- the list ----

    /**
     * The list with the planning form; {@code dvo} and {@code rapportage} (from the link on a submitted report) fill
     * the form in advance, so a conversation is prepared from a report without typing its number.
     */
    @GetMapping("/samenwerkingen/{id}/gesprekken")
    String lijst(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String melding,
            @RequestParam(required = false) @Nullable String dvo,
            @RequestParam(required = false) @Nullable String rapportage,
            Model model) {
        Map<String, String> vooraf = new java.util.LinkedHashMap<>();
        if (dvo != null && dvo.matches("\\d{1,18}")) {
            vooraf.put("dvo", dvo);
        }
        if (rapportage != null && rapportage.matches("\\d{1,18}")) {
            vooraf.put("rapportage", rapportage);
        }
        return lijst(id, null, vooraf, melding(melding), "ok", model);
    }

    @PostMapping("/samenwerkingen/{id}/gesprekken")
    String plan(
            @PathVariable long id,
            @ModelAttribute GesprekFormulieren.Nieuw formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            Gesprek g = gesprekken.maak(
                    id,
                    new GesprekInvoer.Nieuw(
                            getal(formulier.dvo()), datum("datum", formulier.datum()), getal(formulier.rapportage())));
            return "redirect:/samenwerkingen/" + id + "/gesprekken/" + g.id() + "?melding=gepland";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return lijst(id, Formulieren.fouten(binding), formulier.waarden(), null, "ok", model);
        }
    }

    // ---- one conversation ----

    @GetMapping("/samenwerkingen/{id}/gesprekken/{gesprekId:\\d+}")
    String gesprek(
            @PathVariable long id,
            @PathVariable long gesprekId,
            @RequestParam(required = false) @Nullable String melding,
            Model model) {
        return gesprekPagina(id, gesprekId, null, Map.of(), melding(melding), "ok", model);
    }

    @PostMapping("/samenwerkingen/{id}/gesprekken/{gesprekId:\\d+}/verslag")
    String verslag(
            @PathVariable long id,
            @PathVariable long gesprekId,
            @ModelAttribute GesprekFormulieren.Verslag formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            gesprekken.legVerslagVast(id, gesprekId, Versie.uitFormulier(formulier.versie()), formulier.verslag());
            return terug(id, gesprekId, "verslag");
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return gesprekPagina(id, gesprekId, Formulieren.fouten(binding), formulier.waarden(), null, "ok", model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            Map<String, String> w = formulier.waarden();
            w.put("versie", String.valueOf(gesprekken.gesprek(id, gesprekId).versie()));
            return gesprekPagina(id, gesprekId, null, w, "fout.versie-conflict", "warning", model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/gesprekken/{gesprekId:\\d+}/bijsturingen")
    String bijsturing(
            @PathVariable long id,
            @PathVariable long gesprekId,
            @ModelAttribute GesprekFormulieren.Bijsturing formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            Gesprek.Bijsturing b = gesprekken.stuurBij(
                    id,
                    gesprekId,
                    new GesprekInvoer.Bijsturing(formulier.tekst(), "ja".equals(formulier.nieuweDvoVersie())));
            return terug(id, gesprekId, b.dvoVersienummer() == null ? "bijsturing" : "bijsturing-versie");
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return gesprekPagina(id, gesprekId, Formulieren.fouten(binding), formulier.waarden(), null, "ok", model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return gesprekPagina(id, gesprekId, null, formulier.waarden(), e.sleutel(), "warning", model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            return gesprekPagina(id, gesprekId, null, formulier.waarden(), "fout.versie-conflict", "warning", model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/gesprekken/{gesprekId:\\d+}/acties")
    String actie(
            @PathVariable long id,
            @PathVariable long gesprekId,
            @ModelAttribute GesprekFormulieren.Actie formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            gesprekken.maakActie(id, gesprekId, invoer(formulier));
            return terug(id, gesprekId, "actie");
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return gesprekPagina(id, gesprekId, Formulieren.fouten(binding), formulier.waarden(), null, "ok", model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/gesprekken/{gesprekId:\\d+}/acties/{actieId:\\d+}")
    String wijzigActie(
            @PathVariable long id,
            @PathVariable long gesprekId,
            @PathVariable long actieId,
            @ModelAttribute GesprekFormulieren.Actie formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            gesprekken.wijzigActie(id, gesprekId, actieId, Versie.uitFormulier(formulier.versie()), invoer(formulier));
            return terug(id, gesprekId, "actie");
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return gesprekPagina(id, gesprekId, Formulieren.fouten(binding), Map.of(), null, "ok", model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            return gesprekPagina(id, gesprekId, null, Map.of(), "fout.versie-conflict", "warning", model);
        }
    }

    // ---- question bank ----

    @GetMapping("/samenwerkingen/{id}/vragenbank")
    String vragenbank(@PathVariable long id, @RequestParam(required = false) @Nullable String melding, Model model) {
        return vragenbankPagina(id, null, Map.of(), melding(melding), "ok", model);
    }

    @PostMapping("/samenwerkingen/{id}/vragenbank")
    String maakVraag(
            @PathVariable long id,
            @ModelAttribute GesprekFormulieren.Vraag formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            gesprekken.maakVraag(id, new GesprekInvoer.Vraag(soort(formulier.soort()), formulier.tekst()));
            return "redirect:/samenwerkingen/" + id + "/vragenbank?melding=vraag";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return vragenbankPagina(id, Formulieren.fouten(binding), formulier.waarden(), null, "ok", model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/vragenbank/{vraagId:-?\\d+}")
    String wijzigVraag(
            @PathVariable long id,
            @PathVariable long vraagId,
            @ModelAttribute GesprekFormulieren.Vraag formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            gesprekken.wijzigVraag(
                    id,
                    vraagId,
                    Versie.uitFormulier(formulier.versie()),
                    new GesprekInvoer.Vraag(soort(formulier.soort()), formulier.tekst()));
            return "redirect:/samenwerkingen/" + id + "/vragenbank?melding=vraag";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return vragenbankPagina(id, Formulieren.fouten(binding), Map.of(), null, "ok", model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            return vragenbankPagina(id, null, Map.of(), "fout.versie-conflict", "warning", model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/vragenbank/{vraagId:-?\\d+}/verwijdering")
    String verwijderVraag(
            @PathVariable long id,
            @PathVariable long vraagId,
            @ModelAttribute GesprekFormulieren.Knop formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            gesprekken.verwijderVraag(id, vraagId, Versie.uitFormulier(formulier.versie()));
            return "redirect:/samenwerkingen/" + id + "/vragenbank?melding=vraag";
        } catch (VersieConflictException e) {
            response.setStatus(409);
            return vragenbankPagina(id, null, Map.of(), "fout.versie-conflict", "warning", model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/vragenbank/{vraagId:-?\\d+}/verplaatsing")
    String verplaatsVraag(
            @PathVariable long id,
            @PathVariable long vraagId,
            @ModelAttribute GesprekFormulieren.Knop formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            gesprekken.verplaatsVraag(
                    id, vraagId, Versie.uitFormulier(formulier.versie()), !"OMLAAG".equals(formulier.richting()));
            return "redirect:/samenwerkingen/" + id + "/vragenbank?melding=vraag";
        } catch (VersieConflictException e) {
            response.setStatus(409);
            return vragenbankPagina(id, null, Map.of(), "fout.versie-conflict", "warning", model);
        }
    }

    // ---- helpers ----

    private String lijst(
            long id,
            @Nullable Fouten fouten,
            Map<String, String> waarden,
            @Nullable String melding,
            String meldingSoort,
            Model model) {
        Samenwerking s = samenwerkingen.vind(id);
        model.addAttribute(
                "p",
                new GesprekPagina(
                        s,
                        gesprekken.gesprekken(id),
                        null,
                        gesprekken.dvos(id),
                        List.of(),
                        Map.of(),
                        null,
                        gesprekken.kanVragenbankBeheren(s),
                        gesprekken.vandaag(),
                        fouten,
                        waarden,
                        melding,
                        meldingSoort));
        return "pages/gesprek/lijst";
    }

    private String gesprekPagina(
            long id,
            long gesprekId,
            @Nullable Fouten fouten,
            Map<String, String> waarden,
            @Nullable String melding,
            String meldingSoort,
            Model model) {
        Samenwerking s = samenwerkingen.vind(id);
        Gesprek g = gesprekken.gesprek(id, gesprekId);
        model.addAttribute(
                "p",
                new GesprekPagina(
                        s,
                        List.of(),
                        g,
                        List.of(),
                        List.of(),
                        gesprekken.vragenPerSoort(id),
                        gesprekken.mag(s, g),
                        gesprekken.kanVragenbankBeheren(s),
                        gesprekken.vandaag(),
                        fouten,
                        waarden,
                        melding,
                        meldingSoort));
        return "pages/gesprek/gesprek";
    }

    private String vragenbankPagina(
            long id,
            @Nullable Fouten fouten,
            Map<String, String> waarden,
            @Nullable String melding,
            String meldingSoort,
            Model model) {
        Samenwerking s = samenwerkingen.vind(id);
        model.addAttribute(
                "p",
                new GesprekPagina(
                        s,
                        List.of(),
                        null,
                        List.of(),
                        gesprekken.vragenbank(id),
                        Map.of(),
                        null,
                        gesprekken.kanVragenbankBeheren(s),
                        gesprekken.vandaag(),
                        fouten,
                        waarden,
                        melding,
                        meldingSoort));
        return "pages/gesprek/vragenbank";
    }

    private static String terug(long id, long gesprekId, String melding) {
        return "redirect:/samenwerkingen/" + id + "/gesprekken/" + gesprekId + "?melding=" + melding;
    }

    private static @Nullable String melding(@Nullable String melding) {
        return MELDINGEN.get(melding == null ? "" : melding);
    }

    private static GesprekInvoer.Actie invoer(GesprekFormulieren.Actie f) {
        return new GesprekInvoer.Actie(
                f.omschrijving(), f.eigenaar(), datum("deadline", f.deadline()), "ja".equals(f.afgerond()));
    }

    /** A date as a date input sends it; empty: none; unreadable: refused for {@code veld}. */
    private static @Nullable LocalDate datum(String veld, @Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException e) {
            throw new OngeldigeInvoerException(new Fouten().voeg(veld, "fout.datum.ongeldig"));
        }
    }

    /** Blank: none; not a number: -1, which the service refuses with its message (no such DVO or report). */
    private static @Nullable Long getal(@Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(tekst.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static @Nullable Agendasoort soort(@Nullable String naam) {
        if (naam == null || naam.isBlank()) {
            return null;
        }
        try {
            return Agendasoort.valueOf(naam.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
