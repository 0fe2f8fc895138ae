package nl.samenspel.afspraken.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import nl.samenspel.afspraken.Afspraken;
import nl.samenspel.afspraken.Dienst;
import nl.samenspel.afspraken.DienstInvoer;
import nl.samenspel.afspraken.Dienstencatalogus;
import nl.samenspel.afspraken.Dvo;
import nl.samenspel.afspraken.DvoInvoer;
import nl.samenspel.afspraken.RegelStatus;
import nl.samenspel.afspraken.Verschillen;
import nl.samenspel.afspraken.web.Formulieren.DienstFormulier;
import nl.samenspel.afspraken.web.Formulieren.DvoFormulier;
import nl.samenspel.afspraken.web.Formulieren.GebruikFormulier;
import nl.samenspel.afspraken.web.Formulieren.HerzieningFormulier;
import nl.samenspel.afspraken.web.Formulieren.InstellingenFormulier;
import nl.samenspel.afspraken.web.Formulieren.MomentFormulier;
import nl.samenspel.afspraken.web.Formulieren.RegelFormulier;
import nl.samenspel.afspraken.web.Formulieren.RekFormulier;
import nl.samenspel.afspraken.web.Formulieren.VariantFormulier;
import nl.samenspel.afspraken.web.Formulieren.WensFormulier;
import nl.samenspel.platform.Bedrag;
import nl.samenspel.platform.ConflictException;
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
 * The agreements pages: {@code /samenwerkingen/{id}/diensten} (the catalogue, a new service, the indicator cap), one
 * page per service (change it, its variants and wishes), {@code /samenwerkingen/{id}/dvo} (per year the clients'
 * DVOs, a new one), one page per DVO (lines, agreeing, revising, the rek and its register, review dates, versions and
 * their difference) and one per line. Works without JavaScript; errors go through the binding result.
 */
@Controller
class AfsprakenPaginas {

    private static final Map<String, String> MELDINGEN = Map.of(
            "opgeslagen", "afspraken.melding.opgeslagen",
            "verwijderd", "afspraken.melding.verwijderd",
            "vastgesteld", "afspraken.melding.vastgesteld",
            "herziening", "afspraken.melding.herziening");

    private final Dienstencatalogus catalogus;
    private final Afspraken afspraken;
    private final Samenwerkingen samenwerkingen;

    AfsprakenPaginas(Dienstencatalogus catalogus, Afspraken afspraken, Samenwerkingen samenwerkingen) {
        this.catalogus = catalogus;
        this.afspraken = afspraken;
        this.samenwerkingen = samenwerkingen;
    }

    /** What a page shows again after a refused form. */
    private record Terug(
            @Nullable Fouten fouten,
            Map<String, String> waarden,
            @Nullable String melding,
            String soort) {
        static Terug niets(@Nullable String melding) {
            return new Terug(null, Map.of(), melding, "ok");
        }
    }

    // ---- catalogue ----

    @GetMapping("/samenwerkingen/{id}/diensten")
    String catalogus(@PathVariable long id, @RequestParam(required = false) @Nullable String melding, Model model) {
        return catalogusPagina(id, Terug.niets(melding(melding)), model);
    }

    @PostMapping("/samenwerkingen/{id}/diensten")
    String maakDienst(
            @PathVariable long id,
            @ModelAttribute DienstFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        return verwerk(
                () -> {
                    Dienst d = catalogus.maakDienst(
                            id, new DienstInvoer.Gegevens(formulier.naam(), formulier.backoffice(), null));
                    return "/samenwerkingen/" + id + "/diensten/" + d.id() + "?melding=opgeslagen";
                },
                binding,
                formulier.waarden(),
                Map.of(),
                response,
                t -> catalogusPagina(id, t, model));
    }

    @PostMapping("/samenwerkingen/{id}/diensten/instellingen")
    String zetInstellingen(
            @PathVariable long id,
            @ModelAttribute InstellingenFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        return verwerk(
                () -> {
                    catalogus.zetIndicatorplafond(
                            id, Versie.uitFormulier(formulier.versie()), geheel(formulier.indicatorplafond()));
                    return "/samenwerkingen/" + id + "/diensten?melding=opgeslagen";
                },
                binding,
                formulier.waarden(),
                Map.of(),
                response,
                t -> catalogusPagina(id, t, model));
    }

