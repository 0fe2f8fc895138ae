package nl.samenspel.gedoe.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenspel.gedoe.GedoeBehandeling;
import nl.samenspel.gedoe.GedoeInvoer;
import nl.samenspel.gedoe.GedoeItem;
import nl.samenspel.gedoe.GedoeSoort;
import nl.samenspel.gedoe.Gedoelog;
import nl.samenspel.gedoe.VangnetInvoer;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Formulieren;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Gebeurdatum;
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
 * The gedoelog: {@code /samenwerkingen/{id}/gedoe} (the list, raising an item, the forum and term, the safety net
 * and its register) and one page per item (handling it, and the revision of an agreement it leads to). Works without
 * JavaScript; errors go through the binding result ({@link Formulieren}).
 */
@Controller
class GedoePaginas {

    private static final Map<String, String> MELDINGEN = Map.of(
            "gemeld", "gedoe.melding.gemeld",
            "opgeslagen", "gedoe.melding.opgeslagen",
            "instellingen", "gedoe.melding.instellingen",
            "gebruik", "gedoe.melding.gebruik");

    private final Gedoelog gedoelog;
    private final Samenwerkingen samenwerkingen;

    GedoePaginas(Gedoelog gedoelog, Samenwerkingen samenwerkingen) {
        this.gedoelog = gedoelog;
        this.samenwerkingen = samenwerkingen;
    }

    // ---- the list ----

    @GetMapping("/samenwerkingen/{id}/gedoe")
    String lijst(@PathVariable long id, @RequestParam(required = false) @Nullable String melding, Model model) {
        return lijst(id, null, Map.of(), MELDINGEN.get(melding == null ? "" : melding), "ok", model);
    }

