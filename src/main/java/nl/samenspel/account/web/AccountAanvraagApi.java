package nl.samenspel.account.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.samenspel.account.AccountAanvraag;
import nl.samenspel.account.AccountAanvragen;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.Versie;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Account requests: the regisseur asks, the beheerder makes the account (one-time password) or refuses. */
@RestController
@RequestMapping("/api/v1/account-aanvragen")
@Tag(
        name = "Accountaanvragen",
        description = "Een account aanvragen voor een partij, en de afhandeling door de beheerder")
class AccountAanvraagApi {

    /** A request as the API shows it; {@code voorgesteldeGebruikersnaam} only while it is open. */
    record AanvraagJson(
            long id,
            long samenwerkingId,
            String weergavenaam,
            @Nullable String email,
            String rol,
            String gemeenteCode,
            @Nullable String toelichting,
            String aangevraagdDoor,
            Instant aangevraagdOp,
            String status,
            @Nullable String voorgesteldeGebruikersnaam,
            @Nullable String afgehandeldDoor,
            @Nullable Instant afgehandeldOp,
            @Nullable String reden,
            @Nullable Long accountId,
            long versie) {}

    record AanvraagLijstJson(List<AanvraagJson> aanvragen) {}

    /** What a regisseur sends; rol is AMBTENAAR, BESTUURDER or RAADSLID, gemeenteCode a participating party. */
    record NieuweAanvraagJson(
            @Nullable Long samenwerkingId,
            @Nullable String weergavenaam,
            @Nullable String email,
            @Nullable String rol,
            @Nullable String gemeenteCode,
            @Nullable String toelichting) {}

    /** besluit AANMAKEN (with an optional gebruikersnaam; else the proposal) or AFWIJZEN (with a reden). */
    record AfhandelingJson(
            @Nullable String besluit,
            @Nullable String gebruikersnaam,
            @Nullable String reden) {}

    record AccountVerwijzingJson(long id, String gebruikersnaam) {}

    /**
     * The outcome. After AANMAKEN: the new account and its one-time password, shown in this answer only (it is
     * stored as a hash and never shown again).
     */
    record AfhandelingAntwoordJson(
            AanvraagJson aanvraag,
            @Nullable AccountVerwijzingJson account,
            @Nullable String eenmaligWachtwoord) {}

    private final AccountAanvragen aanvragen;