    @GetMapping("/samenwerkingen/{id}/diensten/{dienstId:\\d+}")
    String dienst(
            @PathVariable long id,
            @PathVariable long dienstId,
            @RequestParam(required = false) @Nullable String melding,
            Model model) {
        return dienstPagina(id, dienstId, Terug.niets(melding(melding)), model);
    }

    @PostMapping("/samenwerkingen/{id}/diensten/{dienstId:\\d+}")
    String wijzigDienst(
            @PathVariable long id,
            @PathVariable long dienstId,
            @ModelAttribute DienstFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        return verwerk(
                () -> {
                    catalogus.wijzigDienst(
                            id,
                            dienstId,
                            Versie.uitFormulier(formulier.versie()),
                            new DienstInvoer.Gegevens(formulier.naam(), formulier.backoffice(), null));
                    return "/samenwerkingen/" + id + "/diensten/" + dienstId + "?melding=opgeslagen";
                },
                binding,
                formulier.waarden(),
                Map.of(),
                response,
                t -> dienstPagina(id, dienstId, t, model));
    }

    @PostMapping("/samenwerkingen/{id}/diensten/{dienstId:\\d+}/verwijderen")
    String verwijderDienst(
            @PathVariable long id,
            @PathVariable long dienstId,
            @RequestParam(required = false) @Nullable String versie,
            Model model,
            HttpServletResponse response) {
        return verwerk(
                () -> {
                    catalogus.verwijderDienst(id, dienstId, Versie.uitFormulier(versie));
                    return "/samenwerkingen/" + id + "/diensten?melding=verwijderd";
                },
                null,
                Map.of(),
                Map.of(),
                response,
                t -> dienstPagina(id, dienstId, t, model));
    }

    @PostMapping("/samenwerkingen/{id}/diensten/{dienstId:\\d+}/varianten")
    String maakVariant(
            @PathVariable long id,
            @PathVariable long dienstId,
            @ModelAttribute VariantFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        return verwerk(
                () -> {
                    catalogus.maakVariant(
                            id,
                            dienstId,
                            new DienstInvoer.Variant(
                                    formulier.variantnaam(),
                                    formulier.omschrijving(),
                                    nl.samenspel.platform.Formulieren.lijst(formulier.gemeenten())));
                    return "/samenwerkingen/" + id + "/diensten/" + dienstId + "?melding=opgeslagen";
                },
                binding,
                formulier.waarden(),
                Map.of("naam", "variantnaam"),
                response,
                t -> dienstPagina(id, dienstId, t, model));
    }

    @PostMapping("/samenwerkingen/{id}/diensten/{dienstId:\\d+}/varianten/{variantId:\\d+}/verwijderen")
    String verwijderVariant(
            @PathVariable long id,
            @PathVariable long dienstId,
            @PathVariable long variantId,
            @RequestParam(required = false) @Nullable String versie,
            Model model,
            HttpServletResponse response) {
        return verwerk(
                () -> {
                    catalogus.verwijderVariant(id, dienstId, variantId, Versie.uitFormulier(versie));
                    return "/samenwerkingen/" + id + "/diensten/" + dienstId + "?melding=verwijderd";
                },
                null,
                Map.of(),
                Map.of(),
                response,
                t -> dienstPagina(id, dienstId, t, model));
    }

    @PostMapping("/samenwerkingen/{id}/diensten/{dienstId:\\d+}/wensen")
    String maakWens(
            @PathVariable long id,
            @PathVariable long dienstId,
            @ModelAttribute WensFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        return verwerk(
                () -> {
                    catalogus.maakWens(id, dienstId, new DienstInvoer.Wens(formulier.gemeente(), formulier.tekst()));
                    return "/samenwerkingen/" + id + "/diensten/" + dienstId + "?melding=opgeslagen";
                },
                binding,
                formulier.waarden(),
                Map.of(),
                response,
                t -> dienstPagina(id, dienstId, t, model));
    }