    @PostMapping("/samenwerkingen/{id}/gedoe")
    String meld(
            @PathVariable long id,
            @ModelAttribute MeldFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            GedoeItem i = gedoelog.meld(
                    id,
                    new GedoeInvoer(
                            formulier.titel(),
                            formulier.omschrijving(),
                            waarde(GedoeSoort.class, formulier.soort()),
                            Gebeurdatum.lees("gemeldOp", formulier.gemeldOp()),
                            formulier.gemeente()));
            return "redirect:/samenwerkingen/" + id + "/gedoe/" + i.id() + "?melding=gemeld";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return lijst(id, Formulieren.fouten(binding), formulier.waarden(), null, "ok", model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/gedoe/instellingen")
    String stel(
            @PathVariable long id,
            @ModelAttribute InstellingenFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            gedoelog.stel(
                    id,
                    Versie.uitFormulier(formulier.versie()),
                    getal(formulier.forum()),
                    termijn(formulier.termijnDagen()),
                    formulier.vangnetBudget());
            return "redirect:/samenwerkingen/" + id + "/gedoe?melding=instellingen";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return lijst(id, Formulieren.fouten(binding), formulier.waarden(), null, "ok", model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            Map<String, String> w = formulier.waarden();
            w.put("versie", String.valueOf(gedoelog.instellingen(id).versie()));
            return lijst(id, null, w, "fout.versie-conflict", "warning", model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/gedoe/vangnet")
    String gebruik(
            @PathVariable long id,
            @ModelAttribute GebruikFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            gedoelog.gebruik(
                    id,
                    new VangnetInvoer(
                            Gebeurdatum.lees("datum", formulier.datum()),
                            formulier.bedrag(),
                            formulier.waarvoor(),
                            getal(formulier.gedoe())));
            return "redirect:/samenwerkingen/" + id + "/gedoe?melding=gebruik#vangnet-kop";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return lijst(id, Formulieren.fouten(binding), formulier.waarden(), null, "ok", model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return lijst(id, null, formulier.waarden(), e.sleutel(), "warning", model);
        }
    }

    // ---- one item ----

    @GetMapping("/samenwerkingen/{id}/gedoe/{gedoeId:\\d+}")
    String item(
            @PathVariable long id,
            @PathVariable long gedoeId,
            @RequestParam(required = false) @Nullable String melding,
            Model model) {
        return itemPagina(id, gedoeId, null, Map.of(), MELDINGEN.get(melding == null ? "" : melding), "ok", model);
    }

    @PostMapping("/samenwerkingen/{id}/gedoe/{gedoeId:\\d+}")
    String behandel(
            @PathVariable long id,
            @PathVariable long gedoeId,
            @ModelAttribute BehandelFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            gedoelog.behandel(
                    id,
                    gedoeId,
                    Versie.uitFormulier(formulier.versie()),
                    new GedoeBehandeling(
                            formulier.titel(),
                            formulier.omschrijving(),
                            waarde(GedoeSoort.class, formulier.soort()),
                            getal(formulier.forum()),
                            formulier.besluit(),
                            Gebeurdatum.lees("beslotenOp", formulier.beslotenOp()),
                            formulier.les(),
                            formulier.afronden()));
            return "redirect:/samenwerkingen/" + id + "/gedoe/" + gedoeId + "?melding=opgeslagen";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return itemPagina(id, gedoeId, Formulieren.fouten(binding), formulier.waarden(), null, "ok", model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return itemPagina(id, gedoeId, null, formulier.waarden(), e.sleutel(), "warning", model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            Map<String, String> w = formulier.waarden();
            w.put("versie", String.valueOf(gedoelog.item(id, gedoeId).versie()));
            return itemPagina(id, gedoeId, null, w, "fout.versie-conflict", "warning", model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/gedoe/{gedoeId:\\d+}/herziening")
    String herzie(
            @PathVariable long id,
            @PathVariable long gedoeId,
            @ModelAttribute HerzieningFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            GedoeItem i = gedoelog.herzie(id, gedoeId, Versie.uitFormulier(formulier.versie()), getal(formulier.dvo()));
            return "redirect:/samenwerkingen/" + id + "/dvo/" + i.dvoId();
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return itemPagina(id, gedoeId, Formulieren.fouten(binding), Map.of(), null, "ok", model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return itemPagina(id, gedoeId, null, Map.of(), e.sleutel(), "warning", model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            return itemPagina(id, gedoeId, null, Map.of(), "fout.versie-conflict", "warning", model);
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
                new GedoePagina(
                        s,
                        gedoelog.items(id),
                        null,
                        gedoelog.instellingen(id),
                        gedoelog.vangnet(id),
                        gedoelog.fora(id),
                        List.of(),
                        gedoelog.kanMelden(s),
                        gedoelog.kanBehandelen(s),
                        gedoelog.vandaag(),
                        fouten,
                        waarden,
                        melding,
                        meldingSoort));
        return "pages/gedoe/lijst";
    }

    private String itemPagina(
            long id,
            long gedoeId,
            @Nullable Fouten fouten,
            Map<String, String> waarden,
            @Nullable String melding,
            String meldingSoort,
            Model model) {
        Samenwerking s = samenwerkingen.vind(id);
        GedoeItem i = gedoelog.item(id, gedoeId);
        model.addAttribute(
                "p",
                new GedoePagina(
                        s,
                        List.of(),
                        i,
                        gedoelog.instellingen(id),
                        gedoelog.vangnet(id),
                        gedoelog.fora(id),
                        gedoelog.dvos(id),
                        gedoelog.kanMelden(s),
                        gedoelog.kanBehandelen(s),
                        gedoelog.vandaag(),
                        fouten,
                        waarden,
                        melding,
                        meldingSoort));
        return "pages/gedoe/item";
    }

    /** Blank: none; not a number: -1, which the service refuses with its message (no such body or item). */
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

    /** Blank: the default; not a number: 0, which the service refuses with the allowed range. */
    private static @Nullable Integer termijn(@Nullable String tekst) {
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
