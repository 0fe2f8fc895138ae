package nl.samenspel.toets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspel.platform.Indicator;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the compact check indicator on every page of a samenwerking the user may see. Reads stored findings only
 * (two small queries); never evaluates.
 */
@Configuration(proxyBeanMethods = false)
class ToetsIndicator implements WebMvcConfigurer {

    private static final Pattern PAD = Pattern.compile("^/samenwerkingen/(\\d{1,18})(/.*)?$");

    private final ToetsService toets;

    ToetsIndicator(ToetsService toets) {
        this.toets = toets;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        if ("GET".equals(request.getMethod()) || "POST".equals(request.getMethod())) {
                            Matcher m = PAD.matcher(request.getRequestURI());
                            if (m.matches() && request.getUserPrincipal() != null) {
                                toets.indicator(Long.parseLong(m.group(1)))
                                        .ifPresent(i -> request.setAttribute(Indicator.ATTRIBUUT, i));
                            }
                        }
                        return true;
                    }
                })
                .addPathPatterns("/samenwerkingen/*", "/samenwerkingen/*/**");
    }
}
