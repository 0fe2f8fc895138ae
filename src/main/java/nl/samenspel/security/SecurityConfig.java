package nl.samenspel.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.platform.DatabaseOnbereikbaar;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
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

    /**
     * Requests to the API or the actuator that carry HTTP Basic credentials: scripts and scrapers, not browser
     * sessions. Pages never take part, so a form can never skip its CSRF token by adding a Basic header.
     */
    static final RequestMatcher MET_BASIC = (HttpServletRequest request) -> {
        String auth = request.getHeader("Authorization");
        String pad = request.getRequestURI();
        return (pad.startsWith("/api/") || pad.startsWith("/actuator/"))
                && auth != null
                && auth.regionMatches(true, 0, "Basic ", 0, 6);
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

    /**
     * Scripts with HTTP Basic on the API (and a metrics scraper on the actuator): stateless, so no server session
     * per request, and no CSRF token; writes must be JSON instead ({@link JsonVoorWijzigingen}).
     */
    @Bean
    @Order(1)
    SecurityFilterChain basicKeten(
            HttpSecurity http, ObjectProvider<ToegangsRegels> modules, ApiFouten apiFouten, InlogRem rem)
            throws Exception {
        http.securityMatcher(MET_BASIC);
        gemeenschappelijk(http, modules, apiFouten, rem);
        http.sessionManagement(sessie -> sessie.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.httpBasic(basic -> basic.authenticationEntryPoint(apiFouten));
        http.csrf(csrf -> csrf.disable());
        http.requestCache(cache -> cache.disable());
        http.exceptionHandling(e -> e.authenticationEntryPoint(apiFouten).accessDeniedHandler(apiFouten));
        return http.build();
    }

    /** Browsers: the login form, a session and a CSRF token in every form. */
    @Bean
    @Order(2)
    SecurityFilterChain filterChain(
            HttpSecurity http,
            ObjectProvider<ToegangsRegels> modules,
            ApiFouten apiFouten,
            SessionRegistry sessies,
            InlogRem rem,
            DatabaseOnbereikbaar onbereikbaar)
            throws Exception {
        gemeenschappelijk(http, modules, apiFouten, rem);
        http.formLogin(form -> form.loginPage("/inloggen")
                .loginProcessingUrl("/inloggen")
                .usernameParameter("gebruikersnaam")
                .passwordParameter("wachtwoord")
                .defaultSuccessUrl("/", false)
                .failureHandler((request, response, e) -> {
                    if (e instanceof InternalAuthenticationServiceException && DatabaseOnbereikbaar.is(e)) {
                        onbereikbaar.beantwoord(request, response);
                    } else {
                        // One answer for an unknown name, a wrong password and an inactive account.
                        response.sendRedirect("/inloggen?fout");
                    }
                })
                .permitAll());
        http.logout(logout -> logout.logoutUrl("/uitloggen")
                .logoutSuccessUrl("/inloggen?uitgelogd")
                .permitAll());
        // A session ended by Sessies: pages go back to the login form with a notice, the API answers 401.
        http.sessionManagement(sessie -> sessie.maximumSessions(-1)
                .sessionRegistry(sessies)
                .expiredSessionStrategy(event -> {
                    if (API.matches(event.getRequest())) {
                        apiFouten.commence(
                                event.getRequest(),
                                event.getResponse(),
                                new InsufficientAuthenticationException("sessie beeindigd"));
                    } else {
                        event.getResponse().sendRedirect("/inloggen?rechten-gewijzigd");
                    }
                }));
        XorCsrfTokenRequestAttributeHandler tokens = new XorCsrfTokenRequestAttributeHandler();
        tokens.setSecureRandom(new RandomPerDraad());
        http.csrf(csrf -> csrf.csrfTokenRequestHandler(tokens));
        http.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(apiFouten, API)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/inloggen"), request -> true)
                .defaultAccessDeniedHandlerFor(apiFouten, API)
                // Pages: the Dutch error page through /error. (With only the API handler registered, Spring Security
                // used it for every request and pages showed JSON.)
                .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), request -> true));
        return http.build();
    }

    /** Rules, throttling, the JSON rule for API writes and the security headers: the same for both chains. */
    private static void gemeenschappelijk(
            HttpSecurity http, ObjectProvider<ToegangsRegels> modules, ApiFouten apiFouten, InlogRem rem)
            throws Exception {
        List<Toegang> regels = alleRegels(modules);
        http.authorizeHttpRequests(auth -> {
            for (Toegang regel : regels) {
                pasToe(auth, regel);
            }
            auth.anyRequest().denyAll();
        });
        // Both run before any password is checked: a refused request costs no hash.
        http.addFilterBefore(new JsonVoorWijzigingen(apiFouten), CsrfFilter.class);
        http.addFilterBefore(new InlogRemFilter(rem, apiFouten), CsrfFilter.class);
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.deny())
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
    }

    /** Every module's rules, most specific first, whatever the order of the modules ({@link RegelVolgorde}). */
    static List<Toegang> alleRegels(ObjectProvider<ToegangsRegels> modules) {
        List<Toegang> regels = new ArrayList<>();
        modules.stream().forEach(m -> regels.addAll(m.regels()));
        return RegelVolgorde.sorteer(regels);
    }

    private static void pasToe(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
            Toegang regel) {
        HttpMethod methode = regel.methode();
        RequestMatcher matcher = methode == null
                ? PathPatternRequestMatcher.pathPattern(regel.patroon())
                : PathPatternRequestMatcher.pathPattern(methode, regel.patroon());
        var url = auth.requestMatchers(matcher);
        switch (regel.soort()) {
            case PUBLIEK -> url.permitAll();
            case INGELOGD -> url.authenticated();
            case ROLLEN ->
                url.hasAnyRole(regel.rollen().stream().map(Enum::name).toArray(String[]::new));
        }
    }
}
