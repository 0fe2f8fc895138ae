package nl.samenspel.kalender.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenspel.kalender.Datum;
import nl.samenspel.kalender.Jaarplan;
import nl.samenspel.kalender.Kalenderstand;
import nl.samenspel.kalender.PcKalender;
import nl.samenspel.kalender.Wijziging;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Formulieren;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.Melding;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.Versie;
import nl.samenspel.platform.VersieConflictException;
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
 * The P&C calendar page {@code /samenwerkingen/{id}/pc-kalender?jaar=Y}: the moments of the year with their last
 * days, articles and warnings, the form for the dates and budget changes, the zienswijzen with the board's answers,
 * and the links to the iCalendar feeds. Works without JavaScript; errors go through the binding result.
 */
@Controller
class KalenderPaginas {

    private static final Map<String, String> MELDINGEN = Map.of(
            "gepland", "kalender.melding.gepland",
            "zienswijze", "kalender.melding.zienswijze",
            "antwoord", "kalender.melding.antwoord");

    private final PcKalender kalender;

    KalenderPaginas(PcKalender kalender) {
        this.kalender = kalender;
    }

    @GetMapping("/samenwerkingen/{id}/pc-kalender")
    String pagina(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Integer jaar,
            @RequestParam(required = false) @Nullable String melding,
            Model model) {
        return pagina(id, jaar(jaar), null, Map.of(), null, MELDINGEN.get(melding == null ? "" : melding), "ok", model);
    }

