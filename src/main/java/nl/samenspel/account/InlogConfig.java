package nl.samenspel.account;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class InlogConfig {

    /**
     * Checks the password first and only then whether the account is active: an inactive account costs the same
     * hash as any other and gets the same answer as a wrong password, so neither timing nor message tells it apart
     * from an unknown name. An unknown name is compared with a hash of the same cost (Spring's built-in dummy).
     * A password that matched is remembered for a few minutes ({@link BevestigdeWachtwoorden}), because the API
     * with HTTP Basic is stateless and would otherwise pay a full hash on every request.
     */
    @Bean
    DaoAuthenticationProvider inlogControle(AccountDetailsService details, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(details);
        provider.setPasswordEncoder(new BevestigdeWachtwoorden(encoder, Clock.systemUTC()));
        provider.setUserDetailsPasswordService(details);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }
}