    AccountAanvraagApi(AccountAanvragen aanvragen) {
        this.aanvragen = aanvragen;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "vraagAccountAan",
            summary = "Een account aanvragen voor een partij (regisseur van de samenwerking, of beheerder)",
            description =
                    "Naam, rol (AMBTENAAR, BESTUURDER of RAADSLID), deelnemende gemeente, en zo nodig e-mailadres en"
                            + " toelichting voor de beheerder. Niet voor een oefensamenwerking of een gearchiveerde.")
    @ApiResponse(responseCode = "201", description = "Aangevraagd; Location en ETag in de headers")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; er is niets opgeslagen")
    @ApiResponse(responseCode = "403", description = "Niet de regisseur van deze samenwerking")
    @ApiResponse(
            responseCode = "409",
            description = "Dezelfde aanvraag staat al open, of de samenwerking is een oefening")
    ResponseEntity<AanvraagJson> vraagAan(@RequestBody NieuweAanvraagJson nieuw) {
        AccountAanvraag a = aanvragen.vraagAan(new AccountAanvragen.Invoer(
                nieuw.samenwerkingId(),
                nieuw.weergavenaam(),
                nieuw.email(),
                nieuw.rol(),
                nieuw.gemeenteCode(),
                nieuw.toelichting()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/account-aanvragen/" + a.id()))
                .eTag(Versie.etag(a.versie()))
                .body(json(a));
    }

    @GetMapping
    @Operation(
            operationId = "accountAanvragen",
            summary = "Open aanvragen (beheerder), of alle aanvragen van één samenwerking",
            description =
                    "Zonder samenwerking: de open aanvragen, oudste eerst (alleen beheerder). Met samenwerking: alle"
                            + " aanvragen voor die samenwerking, nieuwste eerst (haar regisseur of een beheerder).")
    AanvraagLijstJson lijst(
            @Parameter(description = "Id van een samenwerking") @RequestParam(required = false) @Nullable
                    Long samenwerking) {
        List<AccountAanvraag> lijst =
                samenwerking == null ? aanvragen.open() : aanvragen.voorSamenwerking(samenwerking);
        return new AanvraagLijstJson(lijst.stream().map(this::json).toList());
    }

    @GetMapping("/{id}")
    @Operation(
            operationId = "accountAanvraag",
            summary = "Eén aanvraag (beheerder, of de regisseur van de samenwerking)",
            description = "De ETag is de versie; stuur die mee in If-Match bij de afhandeling.")
    ResponseEntity<AanvraagJson> een(@PathVariable long id) {
        AccountAanvraag a = aanvragen.vind(id);
        return ResponseEntity.ok().eTag(Versie.etag(a.versie())).body(json(a));
    }

    @PostMapping(path = "/{id}/afhandeling", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "handelAccountAanvraagAf",
            summary = "Aanvraag afhandelen: account aanmaken of afwijzen (alleen beheerder)",
            description =
                    "AANMAKEN maakt het account met naam, rol en gemeente uit de aanvraag en een eenmalig wachtwoord,"
                            + " dat alleen in dit antwoord staat en bij de eerste keer inloggen gewijzigd moet worden."
                            + " AFWIJZEN vraagt een reden. If-Match is verplicht (428 zonder, 412 bij een verouderde"
                            + " versie); een aanvraag die al is afgehandeld geeft 409.")
    @ApiResponse(responseCode = "201", description = "Account aangemaakt; Location wijst naar het account")
    @ApiResponse(responseCode = "200", description = "Afgewezen")
    @ApiResponse(responseCode = "409", description = "De aanvraag is al afgehandeld")
    ResponseEntity<AfhandelingAntwoordJson> handelAf(
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody AfhandelingJson afhandeling) {
        String besluit = afhandeling.besluit() == null
                ? ""
                : afhandeling.besluit().strip().toUpperCase(Locale.ROOT);
        if (!besluit.equals("AANMAKEN") && !besluit.equals("AFWIJZEN")) {
            throw new OngeldigeInvoerException(new Fouten().voeg("besluit", "account.aanvraag.besluit.ongeldig"));
        }
        long versie = Versie.uitIfMatch(ifMatch, () -> aanvragen.vind(id).versie());
        if (besluit.equals("AFWIJZEN")) {
            AccountAanvraag a = aanvragen.wijsAf(id, versie, afhandeling.reden());
            return ResponseEntity.ok()
                    .eTag(Versie.etag(a.versie()))
                    .body(new AfhandelingAntwoordJson(json(a), null, null));
        }
        AccountAanvragen.Aangemaakt gemaakt = aanvragen.maakAccount(id, versie, afhandeling.gebruikersnaam());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/accounts/" + gemaakt.account().id()))
                .eTag(Versie.etag(gemaakt.aanvraag().versie()))
                // The one-time password must not linger in a cache on the way.
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new AfhandelingAntwoordJson(
                        json(gemaakt.aanvraag()),
                        new AccountVerwijzingJson(
                                gemaakt.account().id(), gemaakt.account().gebruikersnaam()),
                        gemaakt.eenmaligWachtwoord()));
    }

    private AanvraagJson json(AccountAanvraag a) {
        return new AanvraagJson(
                a.id(),
                a.samenwerkingId(),
                a.weergavenaam(),
                a.email(),
                a.rol().name(),
                a.gemeenteCode(),
                a.toelichting(),
                a.aangevraagdDoor(),
                a.aangevraagdOp(),
                a.status().name(),
                a.open() ? aanvragen.voorstel(a) : null,
                a.afgehandeldDoor(),
                a.afgehandeldOp(),
                a.reden(),
                a.accountId(),
                a.versie());
    }
}
