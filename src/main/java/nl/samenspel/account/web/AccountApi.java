package nl.samenspel.account.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import nl.samenspel.account.*;
import nl.samenspel.platform.Pagina;
import nl.samenspel.platform.Versie;
import nl.samenspel.security.HuidigeGebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts", description = "Wie ben ik, en accountbeheer voor de beheerder")
class AccountApi {

    /** An account as the API shows it: never a password or its hash. */
    record AccountJson(
            long id,
            String gebruikersnaam,
            String weergavenaam,
            List<String> rollen,
            @Nullable String gemeenteCode,
            boolean actief,
            @Nullable Instant geblokkeerdTot,
            long versie) {

        static AccountJson van(Account a, @Nullable Instant wachtTot) {
            return new AccountJson(
                    a.id(),
                    a.gebruikersnaam(),
                    a.weergavenaam(),
                    rolNamen(a),
                    a.gemeenteCode(),
                    a.actief(),
                    wachtTot,
                    a.versie());
        }
    }

    record AccountLijstJson(List<AccountJson> accounts, int pagina, int paginaGrootte, long totaal) {}

    record NieuwAccountJson(
            String gebruikersnaam, String weergavenaam, String wachtwoord, List<String> rollen, String gemeenteCode) {}

    /** A PUT takes what GET returns: the read-only fields (id, gebruikersnaam, geblokkeerdTot, versie) are ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AccountWijzigingJson(String weergavenaam, List<String> rollen, String gemeenteCode, Boolean actief) {}

    record MijJson(
            String gebruikersnaam,
            String weergavenaam,
            List<String> rollen,
            @Nullable String gemeenteCode) {}

    /** Choosing one's own password: the current one as proof, and the new one. Never echoed anywhere. */
    record EigenWachtwoordJson(
            @Nullable String huidigWachtwoord, @Nullable String nieuwWachtwoord) {}

    private final AccountService accounts;
    private final EigenWachtwoord eigen;

    AccountApi(AccountService accounts, EigenWachtwoord eigen) {
        this.accounts = accounts;
        this.eigen = eigen;
    }

    @GetMapping("/mij")
    @Operation(
            summary = "De ingelogde gebruiker",
            description =
                    "Gebruikersnaam, naam, rollen en de gemeente waarvoor "
                            + "de gebruiker optreedt (gemeenteCode is leeg voor rollen die niet aan een gemeente gebonden zijn).")
    MijJson mij() {
        Account a = accounts.vind(HuidigeGebruiker.get().accountId());
        return new MijJson(a.gebruikersnaam(), a.weergavenaam(), rolNamen(a), a.gemeenteCode());
    }

