package nl.samenspel.account;

import java.util.Set;
import nl.samenspel.security.Rol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Without demo data (PostgreSQL) the first BEHEERDER comes from SAMENSPEL_BEHEERDER_GEBRUIKERSNAAM
 * and SAMENSPEL_BEHEERDER_WACHTWOORD; created once, never overwritten.
 */
@Component
@Order(15)
class EersteBeheerder implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(EersteBeheerder.class);

    private final AccountService accounts;
    private final String gebruikersnaam;
    private final String wachtwoord;

    EersteBeheerder(
            AccountService accounts,
            @Value("${samenspel.beheerder.gebruikersnaam:}") String gebruikersnaam,
            @Value("${samenspel.beheerder.wachtwoord:}") String wachtwoord) {
        this.accounts = accounts;
        this.gebruikersnaam = gebruikersnaam;
        this.wachtwoord = wachtwoord;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (gebruikersnaam.isBlank() || accounts.bestaat(gebruikersnaam)) {
            return;
        }
        accounts.maak(new NieuwAccount(gebruikersnaam, "Beheerder", wachtwoord, Set.of(Rol.BEHEERDER), null));
        LOG.info("event=eerste-beheerder-aangemaakt gebruiker={}", gebruikersnaam);
    }
}
