package nl.samenspel.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** Requests that carry HTTP Basic credentials: scripts, not browser sessions, so no CSRF token. */
    static final RequestMatcher API_MET_BASIC = (HttpServletRequest request) -> {
        String auth = request.getHeader("Authorization");
        return request.getRequestURI().startsWith("/api/") && auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6);
    };

    static final RequestMatcher API = request -> request.getRequestURI().startsWith("/api/");

    /**
     * Request metrics come from the web layer (http.server.requests); observing every security filter as well
     * cost a measurable share of each page's CPU (bench/README.md) without telling an operator anything new.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Knows every signed-in browser session, so that {@link Sessies} can end them when rights change. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Removes ended sessions from the registry. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Requests the firewall refuses are answered like every other error (problem+json or the error page). */
    @Bean
    WebSecurityCustomizer firewallFouten(AfgewezenVerzoeken afgewezen) {
        return web -> web.requestRejectedHandler(afgewezen);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, ObjectProvider<ToegangsRegels> modules, ApiFouten apiFouten,
            SessionRegistry sessies) throws Exception {
        List<Toegang> regels = alleRegels(modules);
        http.authorizeHttpRequests(auth -> {
            for (Toegang regel : regels) {
                pasToe(auth, regel);
            }
            auth.anyRequest().denyAll();
        });
        http.formLogin(form -> form
                .loginPage("/inloggen")
                .loginProcessingUrl("/inloggen")
                .usernameParameter("gebruikersnaam")
                .passwordParameter("wachtwoord")
                .defaultSuccessUrl("/", false)
                .failureHandler((request, response, e) -> response.sendRedirect(
                        e instanceof LockedException ? "/inloggen?geblokkeerd" : "/inloggen?fout"))
                .permitAll());
        http.logout(logout -> logout.logoutUrl("/uitloggen").logoutSuccessUrl("/inloggen?uitgelogd").permitAll());
        http.httpBasic(basic -> basic.authenticationEntryPoint(apiFouten));
        // A session ended by Sessies: pages go back to the login form with a notice, the API answers 401.
        http.sessionManagement(sessie -> sessie.maximumSessions(-1).sessionRegistry(sessies)
                .expiredSessionStrategy(event -> {
                    if (API.matches(event.getRequest())) {
                        apiFouten.commence(event.getRequest(), event.getResponse(),
                                new InsufficientAuthenticationException("sessie beeindigd"));
                    } else {
                        event.getResponse().sendRedirect("/inloggen?rechten-gewijzigd");
                    }
                }));
        XorCsrfTokenRequestAttributeHandler tokens = new XorCsrfTokenRequestAttributeHandler();
        tokens.setSecureRandom(new RandomPerDraad());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(API_MET_BASIC).csrfTokenRequestHandler(tokens));
        http.exceptionHandling(e -> e
                .defaultAuthenticationEntryPointFor(apiFouten, API)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/inloggen"), request -> true)
                .defaultAccessDeniedHandlerFor(apiFouten, API)
                // Pages: the Dutch error page through /error. (With only the API handler registered, Spring Security
                // used it for every request and pages showed JSON.)
                .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), request -> true));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.deny())
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    static List<Toegang> alleRegels(ObjectProvider<ToegangsRegels> modules) {
        List<Toegang> regels = new ArrayList<>();
        modules.orderedStream().forEach(m -> regels.addAll(m.regels()));
        return regels;
    }

    private static void pasToe(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
            Toegang regel) {
        HttpMethod methode = regel.methode();
        RequestMatcher matcher = methode == null
                ? PathPatternRequestMatcher.pathPattern(regel.patroon())
                : PathPatternRequestMatcher.pathPattern(methode, regel.patroon());
        var url = auth.requestMatchers(matcher);
        switch (regel.soort()) {
            case PUBLIEK -> url.permitAll();
            case INGELOGD -> url.authenticated();
            case ROLLEN -> url.hasAnyRole(regel.rollen().stream().map(Enum::name).toArray(String[]::new));
        }
    }
}