    @PostMapping("/samenwerkingen/{id}/diensten/{dienstId:\\d+}/wensen/{wensId:\\d+}/verwijderen")
    String verwijderWens(
            @PathVariable long id,
            @PathVariable long dienstId,
            @PathVariable long wensId,
            @RequestParam(required = false) @Nullable String versie,
            Model model,
            HttpServletResponse response) {
        return verwerk(
                () -> {
                    catalogus.verwijderWens(id, dienstId, wensId, Versie.uitFormulier(versie));
                    return "/samenwerkingen/" + id + "/diensten/" + dienstId + "?melding=verwijderd";
                },
                null,
                Map.of(),
                Map.of(),
                response,
                t -> dienstPagina(id, dienstId, t, model));
    }

    // ---- DVO overview ----

    @GetMapping("/samenwerkingen/{id}/dvo")
    String overzicht(@PathVariable long id, @RequestParam(required = false) @Nullable String melding, Model model) {
        return overzichtPagina(id, Terug.niets(melding(melding)), model);
    }

    @PostMapping("/samenwerkingen/{id}/dvo")
    String maakDvo(
            @PathVariable long id,
            @ModelAttribute DvoFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        return verwerk(
                () -> {
                    Dvo d = afspraken.maakDvo(id, new DvoInvoer.Nieuw(formulier.gemeente(), geheel(formulier.jaar())));
                    return "/samenwerkingen/" + id + "/dvo/" + d.id() + "?melding=opgeslagen";
                },
                binding,
                formulier.waarden(),
                Map.of(),
                response,
                t -> overzichtPagina(id, t, model));
    }

    // ---- one DVO ----

    @GetMapping("/samenwerkingen/{id}/dvo/{dvoId:\\d+}")
    String dvo(
            @PathVariable long id,
            @PathVariable long dvoId,
            @RequestParam(required = false) @Nullable String melding,
            @RequestParam(required = false) @Nullable Integer van,
            @RequestParam(required = false) @Nullable Integer met,
            Model model) {
        Verschillen verschillen = van != null && met != null ? afspraken.verschillen(id, dvoId, van, met) : null;
        return dvoPagina(id, dvoId, null, verschillen, Terug.niets(melding(melding)), model);
    }

    @PostMapping("/samenwerkingen/{id}/dvo/{dvoId:\\d+}/regels")
    String maakRegel(
            @PathVariable long id,
            @PathVariable long dvoId,
            @ModelAttribute RegelFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        return verwerk(
                () -> {
                    afspraken.maakRegel(id, dvoId, invoer(formulier));
                    return "/samenwerkingen/" + id + "/dvo/" + dvoId + "?melding=opgeslagen";
                },
                binding,
                formulier.waarden(),
                Map.of(),
                response,
                t -> dvoPagina(id, dvoId, null, null, t, model));
    }

    @GetMapping("/samenwerkingen/{id}/dvo/{dvoId:\\d+}/regels/{regelId:\\d+}")
    String regel(@PathVariable long id, @PathVariable long dvoId, @PathVariable long regelId, Model model) {
        return dvoPagina(id, dvoId, regelId, null, Terug.niets(null), model);
    }

    @PostMapping("/samenwerkingen/{id}/dvo/{dvoId:\\d+}/regels/{regelId:\\d+}")
    String wijzigRegel(
            @PathVariable long id,
            @PathVariable long dvoId,
            @PathVariable long regelId,
            @ModelAttribute RegelFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        return verwerk(
                () -> {
                    afspraken.wijzigRegel(
                            id, dvoId, regelId, Versie.uitFormulier(formulier.versie()), invoer(formulier));
                    return "/samenwerkingen/" + id + "/dvo/" + dvoId + "?melding=opgeslagen";
                },
                binding,
                formulier.waarden(),
                Map.of(),
                response,
                t -> dvoPagina(id, dvoId, regelId, null, t, model));
    }

