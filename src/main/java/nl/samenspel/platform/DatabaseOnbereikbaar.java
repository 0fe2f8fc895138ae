package nl.samenspel.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * While the database cannot be reached (the pool gives up after its short connection timeout), a page answers with
 * the Dutch 503 page and the API with a 503 problem, instead of an "unexpected error" 500. Runs before the
 * {@code @ExceptionHandler}s, whose catch-all would otherwise take it.
 */
@Component
public class DatabaseOnbereikbaar implements HandlerExceptionResolver, Ordered {

    /** The problem+json body, with the same fields as the other API problems. */
    record Probleem(String type, String title, int status, String detail, String instance) {}

    private final Teksten teksten;
    private final JsonMapper json = JsonMapper.builder().build();

    DatabaseOnbereikbaar(Teksten teksten) {
        this.teksten = teksten;
    }

    /** Whether {@code fout} (or one of its causes) says the database cannot be reached. */
    public static boolean is(Throwable fout) {
        for (Throwable f = fout; f != null; f = f.getCause() == f ? null : f.getCause()) {
            if (f instanceof DataAccessResourceFailureException || f instanceof SQLTransientConnectionException
                    || f instanceof SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception fout) {
        if (!is(fout) || response.isCommitted()) {
            return null;
        }
        try {
            if (request.getRequestURI().startsWith("/api/")) {
                int status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
                Probleem body = new Probleem("https://samenspel.nl/problemen/onbeschikbaar",
                        teksten.t("probleem.onbeschikbaar.titel"), status, teksten.t("probleem.onbeschikbaar.detail"),
                        request.getRequestURI());
                response.setStatus(status);
                response.setHeader(ApiVersion.HEADER, ApiVersion.VERSIE);
                response.setContentType(ApiProblemen.PROBLEM_JSON.toString());
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(json.writeValueAsString(body));
            } else {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    /** Before the exception-handler resolvers (order 0). */
    @Override
    public int getOrder() {
        return -1;
    }
}
