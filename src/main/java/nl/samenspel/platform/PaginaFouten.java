package nl.samenspel.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Domain exceptions that escape a page controller become the normal Dutch error page with the
 * right status, never a 500. API controllers are answered first by {@link ApiProblemen}.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PaginaFouten {

    @ExceptionHandler(NietGevondenException.class)
    void nietGevonden(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** Also the safety net for a constraint or lock met by simultaneous writes (see {@link ApiProblemen}). */
    @ExceptionHandler({
        VersieConflictException.class,
        ConflictException.class,
        DataIntegrityViolationException.class,
        ConcurrencyFailureException.class
    })
    void conflict(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }

    @ExceptionHandler({OngeldigeInvoerException.class, VersieVereistException.class})
    void ongeldig(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