    @PostMapping("/samenwerkingen/{id}/pc-kalender")
    String plan(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Integer jaar,
            @ModelAttribute PlanFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        int j = jaar(jaar);
        try {
            kalender.plan(id, Versie.uitFormulier(formulier.versie()), jaarplan(id, j, formulier));
            return "redirect:/samenwerkingen/" + id + "/pc-kalender?jaar=" + j + "&melding=gepland";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, voorFormulier(e.fouten()));
            return pagina(id, j, Formulieren.fouten(binding), formulier.waarden(), null, null, "ok", model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return pagina(id, j, null, formulier.waarden(), null, e.sleutel(), "warning", model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            Map<String, String> w = formulier.waarden();
            w.put("versie", String.valueOf(kalender.stand(id, j).plan().versie()));
            return pagina(id, j, null, w, null, "fout.versie-conflict", "warning", model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/pc-kalender/zienswijzen")
    String zienswijze(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Integer jaar,
            @ModelAttribute ZienswijzeFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        int j = jaar(jaar);
        try {
            kalender.zienswijze(
                    id,
                    new PcKalender.ZienswijzeInvoer(
                            j,
                            nummer(formulier.wijziging()),
                            formulier.gemeente(),
                            Gebeurdatum.lees("ingediendOp", formulier.ingediendOp()),
                            formulier.inhoud()));
            return "redirect:/samenwerkingen/" + id + "/pc-kalender?jaar=" + j + "&melding=zienswijze#zienswijzen-kop";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return pagina(id, j, Formulieren.fouten(binding), formulier.waarden(), null, null, "ok", model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return pagina(id, j, null, formulier.waarden(), null, e.sleutel(), "warning", model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/pc-kalender/zienswijzen/{zid:\\d+}/antwoord")
    String antwoord(
            @PathVariable long id,
            @PathVariable long zid,
            @ModelAttribute AntwoordFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        int j = kalender.zienswijze(id, zid).jaar();
        try {
            kalender.beantwoord(
                    id,
                    zid,
                    Versie.uitFormulier(formulier.versie()),
                    formulier.antwoord(),
                    Gebeurdatum.lees("beantwoordOp", formulier.beantwoordOp()));
            return "redirect:/samenwerkingen/" + id + "/pc-kalender?jaar=" + j + "&melding=antwoord#zienswijzen-kop";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return pagina(id, j, Formulieren.fouten(binding), formulier.waarden(), zid, null, "ok", model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            return pagina(id, j, null, Map.of(), null, "fout.versie-conflict", "warning", model);
        }
    }

    // ---- helpers ----

    private String pagina(
            long id,
            int jaar,
            @Nullable Fouten fouten,
            Map<String, String> waarden,
            @Nullable Long antwoordVan,
            @Nullable String melding,
            String meldingSoort,
            Model model) {
        Kalenderstand k = kalender.stand(id, jaar);
        String reden = null;
        Object argument = null;
        if (!k.vanToepassing()) {
            if (k.vorm() == null) {
                reden = "kalender.niet-van-toepassing.geen-vorm";
            } else {
                reden = "kalender.niet-van-toepassing.vorm";
                argument = Melding.van("vorm." + k.vorm().name() + ".label");
            }
        }
        model.addAttribute(
                "p",
                new KalenderPagina(
                        k,
                        kalender.vandaag(),
                        k.vanToepassing() && kalender.kanPlannen(k.samenwerking()),
                        k.vanToepassing() && kalender.kanZienswijzeVastleggen(k.samenwerking()),
                        kalender.eigenGemeente(k.samenwerking()),
                        reden,
                        argument,
                        fouten,
                        waarden,
                        antwoordVan,
                        melding,
                        meldingSoort));
        return "pages/kalender/kalender";
    }

    private static int jaar(@Nullable Integer jaar) {
        return jaar == null ? PcKalender.standaardJaar() : jaar;
    }

    /** The form as the service takes it; an unreadable day is refused here with its field (400). */
    private static Jaarplan jaarplan(long id, int jaar, PlanFormulier f) {
        Fouten fouten = new Fouten();
        List<Wijziging> wijzigingen = new ArrayList<>();
        List<String> omschrijvingen = Formulieren.lijst(f.wijzigingOmschrijving());
        for (int i = 0; i < omschrijvingen.size(); i++) {
            String oms = omschrijvingen.get(i);
            if (oms == null || oms.isBlank()) {
                continue;
            }
            wijzigingen.add(new Wijziging(
                    wijzigingen.size() + 1,
                    oms,
                    new Datum(
                            dag(fouten, "wijzigingen", PlanFormulier.waarde(f.wijzigingNaarRadenGepland(), i)),
                            dag(fouten, "wijzigingen", PlanFormulier.waarde(f.wijzigingNaarRadenGedaan(), i))),
                    new Datum(
                            dag(fouten, "wijzigingen", PlanFormulier.waarde(f.wijzigingBesluitGepland(), i)),
                            dag(fouten, "wijzigingen", PlanFormulier.waarde(f.wijzigingBesluitGedaan(), i)))));
        }
        Jaarplan plan = new Jaarplan(
                id,
                jaar,
                paar(fouten, "kaders", f.kadersGepland(), f.kadersGedaan()),
                paar(
                        fouten,
                        "voorlopigeJaarrekening",
                        f.voorlopigeJaarrekeningGepland(),
                        f.voorlopigeJaarrekeningGedaan()),
                paar(fouten, "ontwerpbegroting", f.ontwerpbegrotingGepland(), f.ontwerpbegrotingGedaan()),
                paar(fouten, "begroting", f.begrotingGepland(), f.begrotingGedaan()),
                paar(fouten, "begrotingNaarGs", f.begrotingNaarGsGepland(), f.begrotingNaarGsGedaan()),
                paar(fouten, "jaarrekening", f.jaarrekeningGepland(), f.jaarrekeningGedaan()),
                paar(fouten, "jaarrekeningNaarGs", f.jaarrekeningNaarGsGepland(), f.jaarrekeningNaarGsGedaan()),
                wijzigingen,
                0);
        fouten.gooiAlsNietLeeg();
        return plan;
    }

    private static Datum paar(Fouten fouten, String naam, @Nullable String gepland, @Nullable String gedaan) {
        return new Datum(dag(fouten, naam + "Gepland", gepland), dag(fouten, naam + "Gedaan", gedaan));
    }

    private static @Nullable LocalDate dag(Fouten fouten, String veld, @Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(tekst.strip());
        } catch (java.time.format.DateTimeParseException e) {
            fouten.voeg(veld, "fout.datum.ongeldig");
            return null;
        }
    }

    /**
     * The service names fields as the API does ({@code kaders.gedaan}, {@code wijzigingen[0].omschrijving}); the page
     * has flat fields ({@code kadersGedaan}) and one block for the budget changes, whose errors name the row.
     */
    static Fouten voorFormulier(Fouten fouten) {
        Fouten uit = new Fouten();
        for (Fouten.Fout f : fouten.alle()) {
            String veld = f.veld();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("wijzigingen\\[(\\d+)]\\..*")
                    .matcher(veld);
            if (m.matches()) {
                uit.voeg(
                        "wijzigingen",
                        "kalender.fout.in-wijziging",
                        Integer.parseInt(m.group(1)) + 1,
                        new Melding(f.sleutel(), f.argumenten()));
            } else if (veld.endsWith(".gepland") || veld.endsWith(".gedaan")) {
                int punt = veld.lastIndexOf('.');
                String deel = veld.substring(punt + 1);
                uit.voeg(
                        veld.substring(0, punt) + Character.toUpperCase(deel.charAt(0)) + deel.substring(1),
                        f.sleutel(),
                        f.argumenten().toArray());
            } else {
                uit.voeg(veld, f.sleutel(), f.argumenten().toArray());
            }
        }
        return uit;
    }

    /** Blank: the draft budget; not a number: -1, which the service refuses as an unknown change. */
    private static @Nullable Integer nummer(@Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(tekst.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
