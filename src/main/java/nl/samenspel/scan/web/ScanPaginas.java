package nl.samenspel.scan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Formulieren;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.Teksten;
import nl.samenspel.platform.Versie;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.scan.ActieInvoer;
import nl.samenspel.scan.AntwoordInvoer;
import nl.samenspel.scan.Scan;
import nl.samenspel.scan.Scans;
import nl.samenspel.scan.Verschil;
import nl.samenspel.scan.web.ScanFormulieren.ActieFormulier;
import nl.samenspel.scan.web.ScanFormulieren.AfrondFormulier;
import nl.samenspel.scan.web.ScanFormulieren.AntwoordFormulier;
import nl.samenspel.scan.web.ScanFormulieren.OpenFormulier;
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
 * Scan pages: {@code /samenwerkingen/{id}/scans} (the rounds, open a new one) and {@code …/scans/{sid}} (where each
 * party stands, the answer form of the user's own party, the differences as a dot plot with a table, the open
 * answers, the action plan, closing). Works without JavaScript; errors go through the binding result.
 */
@Controller
class ScanPaginas {

    private static final Map<String, String> MELDINGEN = Map.of(
            "opgeslagen", "scan.melding.opgeslagen",
            "ingediend", "scan.melding.ingediend",
            "afgerond", "scan.melding.afgerond",
            "geopend", "scan.melding.geopend");

    private final Scans service;
    private final Samenwerkingen samenwerkingen;
    private final Teksten teksten;

    ScanPaginas(Scans service, Samenwerkingen samenwerkingen, Teksten teksten) {
        this.service = service;
        this.samenwerkingen = samenwerkingen;
        this.teksten = teksten;
    }

    @GetMapping("/samenwerkingen/{id}/scans")
    String scans(@PathVariable long id, @RequestParam(required = false) @Nullable String melding, Model model) {
        return toon(id, null, null, null, Map.of(), melding(melding), "ok", model);
    }

