package nl.samenspel.evaluatie.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.samenspel.evaluatie.Actie;
import nl.samenspel.evaluatie.ActieInvoer;
import nl.samenspel.evaluatie.AfrekeningRichting;
import nl.samenspel.evaluatie.Evaluatie;
import nl.samenspel.evaluatie.EvaluatieInvoer;
import nl.samenspel.evaluatie.EvaluatieService;
import nl.samenspel.evaluatie.Opheffing;
import nl.samenspel.evaluatie.OpheffingInvoer;
import nl.samenspel.evaluatie.OpheffingStatus;
import nl.samenspel.evaluatie.Uittreding;
import nl.samenspel.evaluatie.UittredingInvoer;
import nl.samenspel.evaluatie.UittredingStatus;
import nl.samenspel.evaluatie.web.EvaluatieFormulieren.ActieFormulier;
import nl.samenspel.evaluatie.web.EvaluatieFormulieren.EvaluatieFormulier;
import nl.samenspel.evaluatie.web.EvaluatieFormulieren.OpheffingFormulier;
import nl.samenspel.evaluatie.web.EvaluatieFormulieren.UittredingFormulier;
import nl.samenspel.platform.Bedrag;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Formulieren;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.Versie;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.regeling.RegelingOnderdeel;
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
 * Evaluation and exit pages: {@code /samenwerkingen/{id}/evaluaties} (what the regeling says, the evaluations, a new
 * one), one page per evaluation (change it, its actions, a new action) and per action; {@code …/uittredingen} (list,
 * announce) and one page per uittreding (change it, its status); {@code …/opheffing}. Works without JavaScript;
 * errors go through the binding result.
 */
@Controller
class EvaluatiePaginas {

    private static final Map<String, String> MELDINGEN = Map.of(
            "opgeslagen", "evaluatie.melding.opgeslagen",
            "verwijderd", "evaluatie.melding.verwijderd");

    private static final List<RegelingOnderdeel> EVALUATIE = List.of(RegelingOnderdeel.EVALUATIE);
    private static final List<RegelingOnderdeel> UITTREDING =
            List.of(RegelingOnderdeel.UITTREDING_VOORWAARDEN, RegelingOnderdeel.UITTREDING_GEVOLGEN);
    private static final List<RegelingOnderdeel> OPHEFFING =
            List.of(RegelingOnderdeel.OPHEFFING, RegelingOnderdeel.VEREFFENING);

    private final EvaluatieService service;
    private final Samenwerkingen samenwerkingen;

    EvaluatiePaginas(EvaluatieService service, Samenwerkingen samenwerkingen) {
        this.service = service;
        this.samenwerkingen = samenwerkingen;
    }

    /** A page's own part: which template, which regeling items, which evaluation, action or uittreding. */
    private record Deel(
            String sjabloon,
            List<RegelingOnderdeel> onderdelen,
            @Nullable Long evaluatieId,
            @Nullable Long actieId,
            @Nullable Long uittredingId) {}

    private static Deel evaluatiesDeel() {
        return new Deel("pages/evaluatie/evaluaties", EVALUATIE, null, null, null);
    }

    private static Deel evaluatieDeel(long evaluatieId) {
        return new Deel("pages/evaluatie/evaluatie", EVALUATIE, evaluatieId, null, null);
    }

    private static Deel actieDeel(long evaluatieId, long actieId) {
        return new Deel("pages/evaluatie/actie", EVALUATIE, evaluatieId, actieId, null);
    }

    private static Deel uittredingenDeel() {
        return new Deel("pages/evaluatie/uittredingen", UITTREDING, null, null, null);
    }

    private static Deel uittredingDeel(long uittredingId) {
        return new Deel("pages/evaluatie/uittreding", UITTREDING, null, null, uittredingId);
    }

    private static Deel opheffingDeel() {
        return new Deel("pages/evaluatie/opheffing", OPHEFFING, null, null, null);
    }