    @PostMapping("/samenwerkingen/{id}/dvo/{dvoId:\\d+}/regels/{regelId:\\d+}/verwijderen")
    String verwijderRegel(
            @PathVariable long id,
            @PathVariable long dvoId,
            @PathVariable long regelId,
            @RequestParam(required = false) @Nullable String versie,
            Model model,
            HttpServletResponse response) {
        return verwerk(
                () -> {
                    afspraken.verwijderRegel(id, dvoId, regelId, Versie.uitFormulier(versie));
                    return "/samenwerkingen/" + id + "/dvo/" + dvoId + "?melding=verwijderd";
                },
                null,
                Map.of(),
                Map.of(),
                response,
                t -> dvoPagina(id, dvoId, null, null, t, model));
    }

    @PostMapping("/samenwerkingen/{id}/dvo/{dvoId:\\d+}/vaststelling")
    String stelVast(
            @PathVariable long id,
            @PathVariable long dvoId,
            @RequestParam(required = false) @Nullable String versie,
            Model model,
            HttpServletResponse response) {
        return verwerk(
                () -> {
                    afspraken.stelVast(id, dvoId, Versie.uitFormulier(versie));
                    return "/samenwerkingen/" + id + "/dvo/" + dvoId + "?melding=vastgesteld";
                },
                null,
                Map.of(),
                Map.of(),
                response,
                t -> dvoPagina(id, dvoId, null, null, t, model));
    }

    @PostMapping("/samenwerkingen/{id}/dvo/{dvoId:\\d+}/versies")
    String herzie(
            @PathVariable long id,
            @PathVariable long dvoId,
            @ModelAttribute HerzieningFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        return verwerk(
                () -> {
                    afspraken.herzie(
                            id,
                            dvoId,
                            Versie.uitFormulier(formulier.versie()),
                            formulier.reden() == null ? "" : formulier.reden(),
                            null);
                    return "/samenwerkingen/" + id + "/dvo/" + dvoId + "?melding=herziening";
                },
                binding,
                formulier.waarden(),
                Map.of(),
                response,
                t -> dvoPagina(id, dvoId, null, null, t, model));
    }

    @PostMapping("/samenwerkingen/{id}/dvo/{dvoId:\\d+}/rek")
    String zetRek(
            @PathVariable long id,
            @PathVariable long dvoId,
            @ModelAttribute RekFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        return verwerk(
                () -> {
                    Fouten fouten = new Fouten();
                    BigDecimal uren = getal(fouten, "uren", formulier.uren());
                    BigDecimal euro = bedrag(fouten, "euro", formulier.euro());
                    fouten.gooiAlsNietLeeg();
                    afspraken.zetRek(
                            id,
                            dvoId,
                            Versie.uitFormulier(formulier.versie()),
                            new DvoInvoer.Rek(uren, euro, formulier.toelichting()));
                    return "/samenwerkingen/" + id + "/dvo/" + dvoId + "?melding=opgeslagen#rek-kop";
                },
                binding,
                formulier.waarden(),
                Map.of(),
                response,
                t -> dvoPagina(id, dvoId, null, null, t, model));
    }

    @PostMapping("/samenwerkingen/{id}/dvo/{dvoId:\\d+}/rek/gebruik")
    String gebruikRek(
            @PathVariable long id,
            @PathVariable long dvoId,
            @ModelAttribute GebruikFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        return verwerk(
                () -> {
                    Fouten fouten = new Fouten();
                    LocalDate datum = datum(fouten, "datum", formulier.datum());
                    BigDecimal uren = getal(fouten, "gebruikUren", formulier.gebruikUren());
                    BigDecimal euro = bedrag(fouten, "gebruikEuro", formulier.gebruikEuro());
                    fouten.gooiAlsNietLeeg();
                    afspraken.gebruikRek(id, dvoId, new DvoInvoer.Gebruik(datum, uren, euro, formulier.waarvoor()));
                    return "/samenwerkingen/" + id + "/dvo/" + dvoId + "?melding=opgeslagen#rek-kop";
                },
                binding,
                formulier.waarden(),
                Map.of("uren", "gebruikUren", "euro", "gebruikEuro"),
                response,
                t -> dvoPagina(id, dvoId, null, null, t, model));
    }

