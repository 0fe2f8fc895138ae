package nl.samenspel.financien.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.samenspel.financien.FinancieleGebeurtenis;
import nl.samenspel.financien.FinancieleSoort;
import nl.samenspel.financien.Financien;
import nl.samenspel.financien.GebeurtenisInvoer;
import nl.samenspel.financien.Informatiewijze;
import nl.samenspel.financien.RaadsinformatieInvoer;
import nl.samenspel.financien.SleutelSoort;
import nl.samenspel.financien.web.FinancienFormulieren.BegrotingFormulier;
import nl.samenspel.financien.web.FinancienFormulieren.GebeurtenisFormulier;
import nl.samenspel.financien.web.FinancienFormulieren.InstellingenFormulier;
import nl.samenspel.financien.web.FinancienFormulieren.RaadFormulier;
import nl.samenspel.financien.web.FinancienFormulieren.SleutelFormulier;
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
 * The money of a samenwerking: {@code /samenwerkingen/{id}/financien?jaar=} (contributions per municipality as a
 * chart and a table, the budget of the year, the key, the financial events, the informatietermijn), a page for a
 * new event and one per event (correcting it, recording that a raad was informed). Works without JavaScript;
 * errors go through the binding result ({@link Formulieren}).
 */
@Controller
class FinancienPaginas {

    private static final Map<String, String> MELDINGEN = Map.of(
            "sleutel", "financien.melding.sleutel",
            "begroting", "financien.melding.begroting",
            "instellingen", "financien.melding.instellingen",
            "vastgelegd", "financien.melding.vastgelegd",
            "gewijzigd", "financien.melding.gewijzigd",
            "raad", "financien.melding.raad");

    /** A share or usage figure as typed: digits with an optional decimal comma (or point). */
    private static final Pattern GETAL = Pattern.compile("\\d{1,12}([,.]\\d{1,4})?");

    private final Financien financien;
    private final Samenwerkingen samenwerkingen;

    FinancienPaginas(Financien financien, Samenwerkingen samenwerkingen) {
        this.financien = financien;
        this.samenwerkingen = samenwerkingen;
    }

    // ---- the overview ----

    @GetMapping("/samenwerkingen/{id}/financien")
    String overzicht(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String jaar,
            @RequestParam(required = false) @Nullable String melding,
            Model model) {
        return overzicht(id, jaar(jaar), null, Map.of(), MELDINGEN.get(melding == null ? "" : melding), "ok", model);
    }

