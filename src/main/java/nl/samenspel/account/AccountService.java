package nl.samenspel.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.gemeente.Gemeenten;
import nl.samenspel.platform.Fouten;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing accounts, with validation and an audit record for every write. */
@Service
public class AccountService {

    static final int MIN_WACHTWOORD = 8;

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Gemeenten gemeenten;
    private final AuditTrail audit;

    AccountService(AccountRepository accounts, PasswordEncoder encoder, Gemeenten gemeenten, AuditTrail audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.gemeenten = gemeenten;
        this.audit = audit;
    }

    @Transactional
    public long maak(NieuwAccount nieuw) {
        Fouten fouten = new Fouten();
        fouten.tekst("gebruikersnaam", nieuw.gebruikersnaam(), 100);
        if (!fouten.heeft("gebruikersnaam") && !nieuw.gebruikersnaam().matches("[a-z0-9._-]{3,100}")) {
            fouten.voeg("gebruikersnaam", "account.gebruikersnaam.vorm");
        }
        if (!fouten.heeft("gebruikersnaam") && accounts.bestaat(nieuw.gebruikersnaam())) {
            fouten.voeg("gebruikersnaam", "account.gebruikersnaam.bestaat");
        }
        fouten.tekst("weergavenaam", nieuw.weergavenaam(), Fouten.MAX_KORT);
        if (nieuw.wachtwoord() == null || nieuw.wachtwoord().length() < MIN_WACHTWOORD) {
            fouten.voeg("wachtwoord", "account.wachtwoord.kort", MIN_WACHTWOORD);
        } else if (nieuw.wachtwoord().length() > 200) {
            fouten.voeg("wachtwoord", "fout.te-lang", 200);
        }
        controleerRollenEnGemeente(fouten, nieuw.rollen(), nieuw.gemeenteCode());
        fouten.gooiAlsNietLeeg();

        String gemeente = leegAlsNull(nieuw.gemeenteCode());
        long id = accounts.voegToe(nieuw.gebruikersnaam(), nieuw.weergavenaam().trim(),
                encoder.encode(nieuw.wachtwoord()), gemeente, nieuw.rollen());
        audit.legVast(Actie.AANGEMAAKT, "account", id, null, Map.of(), velden(accounts.vind(id).orElseThrow()));
        return id;
    }

    public Optional<Account> vindOpNaam(String gebruikersnaam) {
        return accounts.vindOpNaam(gebruikersnaam);
    }

    public boolean bestaat(String gebruikersnaam) {
        return accounts.bestaat(gebruikersnaam);
    }

    void controleerRollenEnGemeente(Fouten fouten, java.util.Set<nl.samenspel.security.Rol> rollen, String gemeenteCode) {
        if (rollen == null || rollen.isEmpty()) {
            fouten.voeg("rollen", "account.rollen.verplicht");
            return;
        }
        boolean gebonden = rollen.stream().anyMatch(nl.samenspel.security.Rol::gemeentegebonden);
        String gemeente = leegAlsNull(gemeenteCode);
        if (gebonden && gemeente == null) {
            fouten.voeg("gemeenteCode", "account.gemeente.verplicht");
        } else if (gemeente != null && !gemeenten.bestaat(gemeente)) {
            fouten.voeg("gemeenteCode", "account.gemeente.onbekend");
        }
    }

    static Map<String, Object> velden(Account a) {
        Map<String, Object> velden = new LinkedHashMap<>();
        velden.put("gebruikersnaam", a.gebruikersnaam());
        velden.put("weergavenaam", a.weergavenaam());
        velden.put("gemeenteCode", a.gemeenteCode());
        velden.put("rollen", a.rollen().stream().map(Enum::name).sorted().toList());
        velden.put("actief", a.actief());
        return velden;
    }

    static String leegAlsNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