    @PostMapping("/samenwerkingen/{id}/dvo/{dvoId:\\d+}/herzieningsmomenten")
    String maakMoment(
            @PathVariable long id,
            @PathVariable long dvoId,
            @ModelAttribute MomentFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        return verwerk(
                () -> {
                    Fouten fouten = new Fouten();
                    LocalDate datum = datum(fouten, "momentDatum", formulier.momentDatum());
                    fouten.gooiAlsNietLeeg();
                    afspraken.maakMoment(id, dvoId, new DvoInvoer.Moment(datum, formulier.onderwerp()));
                    return "/samenwerkingen/" + id + "/dvo/" + dvoId + "?melding=opgeslagen#momenten-kop";
                },
                binding,
                formulier.waarden(),
                Map.of("datum", "momentDatum"),
                response,
                t -> dvoPagina(id, dvoId, null, null, t, model));
    }

    @PostMapping("/samenwerkingen/{id}/dvo/{dvoId:\\d+}/herzieningsmomenten/{momentId:\\d+}/verwijderen")
    String verwijderMoment(
            @PathVariable long id,
            @PathVariable long dvoId,
            @PathVariable long momentId,
            Model model,
            HttpServletResponse response) {
        return verwerk(
                () -> {
                    afspraken.verwijderMoment(id, dvoId, momentId);
                    return "/samenwerkingen/" + id + "/dvo/" + dvoId + "?melding=verwijderd#momenten-kop";
                },
                null,
                Map.of(),
                Map.of(),
                response,
                t -> dvoPagina(id, dvoId, null, null, t, model));
    }

    // ---- helpers ----

    /**
     * Runs a write and redirects; a refusal shows the page again: 400 with the errors at their fields (renamed
     * where the page names a field apart), 409 with the message for a stale version or a refused change.
     */
    private static String verwerk(
            Supplier<String> schrijf,
            @Nullable BindingResult binding,
            Map<String, String> waarden,
            Map<String, String> hernoem,
            HttpServletResponse response,
            java.util.function.Function<Terug, String> pagina) {
        try {
            return "redirect:" + schrijf.get();
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Fouten fouten = hernoem(e.fouten(), hernoem);
            if (binding != null) {
                nl.samenspel.platform.Formulieren.weiger(binding, fouten);
                fouten = nl.samenspel.platform.Formulieren.fouten(binding);
            }
            return pagina.apply(new Terug(fouten, waarden, null, "ok"));
        } catch (VersieConflictException e) {
            response.setStatus(409);
            return pagina.apply(new Terug(null, Map.of(), "fout.versie-conflict", "warning"));
        } catch (ConflictException e) {
            response.setStatus(409);
            return pagina.apply(new Terug(null, waarden, e.sleutel(), "warning"));
        }
    }

    private static Fouten hernoem(Fouten fouten, Map<String, String> hernoem) {
        Fouten uit = new Fouten();
        for (Fouten.Fout f : fouten.alle()) {
            uit.voeg(
                    hernoem.getOrDefault(f.veld(), f.veld()),
                    f.sleutel(),
                    f.argumenten().toArray());
        }
        return uit;
    }

    private String catalogusPagina(long id, Terug t, Model model) {
        Samenwerking s = samenwerkingen.vind(id);
        model.addAttribute("p", pagina(s, catalogus.diensten(id), null, List.of(), null, null, null, null, t));
        return "pages/afspraken/diensten";
    }

    private String dienstPagina(long id, long dienstId, Terug t, Model model) {
        Samenwerking s = samenwerkingen.vind(id);
        Dienst d = catalogus.dienst(id, dienstId);
        model.addAttribute("p", pagina(s, catalogus.diensten(id), d, List.of(), null, null, null, null, t));
        return "pages/afspraken/dienst";
    }

    private String overzichtPagina(long id, Terug t, Model model) {
        Samenwerking s = samenwerkingen.vind(id);
        model.addAttribute(
                "p", pagina(s, catalogus.diensten(id), null, afspraken.lijst(id), null, null, null, null, t));
        return "pages/afspraken/overzicht";
    }

