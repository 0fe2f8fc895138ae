package nl.samenspel.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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

    @ExceptionHandler({ VersieConflictException.class, ConflictException.class })
    void conflict(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }

    @ExceptionHandler({ OngeldigeInvoerException.class, VersieVereistException.class })
    void ongeldig(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
