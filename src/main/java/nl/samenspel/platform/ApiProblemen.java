package nl.samenspel.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every API error as RFC 9457 problem+json with a Dutch title and detail, built by {@link Problemen}. Never a
 * stack trace: unexpected errors are logged with an id and answered with that id only. Errors that happen before
 * a controller is chosen (unknown path, trailing slash, method, media type) go through the servlet error page and
 * are answered by {@link FoutController} in the same form.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ApiProblemen {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblemen.class);
    public static final MediaType PROBLEM_JSON = Problemen.PROBLEM_JSON;

    private final Teksten teksten;
    private final Problemen problemen;

    public ApiProblemen(Teksten teksten, Problemen problemen) {
        this.teksten = teksten;
        this.problemen = problemen;
    }

    @ExceptionHandler(OngeldigeInvoerException.class)
    ResponseEntity<ProblemDetail> ongeldig(OngeldigeInvoerException e, HttpServletRequest request) {
        ProblemDetail p = probleem(HttpStatus.BAD_REQUEST, "ongeldige-invoer", request);
        return antwoord(problemen.metParameters(
                p,
                e.fouten().alle().stream()
                        .map(f -> new Problemen.OngeldigeParameter(f.veld(), teksten.fout(f)))
                        .toList()));
    }

    /**
     * Bean Validation of a request record ({@code @Valid @RequestBody}): every violation names its field path
     * ({@code behoeften[2].naar}, {@code gemeenten[0].code}) with the Dutch text of {@link BeanValidatie}.
     */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> nietGeldig(MethodArgumentNotValidException e, HttpServletRequest request) {
        return ongeldig(new OngeldigeInvoerException(BeanValidatie.fouten(e.getBindingResult())), request);
    }

    /** What a status and a kind say in full: not found (ours or Spring's), and the two version refusals. */
    @ExceptionHandler({
        NietGevondenException.class,
        NoResourceFoundException.class,
        VersieConflictException.class,
        VersieVereistException.class
    })
    ResponseEntity<ProblemDetail> zonderDetail(Exception e, HttpServletRequest request) {
        if (e instanceof VersieConflictException) {
            return antwoord(probleem(HttpStatus.PRECONDITION_FAILED, "versie-conflict", request));
        }
        if (e instanceof VersieVereistException) {
            return antwoord(probleem(HttpStatus.PRECONDITION_REQUIRED, "versie-vereist", request));
        }
        return antwoord(probleem(HttpStatus.NOT_FOUND, "niet-gevonden", request));
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

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> onleesbaar(Exception e, HttpServletRequest request) {
        Fouten fouten = e instanceof HttpMessageNotReadableException h ? JsonInvoer.fouten(h) : null;
        if (fouten != null) {
            return ongeldig(new OngeldigeInvoerException(fouten), request);
        }
        return antwoord(probleem(HttpStatus.BAD_REQUEST, "onleesbaar", request));
    }

    /** A path variable or query parameter of the wrong type: names it, like a field error. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> verkeerdType(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return parameterFout(e.getName(), "fout.ongeldig", request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> parameterOntbreekt(
            MissingServletRequestParameterException e, HttpServletRequest request) {
        return parameterFout(e.getParameterName(), "fout.parameter-ontbreekt", request);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> headerOntbreekt(MissingRequestHeaderException e, HttpServletRequest request) {
        return parameterFout(e.getHeaderName(), "fout.header-ontbreekt", request);
    }

    /** A 400 that names the one parameter or header that is wrong or missing, with the text of {@code sleutel}. */
    private ResponseEntity<ProblemDetail> parameterFout(String naam, String sleutel, HttpServletRequest request) {
        return antwoord(problemen.metParameters(
                probleem(HttpStatus.BAD_REQUEST, "parameter", request),
                List.of(new Problemen.OngeldigeParameter(naam, teksten.t(sleutel)))));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return antwoord(probleem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "mediatype", request), e.getHeaders());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methode(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        // RFC 9110: a 405 names the methods that are allowed (Allow).
        return antwoord(probleem(HttpStatus.METHOD_NOT_ALLOWED, "methode", request), e.getHeaders());
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<ProblemDetail> geenToegang(Exception e, HttpServletRequest request) {
        return antwoord(probleem(HttpStatus.FORBIDDEN, "geen-toegang", request));
    }

    /**
     * Safety net: a write that meets a unique key or another constraint (two first writes at the same moment) or
     * a lock it cannot get is refused as a conflict, never a 500. The services prevent these; this catches any left.
     */
    @ExceptionHandler({DataIntegrityViolationException.class, ConcurrencyFailureException.class})
    ResponseEntity<ProblemDetail> gelijktijdig(DataAccessException e, HttpServletRequest request) {
        LOG.warn(
                "event=gelijktijdige-wijziging pad={} fout={}",
                request.getRequestURI(),
                e.getClass().getSimpleName());
        return antwoord(probleem(HttpStatus.CONFLICT, "gelijktijdig", request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> onverwacht(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse fout && fout.getStatusCode().is4xxClientError()) {
            // Spring's own client errors (406, 413, missing path variable, ...) keep their status and headers.
            HttpStatusCode status = fout.getStatusCode();
            return antwoord(problemen.probleem(status, request), fout.getHeaders());
        }
        String kenmerk = Long.toString(System.nanoTime(), 36);
        LOG.error("event=onverwachte-fout kenmerk={} pad={}", kenmerk, request.getRequestURI(), e);
        ProblemDetail p = probleem(HttpStatus.INTERNAL_SERVER_ERROR, "onverwacht", request);
        p.setDetail(teksten.t("probleem.onverwacht.detail", kenmerk));
        return antwoord(p);
    }

    /** Builds a problem with the Dutch title and detail of {@code probleem.<soort>.*}. */
    public ProblemDetail probleem(HttpStatus status, String soort, HttpServletRequest request) {
        return problemen.probleem(status, soort, request);
    }

    static ResponseEntity<ProblemDetail> antwoord(ProblemDetail p) {
        return Problemen.antwoord(p);
    }

    static ResponseEntity<ProblemDetail> antwoord(ProblemDetail p, HttpHeaders headers) {
        return Problemen.antwoord(p, headers);
    }
}
