package nl.samenspel.bestuur.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenspel.bestuur.BestuurRechten;
import nl.samenspel.bestuur.Lijn;
import nl.samenspel.bestuur.Orgaan;
import nl.samenspel.bestuur.OrgaanInvoer;
import nl.samenspel.bestuur.OrgaanSoort;
import nl.samenspel.bestuur.Organen;
import nl.samenspel.bestuur.Zetel;
import nl.samenspel.bestuur.ZetelInvoer;
import nl.samenspel.bestuur.ZetelRol;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Formulieren;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.Versie;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
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
 * The governance designer: {@code /samenwerkingen/{id}/bestuur} (proposal, chart with its text alternative, the
 * bodies, a new body), one page per body (change it, its seats, a new seat) and one per seat. Works without
 * JavaScript; errors go through the binding result ({@link Formulieren}).
 */
@Controller
class BestuurPaginas {

    private static final Map<String, String> MELDINGEN = Map.of(
            "opgeslagen", "bestuur.melding.opgeslagen",
            "verwijderd", "bestuur.melding.verwijderd",
            "voorstel", "bestuur.melding.voorstel");

    private final Organen organen;
    private final Samenwerkingen samenwerkingen;

    BestuurPaginas(Organen organen, Samenwerkingen samenwerkingen) {
        this.organen = organen;
        this.samenwerkingen = samenwerkingen;
    }

    // ---- the designer ----

    @GetMapping("/samenwerkingen/{id}/bestuur")
    String ontwerp(@PathVariable long id, @RequestParam(required = false) @Nullable String melding, Model model) {
        return ontwerp(id, null, Map.of(), MELDINGEN.get(melding == null ? "" : melding), "ok", model);
    }

