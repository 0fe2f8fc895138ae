package nl.samenspel.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.samenspel.platform.Problemen;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The signed-in user chooses their own password ({@link AccountService#wijzigEigenWachtwoord}); the session then
 * carries the account as it is now, so "must change password" no longer holds it back and it stays signed in.
 */
@Component
public class EigenWachtwoord {

    private final AccountService accounts;
    private final AccountDetailsService details;
    private final SecurityContextRepository contexten = new HttpSessionSecurityContextRepository();

    EigenWachtwoord(AccountService accounts, AccountDetailsService details) {
        this.accounts = accounts;
        this.details = details;
    }

    /** Whether the signed-in user must still replace a one-time password. */
    public boolean moetWijzigen() {
        return WachtwoordWijzigenFilter.moetWijzigen();
    }

    public Account wijzig(
            long versie,
            @Nullable String wachtwoord,
            @Nullable String herhaling,
            HttpServletRequest request,
            HttpServletResponse response) {
        Account na = accounts.wijzigEigenWachtwoord(versie, wachtwoord, herhaling);
        vernieuw(na, request, response);
        return na;
    }

    /**
     * Through the API ({@code PUT /api/v1/mij/wachtwoord}), with the current password. HTTP Basic makes no session,
     * so only an existing session (a browser calling the API) gets the refreshed account; a Basic client simply
     * sends the new password with its next request.
     */
    public Account wijzigMetHuidig(
            @Nullable String huidig, @Nullable String nieuw, HttpServletRequest request, HttpServletResponse response) {
        Account na = accounts.wijzigEigenWachtwoord(huidig, nieuw, request.getRemoteAddr());
        if (request.getSession(false) != null) {
            vernieuw(na, request, response);
        }
        return na;
    }

    private void vernieuw(Account na, HttpServletRequest request, HttpServletResponse response) {
        var nieuw = details.loadUserByUsername(na.gebruikersnaam());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(nieuw, null, nieuw.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexten.saveContext(context, request, response);
    }

    @Configuration(proxyBeanMethods = false)
    static class Registratie {

        /** Right after the security chain, which fills in who is signed in. */
        @Bean
        FilterRegistrationBean<WachtwoordWijzigenFilter> wachtwoordWijzigenFilter(Problemen problemen) {
            var bean = new FilterRegistrationBean<>(new WachtwoordWijzigenFilter(problemen));
            bean.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
            return bean;
        }
    }
}