    @PostMapping("/samenwerkingen/{id}/financien/verdeelsleutel")
    String stelSleutel(
            @PathVariable long id,
            @ModelAttribute SleutelFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        int jaar = financien.vandaag().getYear();
        Map<String, BigDecimal> delen = new HashMap<>();
        Fouten onleesbaar = new Fouten();
        SleutelSoort soort = waarde(SleutelSoort.class, formulier.soort());
        List<String> codes = formulier.gemeente() == null ? List.of() : formulier.gemeente();
        List<String> getallen = formulier.deel() == null ? List.of() : formulier.deel();
        for (int i = 0; i < codes.size() && i < getallen.size(); i++) {
            String tekst = getallen.get(i) == null ? "" : getallen.get(i).strip();
            if (tekst.isEmpty()) {
                continue;
            }
            if (GETAL.matcher(tekst).matches()) {
                delen.put(codes.get(i), new BigDecimal(tekst.replace(',', '.')));
            } else if (soort != SleutelSoort.INWONERS) {
                onleesbaar.voeg("deel-" + codes.get(i), "financien.fout.getal", codes.get(i));
            }
        }
        try {
            onleesbaar.gooiAlsNietLeeg();
            financien.stelSleutel(id, Versie.uitFormulier(formulier.versie()), soort, delen);
            return "redirect:/samenwerkingen/" + id + "/financien?melding=sleutel#sleutel-kop";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return overzicht(id, jaar, Formulieren.fouten(binding), formulier.waarden(), null, "ok", model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            Map<String, String> w = formulier.waarden();
            w.put("versie", String.valueOf(financien.verdeelsleutel(id).versie()));
            return overzicht(id, jaar, null, w, "fout.versie-conflict", "warning", model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/financien/begroting")
    String stelBegroting(
            @PathVariable long id,
            @ModelAttribute BegrotingFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        int jaar = jaar(formulier.jaar());
        try {
            financien.stelBegroting(id, jaar, Versie.uitFormulier(formulier.versie()), formulier.totaal());
            return "redirect:/samenwerkingen/" + id + "/financien?jaar=" + jaar + "&melding=begroting";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return overzicht(id, jaar, Formulieren.fouten(binding), formulier.waarden(), null, "ok", model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            Map<String, String> w = formulier.waarden();
            w.put("versie", String.valueOf(financien.begrotingVersie(id, jaar)));
            return overzicht(id, jaar, null, w, "fout.versie-conflict", "warning", model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/financien/instellingen")
    String stelInstellingen(
            @PathVariable long id,
            @ModelAttribute InstellingenFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        int jaar = financien.vandaag().getYear();
        try {
            financien.stelInstellingen(
                    id, Versie.uitFormulier(formulier.versie()), termijn(formulier.informatietermijnDagen()));
            return "redirect:/samenwerkingen/" + id + "/financien?melding=instellingen#termijn-kop";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return overzicht(id, jaar, Formulieren.fouten(binding), formulier.waarden(), null, "ok", model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            Map<String, String> w = formulier.waarden();
            w.put("versie", String.valueOf(financien.instellingen(id).versie()));
            return overzicht(id, jaar, null, w, "fout.versie-conflict", "warning", model);
        }
    }

    // ---- events ----

    @GetMapping("/samenwerkingen/{id}/financien/gebeurtenissen/nieuw")
    String nieuw(@PathVariable long id, Model model) {
        return gebeurtenisPagina(id, null, null, Map.of(), null, "ok", model);
    }

    @PostMapping("/samenwerkingen/{id}/financien/gebeurtenissen")
    String legVast(
            @PathVariable long id,
            @ModelAttribute GebeurtenisFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            FinancieleGebeurtenis g = financien.legVast(id, invoer(formulier));
            return "redirect:/samenwerkingen/" + id + "/financien/gebeurtenissen/" + g.id() + "?melding=vastgelegd";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return gebeurtenisPagina(id, null, Formulieren.fouten(binding), formulier.waarden(), null, "ok", model);
        }
    }

    @GetMapping("/samenwerkingen/{id}/financien/gebeurtenissen/{gebeurtenisId:\\d+}")
    String gebeurtenis(
            @PathVariable long id,
            @PathVariable long gebeurtenisId,
            @RequestParam(required = false) @Nullable String melding,
            Model model) {
        return gebeurtenisPagina(
                id, gebeurtenisId, null, Map.of(), MELDINGEN.get(melding == null ? "" : melding), "ok", model);
    }

    @PostMapping("/samenwerkingen/{id}/financien/gebeurtenissen/{gebeurtenisId:\\d+}")
    String wijzig(
            @PathVariable long id,
            @PathVariable long gebeurtenisId,
            @ModelAttribute GebeurtenisFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            financien.wijzig(id, gebeurtenisId, Versie.uitFormulier(formulier.versie()), invoer(formulier));
            return "redirect:/samenwerkingen/" + id + "/financien/gebeurtenissen/" + gebeurtenisId
                    + "?melding=gewijzigd";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return gebeurtenisPagina(
                    id, gebeurtenisId, Formulieren.fouten(binding), formulier.waarden(), null, "ok", model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            Map<String, String> w = formulier.waarden();
            w.put(
                    "versie",
                    String.valueOf(financien.gebeurtenis(id, gebeurtenisId).versie()));
            return gebeurtenisPagina(id, gebeurtenisId, null, w, "fout.versie-conflict", "warning", model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/financien/gebeurtenissen/{gebeurtenisId:\\d+}/raadsinformatie")
    String informeer(
            @PathVariable long id,
            @PathVariable long gebeurtenisId,
            @ModelAttribute RaadFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            financien.informeer(
                    id,
                    gebeurtenisId,
                    Versie.uitFormulier(formulier.versie()),
                    new RaadsinformatieInvoer(
                            formulier.gemeente(),
                            Gebeurdatum.lees("geinformeerdOp", formulier.geinformeerdOp()),
                            waarde(Informatiewijze.class, formulier.wijze()),
                            formulier.toelichting()));
            return "redirect:/samenwerkingen/" + id + "/financien/gebeurtenissen/" + gebeurtenisId + "?melding=raad";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return gebeurtenisPagina(
                    id, gebeurtenisId, Formulieren.fouten(binding), formulier.waarden(), null, "ok", model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            Map<String, String> w = formulier.waarden();
            w.put(
                    "versie",
                    String.valueOf(financien.gebeurtenis(id, gebeurtenisId).versie()));
            return gebeurtenisPagina(id, gebeurtenisId, null, w, "fout.versie-conflict", "warning", model);
        }
    }

    // ---- helpers ----

    private String overzicht(
            long id,
            int jaar,
            @Nullable Fouten fouten,
            Map<String, String> waarden,
            @Nullable String melding,
            String meldingSoort,
            Model model) {
        Samenwerking s = samenwerkingen.vind(id);
        model.addAttribute(
                "p",
                new FinancienPagina(
                        s,
                        jaar,
                        financien.verdeelsleutel(id),
                        financien.begrotingen(id).stream()
                                .filter(b -> b.jaar() == jaar)
                                .findFirst()
                                .orElse(null),
                        financien.bijdragen(id, jaar),
                        financien.gebeurtenissen(id),
                        null,
                        financien.instellingen(id),
                        financien.kanBeheren(s),
                        financien.teInformeren(s),
                        financien.vandaag(),
                        fouten,
                        waarden,
                        melding,
                        meldingSoort));
        return "pages/financien/overzicht";
    }

    private String gebeurtenisPagina(
            long id,
            @Nullable Long gebeurtenisId,
            @Nullable Fouten fouten,
            Map<String, String> waarden,
            @Nullable String melding,
            String meldingSoort,
            Model model) {
        Samenwerking s = samenwerkingen.vind(id);
        int jaar = financien.vandaag().getYear();
        model.addAttribute(
                "p",
                new FinancienPagina(
                        s,
                        jaar,
                        financien.verdeelsleutel(id),
                        null,
                        financien.bijdragen(id, jaar),
                        List.of(),
                        gebeurtenisId == null ? null : financien.gebeurtenis(id, gebeurtenisId),
                        financien.instellingen(id),
                        financien.kanBeheren(s),
                        financien.teInformeren(s),
                        financien.vandaag(),
                        fouten,
                        waarden,
                        melding,
                        meldingSoort));
        return "pages/financien/gebeurtenis";
    }

    private static GebeurtenisInvoer invoer(GebeurtenisFormulier f) {
        return new GebeurtenisInvoer(
                waarde(FinancieleSoort.class, f.soort()),
                geheel(f.jaar()),
                f.bedrag(),
                Gebeurdatum.lees("bekendOp", f.bekendOp()),
                f.omschrijving());
    }

    /** The year asked for; the current year when none or unreadable. */
    private int jaar(@Nullable String tekst) {
        Integer j = geheel(tekst);
        return j == null || j < Financien.MIN_JAAR || j > Financien.MAX_JAAR
                ? financien.vandaag().getYear()
                : j;
    }

    /** Blank: none; not a number: 0, which the service refuses with the allowed range. */
    private static @Nullable Integer geheel(@Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(tekst.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Blank: the default; not a number: 0, which the service refuses with the allowed range. */
    private static @Nullable Integer termijn(@Nullable String tekst) {
        return geheel(tekst);
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