    @PostMapping("/samenwerkingen/{id}/bestuur/voorstel")
    String neemVoorstelOver(@PathVariable long id, Model model, HttpServletResponse response) {
        try {
            organen.neemVoorstelOver(id);
            return "redirect:/samenwerkingen/" + id + "/bestuur?melding=voorstel";
        } catch (ConflictException e) {
            response.setStatus(409);
            return ontwerp(id, null, Map.of(), e.sleutel(), "warning", model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/bestuur/organen")
    String maakOrgaan(
            @PathVariable long id,
            @ModelAttribute OrgaanFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            Orgaan o = organen.maakOrgaan(id, invoer(formulier));
            return "redirect:/samenwerkingen/" + id + "/bestuur/organen/" + o.id() + "?melding=opgeslagen";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, alsBedient(e.fouten()));
            return ontwerp(id, Formulieren.fouten(binding), formulier.waarden(), null, "ok", model);
        }
    }

    // ---- one body ----

    @GetMapping("/samenwerkingen/{id}/bestuur/organen/{orgaanId:\\d+}")
    String orgaan(
            @PathVariable long id,
            @PathVariable long orgaanId,
            @RequestParam(required = false) @Nullable String melding,
            Model model) {
        return orgaanPagina(id, orgaanId, null, Map.of(), MELDINGEN.get(melding == null ? "" : melding), "ok", model);
    }

    @PostMapping("/samenwerkingen/{id}/bestuur/organen/{orgaanId:\\d+}")
    String wijzigOrgaan(
            @PathVariable long id,
            @PathVariable long orgaanId,
            @ModelAttribute OrgaanFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            organen.wijzigOrgaan(id, orgaanId, Versie.uitFormulier(formulier.versie()), invoer(formulier));
            return "redirect:/samenwerkingen/" + id + "/bestuur/organen/" + orgaanId + "?melding=opgeslagen";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, alsBedient(e.fouten()));
            return orgaanPagina(id, orgaanId, Formulieren.fouten(binding), formulier.waarden(), null, "ok", model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            Map<String, String> w = formulier.waarden();
            w.put("versie", String.valueOf(organen.orgaan(id, orgaanId).versie()));
            return orgaanPagina(id, orgaanId, null, w, "fout.versie-conflict", "warning", model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/bestuur/organen/{orgaanId:\\d+}/verwijderen")
    String verwijderOrgaan(
            @PathVariable long id,
            @PathVariable long orgaanId,
            @RequestParam(required = false) @Nullable String versie,
            Model model,
            HttpServletResponse response) {
        try {
            organen.verwijderOrgaan(id, orgaanId, Versie.uitFormulier(versie));
            return "redirect:/samenwerkingen/" + id + "/bestuur?melding=verwijderd";
        } catch (VersieConflictException e) {
            response.setStatus(409);
            return orgaanPagina(id, orgaanId, null, Map.of(), "fout.versie-conflict", "warning", model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/bestuur/organen/{orgaanId:\\d+}/zetels")
    String maakZetel(
            @PathVariable long id,
            @PathVariable long orgaanId,
            @ModelAttribute ZetelFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            organen.maakZetel(id, orgaanId, invoer(formulier));
            return "redirect:/samenwerkingen/" + id + "/bestuur/organen/" + orgaanId + "?melding=opgeslagen";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return orgaanPagina(id, orgaanId, Formulieren.fouten(binding), formulier.waarden(), null, "ok", model);
        }
    }

    // ---- one seat ----

    @GetMapping("/samenwerkingen/{id}/bestuur/organen/{orgaanId:\\d+}/zetels/{zetelId:\\d+}")
    String zetel(@PathVariable long id, @PathVariable long orgaanId, @PathVariable long zetelId, Model model) {
        return zetelPagina(id, orgaanId, zetelId, null, Map.of(), null, model);
    }

    @PostMapping("/samenwerkingen/{id}/bestuur/organen/{orgaanId:\\d+}/zetels/{zetelId:\\d+}")
    String wijzigZetel(
            @PathVariable long id,
            @PathVariable long orgaanId,
            @PathVariable long zetelId,
            @ModelAttribute ZetelFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            organen.wijzigZetel(id, orgaanId, zetelId, Versie.uitFormulier(formulier.versie()), invoer(formulier));
            return "redirect:/samenwerkingen/" + id + "/bestuur/organen/" + orgaanId + "?melding=opgeslagen";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return zetelPagina(id, orgaanId, zetelId, Formulieren.fouten(binding), formulier.waarden(), null, model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            Map<String, String> w = formulier.waarden();
            w.put("versie", String.valueOf(organen.zetel(id, orgaanId, zetelId).versie()));
            return zetelPagina(id, orgaanId, zetelId, null, w, "fout.versie-conflict", model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/bestuur/organen/{orgaanId:\\d+}/zetels/{zetelId:\\d+}/verwijderen")
    String verwijderZetel(
            @PathVariable long id,
            @PathVariable long orgaanId,
            @PathVariable long zetelId,
            @RequestParam(required = false) @Nullable String versie,
            Model model,
            HttpServletResponse response) {
        try {
            organen.verwijderZetel(id, orgaanId, zetelId, Versie.uitFormulier(versie));
            return "redirect:/samenwerkingen/" + id + "/bestuur/organen/" + orgaanId + "?melding=verwijderd";
        } catch (VersieConflictException e) {
            response.setStatus(409);
            return orgaanPagina(id, orgaanId, null, Map.of(), "fout.versie-conflict", "warning", model);
        }
    }

    // ---- helpers ----

    private String ontwerp(
            long id,
            @Nullable Fouten fouten,
            Map<String, String> waarden,
            @Nullable String melding,
            String meldingSoort,
            Model model) {
        Samenwerking s = samenwerkingen.vind(id);
        model.addAttribute(
                "p",
                new BestuurPagina(
                        s,
                        organen.organen(id),
                        organen.voorstel(id).orElse(null),
                        null,
                        null,
                        organen.kanOntwerpen(s),
                        fouten,
                        waarden,
                        melding,
                        meldingSoort));
        return "pages/bestuur/ontwerp";
    }

    private String orgaanPagina(
            long id,
            long orgaanId,
            @Nullable Fouten fouten,
            Map<String, String> waarden,
            @Nullable String melding,
            String meldingSoort,
            Model model) {
        Samenwerking s = samenwerkingen.vind(id);
        Orgaan o = organen.orgaan(id, orgaanId);
        model.addAttribute(
                "p",
                new BestuurPagina(
                        s,
                        organen.organen(id),
                        null,
                        o,
                        null,
                        organen.kanOntwerpen(s),
                        fouten,
                        waarden,
                        melding,
                        meldingSoort));
        return "pages/bestuur/orgaan";
    }

    private String zetelPagina(
            long id,
            long orgaanId,
            long zetelId,
            @Nullable Fouten fouten,
            Map<String, String> waarden,
            @Nullable String melding,
            Model model) {
        Samenwerking s = samenwerkingen.vind(id);
        BestuurRechten.ontwerpen(HuidigeGebruiker.get(), s).eis(s, "zetel wijzigen");
        Orgaan o = organen.orgaan(id, orgaanId);
        Zetel z = organen.zetel(id, orgaanId, zetelId);
        model.addAttribute("p", new BestuurPagina(s, List.of(), null, o, z, true, fouten, waarden, melding, "warning"));
        return "pages/bestuur/zetel";
    }

    private static OrgaanInvoer invoer(OrgaanFormulier f) {
        return new OrgaanInvoer(
                f.naam(), waarde(Lijn.class, f.lijn()), waarde(OrgaanSoort.class, f.soort()), f.bedient());
    }

    private static ZetelInvoer invoer(ZetelFormulier f) {
        List<String> portefeuilles = f.portefeuilles() == null
                ? List.of()
                : Arrays.stream(f.portefeuilles().split(","))
                        .map(String::strip)
                        .filter(p -> !p.isEmpty())
                        .toList();
        return new ZetelInvoer(
                f.persoon(),
                f.gemeente(),
                waarde(ZetelRol.class, f.rol()),
                portefeuilles,
                f.functie(),
                stemmen(f.stemmen()),
                f.account());
    }

    /** Blank: none (the default of one vote); not a number: 0, which the service refuses with its message. */
    private static @Nullable Integer stemmen(@Nullable String tekst) {
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

    /** The body's municipality is the field {@code bedient} on the page (the seat form has {@code gemeente}). */
    private static Fouten alsBedient(Fouten fouten) {
        Fouten uit = new Fouten();
        for (Fouten.Fout f : fouten.alle()) {
            uit.voeg(
                    f.veld().equals("gemeente") ? "bedient" : f.veld(),
                    f.sleutel(),
                    f.argumenten().toArray());
        }
        return uit;
    }
}
