package nl.samenspel.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The safety net behind the services' locking: a unique key, another constraint or a lock met by simultaneous
 * writes is a Dutch 409, on the API as problem+json and on a page as the error page's status, never a 500.
 */
class GelijktijdigVangnetTest {

    @RestController
    static class Api {
        @GetMapping("/api/v1/dubbel")
        String dubbel() {
            throw new DuplicateKeyException("duplicate key value violates unique constraint \"positie_pkey\"");
        }

        @GetMapping("/api/v1/integriteit")
        String integriteit() {
            throw new DataIntegrityViolationException("violates foreign key constraint");
        }

        @GetMapping("/api/v1/slot")
        String slot() {
            throw new CannotAcquireLockException("Timeout trying to lock table");
        }
    }

    @Controller
    static class Pagina {
        @GetMapping("/dubbel")
        String dubbel() {
            throw new DuplicateKeyException("duplicate key");
        }
    }

    private final MockMvc mvc;

    GelijktijdigVangnetTest() throws IOException {
        Teksten teksten = new Teksten(new PlatformConfig().messageSource());
        mvc = MockMvcBuilders.standaloneSetup(new Api(), new Pagina())
                .setControllerAdvice(new ApiProblemen(teksten, new Problemen(teksten)), new PaginaFouten())
                .build();
    }

    @Test
    void eenDubbeleSleutelInDeApiIsEen409MetNederlandseUitleg() throws Exception {
        for (String pad : new String[] {"/api/v1/dubbel", "/api/v1/integriteit", "/api/v1/slot"}) {
            mvc.perform(get(pad))
                    .andExpect(status().isConflict())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.title").value("Tegelijk gewijzigd"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("niet opgeslagen")))
                    .andExpect(jsonPath("$.detail")
                            .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("constraint"))));
        }
    }

    @Test
    void eenDubbeleSleutelOpEenPaginaIsDeFoutpagina409() throws Exception {
        mvc.perform(get("/dubbel")).andExpect(status().isConflict());
    }
}