    @PostMapping("/samenwerkingen/{id}/scans")
    String open(
            @PathVariable long id,
            @ModelAttribute OpenFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            Scan scan = service.open(id, Gebeurdatum.lees("gestartOp", formulier.gestartOp()));
            return "redirect:/samenwerkingen/" + id + "/scans/" + scan.id() + "?melding=geopend";
        } catch (OngeldigeInvoerException e) {
            return fout(id, null, "open", e, binding, formulier.waarden(), model, response);
        } catch (ConflictException e) {
            return conflict(id, null, e.sleutel(), model, response);
        }
    }

    @GetMapping("/samenwerkingen/{id}/scans/{scanId:\\d+}")
    String scan(
            @PathVariable long id,
            @PathVariable long scanId,
            @RequestParam(required = false) @Nullable String melding,
            Model model) {
        return toon(id, scanId, null, null, Map.of(), melding(melding), "ok", model);
    }

    @PostMapping("/samenwerkingen/{id}/scans/{scanId:\\d+}/antwoorden/{partij}")
    String bewaarAntwoorden(
            @PathVariable long id,
            @PathVariable long scanId,
            @PathVariable String partij,
            @ModelAttribute AntwoordFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            service.bewaarAntwoorden(
                    id,
                    scanId,
                    partij,
                    Versie.uitFormulier(formulier.versie()),
                    new AntwoordInvoer(formulier.scores(), formulier.open(), formulier.indienen()));
            return "redirect:/samenwerkingen/" + id + "/scans/" + scanId + "?melding="
                    + (formulier.indienen() ? "ingediend" : "opgeslagen");
        } catch (OngeldigeInvoerException e) {
            return fout(id, scanId, partij, e, binding, formulier.waarden(), model, response);
        } catch (VersieConflictException e) {
            return conflict(id, scanId, "fout.versie-conflict", model, response);
        } catch (ConflictException e) {
            return conflict(id, scanId, e.sleutel(), model, response);
        }
    }

    @PostMapping("/samenwerkingen/{id}/scans/{scanId:\\d+}/acties")
    String maakActie(
            @PathVariable long id,
            @PathVariable long scanId,
            @ModelAttribute ActieFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            service.maakActie(
                    id,
                    scanId,
                    new ActieInvoer(
                            formulier.omschrijving(),
                            formulier.eigenaar(),
                            Gebeurdatum.lees("deadline", formulier.deadline()),
                            null));
            return "redirect:/samenwerkingen/" + id + "/scans/" + scanId + "?melding=opgeslagen#actieplan";
        } catch (OngeldigeInvoerException e) {
            return fout(id, scanId, "actie", e, binding, formulier.waarden(), model, response);
        }
    }

    @PostMapping("/samenwerkingen/{id}/scans/{scanId:\\d+}/acties/{actieId:\\d+}/afronden")
    String rondActieAf(
            @PathVariable long id,
            @PathVariable long scanId,
            @PathVariable long actieId,
            @RequestParam(required = false) @Nullable String versie,
            Model model,
            HttpServletResponse response) {
        try {
            service.rondActieAf(id, scanId, actieId, Versie.uitFormulier(versie));
            return "redirect:/samenwerkingen/" + id + "/scans/" + scanId + "?melding=opgeslagen#actieplan";
        } catch (VersieConflictException e) {
            return conflict(id, scanId, "fout.versie-conflict", model, response);
        }
    }

    @PostMapping("/samenwerkingen/{id}/scans/{scanId:\\d+}/afronden")
    String rondAf(
            @PathVariable long id,
            @PathVariable long scanId,
            @ModelAttribute AfrondFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            service.rondAf(id, scanId, Versie.uitFormulier(formulier.versie()), formulier.afsluitreden());
            return "redirect:/samenwerkingen/" + id + "/scans/" + scanId + "?melding=afgerond";
        } catch (OngeldigeInvoerException e) {
            return fout(id, scanId, "afronden", e, binding, formulier.waarden(), model, response);
        } catch (VersieConflictException e) {
            return conflict(id, scanId, "fout.versie-conflict", model, response);
        } catch (ConflictException e) {
            return conflict(id, scanId, e.sleutel(), model, response);
        }
    }

    // ---- helpers ----

    private String fout(
            long id,
            @Nullable Long scanId,
            String formulier,
            OngeldigeInvoerException e,
            BindingResult binding,
            Map<String, String> waarden,
            Model model,
            HttpServletResponse response) {
        response.setStatus(400);
        Formulieren.weiger(binding, e.fouten());
        return toon(id, scanId, Formulieren.fouten(binding), formulier, waarden, null, "ok", model);
    }

    private String conflict(long id, @Nullable Long scanId, String sleutel, Model model, HttpServletResponse response) {
        response.setStatus(409);
        return toon(id, scanId, null, null, Map.of(), sleutel, "warning", model);
    }

    private String toon(
            long id,
            @Nullable Long scanId,
            @Nullable Fouten fouten,
            @Nullable String formulier,
            Map<String, String> waarden,
            @Nullable String melding,
            String meldingSoort,
            Model model) {
        Samenwerking s = samenwerkingen.vind(id);
        Scan scan = scanId == null ? null : service.scan(id, scanId);
        List<ScanPagina.Partij> partijen = new ArrayList<>();
        List<String> invulbaar = new ArrayList<>();
        if (scan != null) {
            String organisatie = teksten.t("scan.partij.organisatie");
            List<String> codes = service.partijen(s, scan);
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i);
                partijen.add(new ScanPagina.Partij(
                        code,
                        ScanNamen.naam(s, code, organisatie),
                        scan.van(code).orElse(null),
                        i));
                if (scan.open() && !scan.ingediendDoor(code) && service.kanInvullen(s, code)) {
                    invulbaar.add(code);
                }
            }
        }
        model.addAttribute(
                "p",
                new ScanPagina(
                        s,
                        service.vandaag(),
                        scan == null ? service.scans(id) : List.of(),
                        scan,
                        partijen,
                        invulbaar,
                        scan == null ? List.of() : Verschil.van(scan.antwoorden()),
                        service.kanBeheren(s),
                        service.kanActieAfronden(s),
                        fouten,
                        formulier,
                        waarden,
                        melding,
                        meldingSoort));
        return scan == null ? "pages/scan/scans" : "pages/scan/scan";
    }

    private static @Nullable String melding(@Nullable String melding) {
        return MELDINGEN.get(melding == null ? "" : melding);
    }
}