    private String dvoPagina(
            long id, long dvoId, @Nullable Long regelId, @Nullable Verschillen verschillen, Terug t, Model model) {
        Samenwerking s = samenwerkingen.vind(id);
        Dvo d = afspraken.dvo(id, dvoId);
        Dvo.Regel regel = regelId == null ? null : afspraken.regel(id, dvoId, regelId);
        model.addAttribute(
                "p", pagina(s, catalogus.diensten(id), null, List.of(), d, regel, afspraken.mag(s, d), verschillen, t));
        return regel == null ? "pages/afspraken/dvo" : "pages/afspraken/regel";
    }

    private AfsprakenPagina pagina(
            Samenwerking s,
            List<Dienst> diensten,
            @Nullable Dienst dienst,
            List<Dvo> dvos,
            @Nullable Dvo dvo,
            Dvo.@Nullable Regel regel,
            Afspraken.@Nullable Mag mag,
            @Nullable Verschillen verschillen,
            Terug t) {
        return new AfsprakenPagina(
                s,
                diensten,
                dienst,
                dvos,
                dvo,
                regel,
                catalogus.kanBeheren(s),
                catalogus.kanWensen(s),
                mag,
                catalogus.instellingen(s.id()),
                afspraken.standaardStatus(s.id()),
                verschillen,
                t.fouten(),
                t.waarden(),
                t.melding(),
                t.soort(),
                nl.samenspel.security.HuidigeGebruiker.get().gemeenteCode());
    }

    private static @Nullable String melding(@Nullable String melding) {
        return MELDINGEN.get(melding == null ? "" : melding);
    }

    private static DvoInvoer.Regel invoer(RegelFormulier f) {
        Fouten fouten = new Fouten();
        Long dienst = lang(fouten, "dienst", f.dienst());
        Long variant = lang(fouten, "variant", f.variant());
        BigDecimal prijs = bedrag(fouten, "prijs", f.prijs());
        BigDecimal volume = getal(fouten, "volume", f.volume());
        RegelStatus status = null;
        if (f.status() != null && !f.status().isBlank()) {
            try {
                status = RegelStatus.valueOf(f.status().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fouten.voeg("status", "fout.ongeldig");
            }
        }
        fouten.gooiAlsNietLeeg();
        List<String> indicatoren = f.indicatoren() == null
                ? List.of()
                : Arrays.stream(f.indicatoren().split("\\R")).toList();
        return new DvoInvoer.Regel(
                dienst,
                variant,
                f.resultaat(),
                f.processtappen(),
                indicatoren,
                f.indicatorReden(),
                prijs,
                volume,
                f.eenheid(),
                status);
    }

    /** Blank: none; not a whole number: -1, which the service refuses with its own message. */
    private static @Nullable Integer geheel(@Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(tekst.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static @Nullable Long lang(Fouten fouten, String veld, @Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(tekst.strip());
        } catch (NumberFormatException e) {
            fouten.voeg(veld, "fout.ongeldig");
            return null;
        }
    }

    private static @Nullable BigDecimal bedrag(Fouten fouten, String veld, @Nullable String tekst) {
        Bedrag.Uitkomst u = Bedrag.lees(tekst);
        if (!u.gelukt()) {
            fouten.voeg(veld, java.util.Objects.requireNonNull(u.foutSleutel()));
        }
        return u.bedrag();
    }

    /** Hours or a volume as typed, with a decimal comma (read like an amount). */
    private static @Nullable BigDecimal getal(Fouten fouten, String veld, @Nullable String tekst) {
        Bedrag.Uitkomst u = Bedrag.lees(tekst);
        if (!u.gelukt()) {
            fouten.voeg(veld, "afspraken.fout.getal");
        }
        return u.bedrag();
    }

    private static @Nullable LocalDate datum(Fouten fouten, String veld, @Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException e) {
            fouten.voeg(veld, "afspraken.fout.datum");
            return null;
        }
    }
}