    // ---- evaluations ----

    @GetMapping("/samenwerkingen/{id}/evaluaties")
    String evaluaties(@PathVariable long id, @RequestParam(required = false) @Nullable String melding, Model model) {
        return toon(id, evaluatiesDeel(), null, Map.of(), melding(melding), "ok", model);
    }

    @PostMapping("/samenwerkingen/{id}/evaluaties")
    String maakEvaluatie(
            @PathVariable long id,
            @ModelAttribute EvaluatieFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            Evaluatie e = service.maakEvaluatie(id, invoer(formulier));
            return "redirect:/samenwerkingen/" + id + "/evaluaties/" + e.id() + "?melding=opgeslagen";
        } catch (OngeldigeInvoerException e) {
            return fout(id, evaluatiesDeel(), e, binding, formulier.waarden(), model, response);
        }
    }

    @GetMapping("/samenwerkingen/{id}/evaluaties/{evaluatieId:\\d+}")
    String evaluatie(
            @PathVariable long id,
            @PathVariable long evaluatieId,
            @RequestParam(required = false) @Nullable String melding,
            Model model) {
        return toon(id, evaluatieDeel(evaluatieId), null, Map.of(), melding(melding), "ok", model);
    }

    @PostMapping("/samenwerkingen/{id}/evaluaties/{evaluatieId:\\d+}")
    String wijzigEvaluatie(
            @PathVariable long id,
            @PathVariable long evaluatieId,
            @ModelAttribute EvaluatieFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        Deel deel = evaluatieDeel(evaluatieId);
        try {
            service.wijzigEvaluatie(id, evaluatieId, Versie.uitFormulier(formulier.versie()), invoer(formulier));
            return "redirect:/samenwerkingen/" + id + "/evaluaties/" + evaluatieId + "?melding=opgeslagen";
        } catch (OngeldigeInvoerException e) {
            return fout(id, deel, e, binding, formulier.waarden(), model, response);
        } catch (VersieConflictException e) {
            Map<String, String> w = formulier.waarden();
            w.put("versie", String.valueOf(service.evaluatie(id, evaluatieId).versie()));
            return conflict(id, deel, "fout.versie-conflict", w, model, response);
        }
    }

    @PostMapping("/samenwerkingen/{id}/evaluaties/{evaluatieId:\\d+}/verwijderen")
    String verwijderEvaluatie(
            @PathVariable long id,
            @PathVariable long evaluatieId,
            @RequestParam(required = false) @Nullable String versie,
            Model model,
            HttpServletResponse response) {
        try {
            service.verwijderEvaluatie(id, evaluatieId, Versie.uitFormulier(versie));
            return "redirect:/samenwerkingen/" + id + "/evaluaties?melding=verwijderd";
        } catch (VersieConflictException e) {
            return conflict(id, evaluatieDeel(evaluatieId), "fout.versie-conflict", Map.of(), model, response);
        }
    }

    // ---- actions ----

    @PostMapping("/samenwerkingen/{id}/evaluaties/{evaluatieId:\\d+}/acties")
    String maakActie(
            @PathVariable long id,
            @PathVariable long evaluatieId,
            @ModelAttribute ActieFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            service.maakActie(id, evaluatieId, invoer(formulier));
            return "redirect:/samenwerkingen/" + id + "/evaluaties/" + evaluatieId + "?melding=opgeslagen";
        } catch (OngeldigeInvoerException e) {
            return fout(id, evaluatieDeel(evaluatieId), e, binding, formulier.waarden(), model, response);
        }
    }

    @GetMapping("/samenwerkingen/{id}/evaluaties/{evaluatieId:\\d+}/acties/{actieId:\\d+}")
    String actie(@PathVariable long id, @PathVariable long evaluatieId, @PathVariable long actieId, Model model) {
        return toon(id, actieDeel(evaluatieId, actieId), null, Map.of(), null, "ok", model);
    }

    @PostMapping("/samenwerkingen/{id}/evaluaties/{evaluatieId:\\d+}/acties/{actieId:\\d+}")
    String wijzigActie(
            @PathVariable long id,
            @PathVariable long evaluatieId,
            @PathVariable long actieId,
            @ModelAttribute ActieFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        Deel deel = actieDeel(evaluatieId, actieId);
        try {
            service.wijzigActie(id, evaluatieId, actieId, Versie.uitFormulier(formulier.versie()), invoer(formulier));
            return "redirect:/samenwerkingen/" + id + "/evaluaties/" + evaluatieId + "?melding=opgeslagen";
        } catch (OngeldigeInvoerException e) {
            return fout(id, deel, e, binding, formulier.waarden(), model, response);
        } catch (VersieConflictException e) {
            Map<String, String> w = formulier.waarden();
            w.put(
                    "versie",
                    String.valueOf(service.actie(id, evaluatieId, actieId).versie()));
            return conflict(id, deel, "fout.versie-conflict", w, model, response);
        }
    }

    /** The one-button "done today" (the regisseur, or an uitvoerder who carries the samenwerking out). */
    @PostMapping("/samenwerkingen/{id}/evaluaties/{evaluatieId:\\d+}/acties/{actieId:\\d+}/afronden")
    String rondActieAf(
            @PathVariable long id,
            @PathVariable long evaluatieId,
            @PathVariable long actieId,
            @RequestParam(required = false) @Nullable String versie,
            Model model,
            HttpServletResponse response) {
        try {
            service.rondActieAf(id, evaluatieId, actieId, Versie.uitFormulier(versie));
            return "redirect:/samenwerkingen/" + id + "/evaluaties/" + evaluatieId + "?melding=opgeslagen";
        } catch (VersieConflictException e) {
            return conflict(id, evaluatieDeel(evaluatieId), "fout.versie-conflict", Map.of(), model, response);
        }
    }

    @PostMapping("/samenwerkingen/{id}/evaluaties/{evaluatieId:\\d+}/acties/{actieId:\\d+}/verwijderen")
    String verwijderActie(
            @PathVariable long id,
            @PathVariable long evaluatieId,
            @PathVariable long actieId,
            @RequestParam(required = false) @Nullable String versie,
            Model model,
            HttpServletResponse response) {
        try {
            service.verwijderActie(id, evaluatieId, actieId, Versie.uitFormulier(versie));
            return "redirect:/samenwerkingen/" + id + "/evaluaties/" + evaluatieId + "?melding=verwijderd";
        } catch (VersieConflictException e) {
            return conflict(id, evaluatieDeel(evaluatieId), "fout.versie-conflict", Map.of(), model, response);
        }
    }

    // ---- uittredingen ----

    @GetMapping("/samenwerkingen/{id}/uittredingen")
    String uittredingen(@PathVariable long id, @RequestParam(required = false) @Nullable String melding, Model model) {
        return toon(id, uittredingenDeel(), null, Map.of(), melding(melding), "ok", model);
    }

    @PostMapping("/samenwerkingen/{id}/uittredingen")
    String maakUittreding(
            @PathVariable long id,
            @ModelAttribute UittredingFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        Deel deel = uittredingenDeel();
        try {
            Uittreding u = service.maakUittreding(id, invoer(formulier, null));
            return "redirect:/samenwerkingen/" + id + "/uittredingen/" + u.id() + "?melding=opgeslagen";
        } catch (OngeldigeInvoerException e) {
            return fout(id, deel, e, binding, formulier.waarden(), model, response);
        } catch (ConflictException e) {
            return conflict(id, deel, e.sleutel(), formulier.waarden(), model, response);
        }
    }

    @GetMapping("/samenwerkingen/{id}/uittredingen/{uittredingId:\\d+}")
    String uittreding(
            @PathVariable long id,
            @PathVariable long uittredingId,
            @RequestParam(required = false) @Nullable String melding,
            Model model) {
        return toon(id, uittredingDeel(uittredingId), null, Map.of(), melding(melding), "ok", model);
    }

    @PostMapping("/samenwerkingen/{id}/uittredingen/{uittredingId:\\d+}")
    String wijzigUittreding(
            @PathVariable long id,
            @PathVariable long uittredingId,
            @ModelAttribute UittredingFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        Deel deel = uittredingDeel(uittredingId);
        try {
            UittredingStatus status = waarde(UittredingStatus.class, formulier.status());
            service.wijzigUittreding(
                    id, uittredingId, Versie.uitFormulier(formulier.versie()), invoer(formulier, status));
            return "redirect:/samenwerkingen/" + id + "/uittredingen/" + uittredingId + "?melding=opgeslagen";
        } catch (OngeldigeInvoerException e) {
            return fout(id, deel, e, binding, formulier.waarden(), model, response);
        } catch (VersieConflictException e) {
            Map<String, String> w = formulier.waarden();
            w.put("versie", String.valueOf(service.uittreding(id, uittredingId).versie()));
            return conflict(id, deel, "fout.versie-conflict", w, model, response);
        } catch (ConflictException e) {
            return conflict(id, deel, e.sleutel(), formulier.waarden(), model, response);
        }
    }

    // ---- opheffing ----

    @GetMapping("/samenwerkingen/{id}/opheffing")
    String opheffing(@PathVariable long id, @RequestParam(required = false) @Nullable String melding, Model model) {
        return toon(id, opheffingDeel(), null, Map.of(), melding(melding), "ok", model);
    }

    @PostMapping("/samenwerkingen/{id}/opheffing")
    String bewaarOpheffing(
            @PathVariable long id,
            @ModelAttribute OpheffingFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        Deel deel = opheffingDeel();
        try {
            Long versie = formulier.versie() == null || formulier.versie().isBlank()
                    ? null
                    : Versie.uitFormulier(formulier.versie());
            service.bewaarOpheffing(
                    id,
                    versie,
                    new OpheffingInvoer(
                            Gebeurdatum.lees("besluitdatum", formulier.besluitdatum()),
                            Gebeurdatum.lees("ingangsdatum", formulier.ingangsdatum()),
                            formulier.vereffening(),
                            formulier.vereffenaar(),
                            waarde(OpheffingStatus.class, formulier.status())));
            return "redirect:/samenwerkingen/" + id + "/opheffing?melding=opgeslagen";
        } catch (OngeldigeInvoerException e) {
            return fout(id, deel, e, binding, formulier.waarden(), model, response);
        } catch (VersieConflictException e) {
            Map<String, String> w = formulier.waarden();
            service.opheffing(id).ifPresent(o -> w.put("versie", String.valueOf(o.versie())));
            return conflict(id, deel, "fout.versie-conflict", w, model, response);
        } catch (ConflictException e) {
            return conflict(id, deel, e.sleutel(), formulier.waarden(), model, response);
        }
    }

    @PostMapping("/samenwerkingen/{id}/opheffing/verwijderen")
    String verwijderOpheffing(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String versie,
            Model model,
            HttpServletResponse response) {
        try {
            service.verwijderOpheffing(id, Versie.uitFormulier(versie));
            return "redirect:/samenwerkingen/" + id + "/opheffing?melding=verwijderd";
        } catch (VersieConflictException e) {
            return conflict(id, opheffingDeel(), "fout.versie-conflict", Map.of(), model, response);
        } catch (ConflictException e) {
            return conflict(id, opheffingDeel(), e.sleutel(), Map.of(), model, response);
        }
    }

    // ---- helpers ----

    private String fout(
            long id,
            Deel deel,
            OngeldigeInvoerException e,
            BindingResult binding,
            Map<String, String> waarden,
            Model model,
            HttpServletResponse response) {
        response.setStatus(400);
        Formulieren.weiger(binding, e.fouten());
        return toon(id, deel, Formulieren.fouten(binding), waarden, null, "ok", model);
    }

    private String conflict(
            long id,
            Deel deel,
            String sleutel,
            Map<String, String> waarden,
            Model model,
            HttpServletResponse response) {
        response.setStatus(409);
        return toon(id, deel, null, waarden, sleutel, "warning", model);
    }

    private String toon(
            long id,
            Deel deel,
            @Nullable Fouten fouten,
            Map<String, String> waarden,
            @Nullable String melding,
            String meldingSoort,
            Model model) {
        Samenwerking s = samenwerkingen.vind(id);
        Evaluatie evaluatie = deel.evaluatieId() == null ? null : service.evaluatie(id, deel.evaluatieId());
        Actie actie = deel.actieId() == null
                ? null
                : service.actie(id, Objects.requireNonNull(deel.evaluatieId()), deel.actieId());
        Uittreding uittreding = deel.uittredingId() == null ? null : service.uittreding(id, deel.uittredingId());
        Opheffing opheffing = service.opheffing(id).orElse(null);
        boolean metEvaluaties = deel.sjabloon().endsWith("/evaluaties");
        boolean metUittredingen = deel.sjabloon().endsWith("/uittredingen");
        model.addAttribute(
                "p",
                new EvaluatiePagina(
                        s,
                        service.vandaag(),
                        deel.onderdelen().stream()
                                .map(o -> new EvaluatiePagina.RegelingRegel(
                                        o, service.regeling(id, o).orElse(null)))
                                .toList(),
                        metEvaluaties ? service.evaluaties(id) : List.of(),
                        evaluatie,
                        actie,
                        metUittredingen ? service.uittredingen(id) : List.of(),
                        uittreding,
                        opheffing,
                        service.kanEvalueren(s),
                        service.kanActieAfronden(s),
                        uittreding == null
                                ? !service.aankondigbaar(s).isEmpty()
                                : service.kanUittredingWijzigen(s, uittreding.gemeenteCode()),
                        service.kanUittredingAfronden(s),
                        service.kanOpheffen(s),
                        service.aankondigbaar(s),
                        fouten,
                        waarden,
                        melding,
                        meldingSoort));
        return deel.sjabloon();
    }

    private static @Nullable String melding(@Nullable String melding) {
        return MELDINGEN.get(melding == null ? "" : melding);
    }

    private static EvaluatieInvoer invoer(EvaluatieFormulier f) {
        return new EvaluatieInvoer(
                Gebeurdatum.lees("gepland", f.gepland()),
                f.reikwijdte(),
                f.evaluator(),
                f.bevindingen(),
                Gebeurdatum.lees("uitgevoerd", f.uitgevoerd()));
    }

    private static ActieInvoer invoer(ActieFormulier f) {
        return new ActieInvoer(
                f.omschrijving(),
                f.eigenaar(),
                Gebeurdatum.lees("deadline", f.deadline()),
                Gebeurdatum.lees("afgerond", f.afgerond()));
    }

    private static UittredingInvoer invoer(UittredingFormulier f, @Nullable UittredingStatus status) {
        Bedrag.Uitkomst bedrag = Bedrag.lees(f.afrekening());
        if (!bedrag.gelukt()) {
            throw OngeldigeInvoerException.van("afrekening", Objects.requireNonNull(bedrag.foutSleutel()));
        }
        return new UittredingInvoer(
                f.gemeente(),
                Gebeurdatum.lees("aangekondigdOp", f.aangekondigdOp()),
                Gebeurdatum.lees("datum", f.datum()),
                f.reden(),
                f.voorwaarden(),
                bedrag.bedrag(),
                waarde(AfrekeningRichting.class, f.richting()),
                f.personeel(),
                f.vermogen(),
                f.contracten(),
                status);
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
