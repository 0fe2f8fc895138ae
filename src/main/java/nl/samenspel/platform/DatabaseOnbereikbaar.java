package nl.samenspel.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * While the database cannot be reached (the pool gives up after its short connection timeout), a page answers with
 * the Dutch 503 page and the API with a 503 problem, instead of an "unexpected error" 500. Runs before the
 * {@code @ExceptionHandler}s, whose catch-all would otherwise take it.
 */
@Component
public class DatabaseOnbereikbaar implements HandlerExceptionResolver, Ordered {

    static final String SOORT = "onbeschikbaar";

    private final Problemen problemen;

    DatabaseOnbereikbaar(Problemen problemen) {
        this.problemen = problemen;
    }

    /** Whether {@code fout} (or one of its causes) says the database cannot be reached. */
    public static boolean is(Throwable fout) {
        for (Throwable f = fout; f != null; f = f.getCause() == f ? null : f.getCause()) {
            if (f instanceof DataAccessResourceFailureException
                    || f instanceof SQLTransientConnectionException
                    || f instanceof SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Answers a 503 outside Spring MVC (e.g. a password check in the security filters): the API's problem, or for a
     * page the error page through /error with this problem's title and text.
     */
    public void beantwoord(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (Problemen.wilProbleem(request)) {
            problemen.schrijf(request, response, HttpStatus.SERVICE_UNAVAILABLE, SOORT);
        } else {
            request.setAttribute(Problemen.SOORT, SOORT);
            request.setAttribute(
                    Problemen.DETAIL,
                    problemen
                            .probleem(HttpStatus.SERVICE_UNAVAILABLE, SOORT, request)
                            .getDetail());
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception fout) {
        if (!is(fout) || response.isCommitted()) {
            return null;
        }
        try {
            beantwoord(request, response);
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
