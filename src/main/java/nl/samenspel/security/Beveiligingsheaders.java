package nl.samenspel.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.stereotype.Component;

/**
 * The security headers of {@link SecurityConfig} (nosniff, frame options, CSP, cache control, HSTS on HTTPS) for
 * answers written outside the filter chain: requests the firewall refuses and errors Tomcat answers itself. It
 * borrows the chain's own header writer, so there is one configuration of the headers.
 */
@Component
class Beveiligingsheaders {

    private final ObjectProvider<SecurityFilterChain> ketens;
    private volatile @Nullable HeaderWriterFilter schrijver;

    Beveiligingsheaders(ObjectProvider<SecurityFilterChain> ketens) {
        this.ketens = ketens;
    }

    /** Runs {@code antwoord} with a response that gets the security headers before anything is sent. */
    void metHeaders(HttpServletRequest request, HttpServletResponse response, FilterChain antwoord)
            throws IOException, ServletException {
        HeaderWriterFilter filter = schrijver();
        if (filter == null) {
            antwoord.doFilter(request, response);
        } else {
            filter.doFilter(request, response, antwoord);
        }
    }

    private @Nullable HeaderWriterFilter schrijver() {
        HeaderWriterFilter filter = schrijver;
        if (filter == null) {
            filter = ketens.orderedStream()
                    .flatMap(k -> k.getFilters().stream())
                    .filter(HeaderWriterFilter.class::isInstance)
                    .map(HeaderWriterFilter.class::cast)
                    .findFirst()
                    .orElse(null);
            schrijver = filter;
        }
        return filter;
    }
}