    /**
     * The API twin of the page /wachtwoord-wijzigen, and the one call a user with a one-time password may make. No
     * If-Match (the page's version field guards a form left open; here the current password is the precondition),
     * see AccountService#wijzigEigenWachtwoord(String, String, String).
     */
    @PutMapping("/mij/wachtwoord")
    @Operation(
            operationId = "wijzigEigenWachtwoord",
            summary = "Eigen wachtwoord wijzigen",
            description = "Voor elke ingelogde gebruiker, en de enige aanroep die werkt zolang het account nog een "
                    + "eenmalig wachtwoord heeft (alle andere geven dan 403 met type …/problemen/wachtwoord-wijzigen). "
                    + "Stuur het huidige wachtwoord mee als bewijs; het nieuwe wachtwoord heeft minstens 8 tekens en "
                    + "verschilt van het huidige. Daarna geldt alleen het nieuwe wachtwoord en vervalt het eenmalige. "
                    + "Geen If-Match: het huidige wachtwoord is de voorwaarde. Een verkeerd huidig wachtwoord telt "
                    + "als een mislukte inlogpoging (na herhaalde fouten volgt 429).")
    @ApiResponse(responseCode = "204", description = "Gewijzigd; gebruik voortaan het nieuwe wachtwoord")
    @ApiResponse(
            responseCode = "400",
            description = "Huidig wachtwoord onjuist of ontbreekt (huidigWachtwoord), of het nieuwe wachtwoord "
                    + "voldoet niet (nieuwWachtwoord) volgens invalidParams; er is niets gewijzigd")
    @ApiResponse(
            responseCode = "412",
            description = "Het account werd tijdens deze aanvraag gewijzigd (bijvoorbeeld een tweede aanvraag "
                    + "tegelijk); er is niets gewijzigd, probeer het opnieuw")
    ResponseEntity<Void> wijzigEigenWachtwoord(
            @RequestBody EigenWachtwoordJson invoer, HttpServletRequest request, HttpServletResponse response) {
        eigen.wijzigMetHuidig(invoer.huidigWachtwoord(), invoer.nieuwWachtwoord(), request, response);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/accounts")
    @Operation(
            operationId = "accounts",
            summary = "Alle accounts, per pagina (alleen beheerder)",
            description = "Op gebruikersnaam gesorteerd, met het totaal; nooit een wachtwoord of de hash ervan.")
    AccountLijstJson lijst(
            @Parameter(description = "Paginanummer, vanaf 1") @RequestParam(required = false) @Nullable Integer pagina,
            @Parameter(description = "Aantal per pagina, maximaal 100") @RequestParam(required = false) @Nullable
                    Integer paginaGrootte) {
        Pagina<Account> p = accounts.pagina(pagina, paginaGrootte);
        return new AccountLijstJson(p.items().stream().map(this::json).toList(), p.pagina(), p.grootte(), p.totaal());
    }

    @PostMapping("/accounts")
    @Operation(
            operationId = "maakAccount",
            summary = "Account aanmaken (alleen beheerder)",
            description =
                    "Gebruikersnaam, naam, wachtwoord, rollen en zo nodig de gemeente; het wachtwoord wordt alleen als hash bewaard.")
    @ApiResponse(responseCode = "201", description = "Aangemaakt; Location en ETag in de headers")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; er is niets opgeslagen")
    ResponseEntity<AccountJson> maak(@RequestBody NieuwAccountJson nieuw) {
        long id = accounts.maak(new AccountService.Invoer(
                nieuw.gebruikersnaam(),
                nieuw.weergavenaam(),
                nieuw.wachtwoord(),
                nieuw.rollen(),
                nieuw.gemeenteCode()));
        Account a = accounts.vind(id);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/accounts/" + id))
                .eTag(Versie.etag(a.versie()))
                .body(json(a));
    }

    @GetMapping("/accounts/{id}")
    @Operation(
            operationId = "account",
            summary = "Eén account (alleen beheerder)",
            description = "De ETag is de versie; stuur die mee in If-Match bij PUT.")
    ResponseEntity<AccountJson> een(@PathVariable long id) {
        Account a = accounts.vind(id);
        return ResponseEntity.ok().eTag(Versie.etag(a.versie())).body(json(a));
    }

    @PutMapping("/accounts/{id}")
    @Operation(
            operationId = "wijzigAccount",
            summary = "Account wijzigen (alleen beheerder)",
            description =
                    "Vervangt naam, rollen, gemeente en actief. If-Match is verplicht (428 zonder, 412 bij een verouderde versie).")
    ResponseEntity<AccountJson> wijzig(
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @RequestBody AccountWijzigingJson wijziging) {
        long versie = Versie.uitIfMatch(ifMatch, () -> accounts.vind(id).versie());
        Account a = accounts.wijzig(
                id,
                versie,
                new AccountService.Wijziging(
                        wijziging.weergavenaam(), wijziging.rollen(), wijziging.gemeenteCode(), wijziging.actief()));
        return ResponseEntity.ok().eTag(Versie.etag(a.versie())).body(json(a));
    }

    private static List<String> rolNamen(Account a) {
        return a.rollen().stream().map(Enum::name).sorted().toList();
    }

    /** geblokkeerdTot: until when signing in as this account must wait after wrong passwords (null: not now). */
    private AccountJson json(Account a) {
        return AccountJson.van(a, accounts.wachtTot(a));
    }
}
