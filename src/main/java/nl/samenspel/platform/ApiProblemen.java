package nl.samenspel.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every API error as RFC 9457 problem+json with a Dutch title and detail. Never a stack trace:
 * unexpected errors are logged with an id and answered with that id only.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ApiProblemen {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblemen.class);
    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final Teksten teksten;

    public ApiProblemen(Teksten teksten) {
        this.teksten = teksten;
    }

    @ExceptionHandler(OngeldigeInvoerException.class)
    ResponseEntity<ProblemDetail> ongeldig(OngeldigeInvoerException e, HttpServletRequest request) {
        ProblemDetail p = probleem(HttpStatus.BAD_REQUEST, "ongeldige-invoer", request);
        List<Map<String, String>> velden = e.fouten().alle().stream()
                .map(f -> Map.of("name", f.veld(), "reason", teksten.fout(f)))
                .toList();
        p.setProperty("invalidParams", velden);
        p.setDetail(velden.stream().map(v -> v.get("name") + ": " + v.get("reason"))
                .reduce((a, b) -> a + "; " + b).orElse(p.getDetail()));
        return antwoord(p);
    }

    @ExceptionHandler(NietGevondenException.class)
    ResponseEntity<ProblemDetail> nietGevonden(NietGevondenException e, HttpServletRequest request) {
        return antwoord(probleem(HttpStatus.NOT_FOUND, "niet-gevonden", request));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> geenBron(NoResourceFoundException e, HttpServletRequest request) {
        return antwoord(probleem(HttpStatus.NOT_FOUND, "niet-gevonden", request));
    }

    @ExceptionHandler(VersieConflictException.class)
    ResponseEntity<ProblemDetail> versieConflict(VersieConflictException e, HttpServletRequest request) {
        return antwoord(probleem(HttpStatus.PRECONDITION_FAILED, "versie-conflict", request));
    }

    @ExceptionHandler(VersieVereistException.class)
    ResponseEntity<ProblemDetail> versieVereist(VersieVereistException e, HttpServletRequest request) {
        return antwoord(probleem(HttpStatus.PRECONDITION_REQUIRED, "versie-vereist", request));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e, HttpServletRequest request) {
        ProblemDetail p = probleem(HttpStatus.CONFLICT, "conflict", request);
        p.setDetail(teksten.t(e.sleutel()));
        if (!e.ontbreekt().isEmpty()) {
            p.setProperty("ontbreekt", e.ontbreekt().stream().map(teksten::t).toList());
        }
        return antwoord(p);
    }

    @ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class, MissingRequestHeaderException.class })
    ResponseEntity<ProblemDetail> onleesbaar(Exception e, HttpServletRequest request) {
        Fouten fouten = e instanceof HttpMessageNotReadableException h ? JsonInvoer.fouten(h) : null;
        if (fouten != null) {
            return ongeldig(new OngeldigeInvoerException(fouten), request);
        }
        return antwoord(probleem(HttpStatus.BAD_REQUEST, "onleesbaar", request));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return antwoord(probleem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "mediatype", request));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methode(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return antwoord(probleem(HttpStatus.METHOD_NOT_ALLOWED, "methode", request));
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<ProblemDetail> geenToegang(Exception e, HttpServletRequest request) {
        return antwoord(probleem(HttpStatus.FORBIDDEN, "geen-toegang", request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> onverwacht(Exception e, HttpServletRequest request) {
        String kenmerk = Long.toString(System.nanoTime(), 36);
        LOG.error("event=onverwachte-fout kenmerk={} pad={}", kenmerk, request.getRequestURI(), e);
        ProblemDetail p = probleem(HttpStatus.INTERNAL_SERVER_ERROR, "onverwacht", request);
        p.setDetail(teksten.t("probleem.onverwacht.detail", kenmerk));
        return antwoord(p);
    }

    /** Builds a problem with the Dutch title and detail of {@code probleem.<soort>.*}. */
    public ProblemDetail probleem(HttpStatus status, String soort, HttpServletRequest request) {
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setType(URI.create("https://samenspel.nl/problemen/" + soort));
        p.setTitle(teksten.t("probleem." + soort + ".titel"));
        p.setDetail(teksten.t("probleem." + soort + ".detail"));
        p.setInstance(URI.create(request.getRequestURI()));
        return p;
    }

    static ResponseEntity<ProblemDetail> antwoord(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus())
                .header(HttpHeaders.CONTENT_TYPE, PROBLEM_JSON.toString())
                .body(p);
    }
}
