package nl.samenspel.demo;

import java.util.Set;
import nl.samenspel.account.AccountService;
import nl.samenspel.account.NieuwAccount;
import nl.samenspel.security.Rol;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo accounts, all with password {@code samenspel}; only in the embedded default set-up. */
@Component
@Order(20)
class DemoAccounts implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);

    private final DemoSchakelaar schakelaar;
    private final AccountService accounts;

    DemoAccounts(DemoSchakelaar schakelaar, AccountService accounts) {
        this.schakelaar = schakelaar;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!schakelaar.aan()) {
            return;
        }
        maak("beheerder", "Bea Beheer", Set.of(Rol.BEHEERDER), null);
        maak("regisseur", "Rik Regie", Set.of(Rol.REGISSEUR), null);
        maak("ambtenaar1", "Anouk Ambtenaar (Zeist)", Set.of(Rol.AMBTENAAR), DemoCasus.ZEIST);
        maak("ambtenaar2", "Daan Ambtenaar (De Bilt)", Set.of(Rol.AMBTENAAR), DemoCasus.DE_BILT);
        maak("ambtenaar3", "Bram Ambtenaar (Bunnik)", Set.of(Rol.AMBTENAAR), DemoCasus.BUNNIK);
        maak("bestuurder1", "Wethouder Zeist", Set.of(Rol.BESTUURDER), DemoCasus.ZEIST);
        maak("raadslid1", "Raadslid Zeist", Set.of(Rol.RAADSLID), DemoCasus.ZEIST);
        maak("uitvoerder", "Uma Uitvoering", Set.of(Rol.UITVOERDER), null);
    }

    private void maak(String naam, String weergave, Set<Rol> rollen, @Nullable String gemeente) {
        if (!accounts.bestaat(naam)) {
            accounts.maakMetOpenbaarWachtwoord(
                    new NieuwAccount(naam, weergave, DemoCasus.WACHTWOORD, rollen, gemeente));
            LOG.info("event=demo-account-aangemaakt gebruiker={}", naam);
        }
    }
}
