package nl.samenspel.samenwerking.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.samenspel.samenwerking.GearchiveerdException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * For the pages of every module: a change to an archived samenwerking leads back to its page, which says in Dutch
 * that it is archived and nothing was saved; a refused write is the Dutch 403 page. The API answers both itself
 * (problem+json 409 and 403, see ApiProblemen, which runs first for REST controllers).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AlleenLezenAdvies {

    @ExceptionHandler(GearchiveerdException.class)
    String gearchiveerd(GearchiveerdException e) {
        return "redirect:/samenwerkingen/" + e.samenwerkingId() + "?alleen-lezen";
    }

    @ExceptionHandler(AccessDeniedException.class)
    void geenToegang(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
