package nl.samenspel.support;

import java.util.List;
import java.util.Set;
import nl.samenspel.account.AccountService;
import nl.samenspel.account.NieuwAccount;
import nl.samenspel.security.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * The role accounts the tests log in as, made by the tests themselves through the account module's
 * {@link AccountService}, once per Spring context (an account that already exists is left alone). Imported by
 * {@link SamenspelTest}; the demo module is off in the test context, so these are the only fixed accounts. The names
 * are the ones the demo used, so a test reads the same; each civil servant, alderman and council member has an
 * explicit municipality in the province of Utrecht. All have the password {@link #WACHTWOORD}.
 *
 * <p>Samenwerkingen, tasks and positions are not made here: each test makes its own through the REST API (see
 * {@link TestSamenwerkingen}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestAccounts {

    public static final String WACHTWOORD = "samenspel";

    public static final String ZEIST = "GM0355";
    public static final String DE_BILT = "GM0310";
    public static final String BUNNIK = "GM0312";
    public static final String UTRECHT = "GM0344";

    public static final String BEHEERDER = "beheerder";
    public static final String REGISSEUR = "regisseur";
    /** Civil servant of Zeist. */
    public static final String AMBTENAAR_ZEIST = "ambtenaar1";
    /** Civil servant of De Bilt. */
    public static final String AMBTENAAR_DE_BILT = "ambtenaar2";
    /** Civil servant of Bunnik. */
    public static final String AMBTENAAR_BUNNIK = "ambtenaar3";
    /** Alderman of Zeist. */
    public static final String BESTUURDER_ZEIST = "bestuurder1";
    /** Council member of Zeist. */
    public static final String RAADSLID_ZEIST = "raadslid1";

    public static final String UITVOERDER = "uitvoerder";

    /** One fixed account: its name, display name, role and municipality (or none). */
    public record Vast(
            String naam,
            String weergavenaam,
            Rol rol,
            @Nullable String gemeente) {}

    public static final List<Vast> ALLE = List.of(
            new Vast(BEHEERDER, "Test Beheerder", Rol.BEHEERDER, null),
            new Vast(REGISSEUR, "Test Regisseur", Rol.REGISSEUR, null),
            new Vast(AMBTENAAR_ZEIST, "Test Ambtenaar (Zeist)", Rol.AMBTENAAR, ZEIST),
            new Vast(AMBTENAAR_DE_BILT, "Test Ambtenaar (De Bilt)", Rol.AMBTENAAR, DE_BILT),
            new Vast(AMBTENAAR_BUNNIK, "Test Ambtenaar (Bunnik)", Rol.AMBTENAAR, BUNNIK),
            new Vast(BESTUURDER_ZEIST, "Test Wethouder (Zeist)", Rol.BESTUURDER, ZEIST),
            new Vast(RAADSLID_ZEIST, "Test Raadslid (Zeist)", Rol.RAADSLID, ZEIST),
            new Vast(UITVOERDER, "Test Uitvoerder", Rol.UITVOERDER, null));

    @Bean
    TestAccountsMaker testAccountsMaker(AccountService accounts) {
        return new TestAccountsMaker(accounts);
    }

    /**
     * Runs after the reference data (municipalities, order 10) and the first beheerder (15), before the demo module's
     * runners (20 and up) where a test turns those on.
     */
    static final class TestAccountsMaker implements ApplicationRunner, Ordered {

        private final AccountService accounts;

        TestAccountsMaker(AccountService accounts) {
            this.accounts = accounts;
        }

        @Override
        public void run(ApplicationArguments args) {
            for (Vast v : ALLE) {
                if (!accounts.bestaat(v.naam())) {
                    // The public-password path: one full-cost hash for all, as a fixed, published password needs.
                    accounts.maakMetOpenbaarWachtwoord(
                            new NieuwAccount(v.naam(), v.weergavenaam(), WACHTWOORD, Set.of(v.rol()), v.gemeente()));
                }
            }
        }

        @Override
        public int getOrder() {
            return 16;
        }
    }
}
