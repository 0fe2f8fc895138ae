package nl.samenspel.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client against the running test server: either an API client with HTTP Basic,
 * or a browser-like session (cookies, form login, CSRF token taken from the page).
 */
public final class Http {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final String basic;
    private static final java.util.concurrent.atomic.AtomicInteger ADRESSEN =
            new java.util.concurrent.atomic.AtomicInteger();

    private final HttpClient client;
    private String csrf;
    /**
     * The client address this test client stands for, sent as X-Forwarded-For (the server trusts it from the
     * loopback address, like from the production proxy). Each client its own, so the per-address login throttle of
     * one test never slows down another.
     */
    private String adres;

    private Http(int port, String basic) {
        this.port = port;
        this.basic = basic;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        int n = ADRESSEN.incrementAndGet();
        this.adres = "198.18." + (n >> 8 & 255) + "." + (n & 255); // benchmarking range, RFC 2544
    }

    /** Stand for another client address from now on (e.g. two attackers, or the owner elsewhere). */
    public Http vanAdres(String adres) {
        this.adres = adres;
        return this;
    }

    /** API client authenticating every request with HTTP Basic. */
    public static Http api(int port, String gebruiker, String wachtwoord) {
        String token =
                Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
        return new Http(port, "Basic " + token);
    }

    public static Http api(int port, String gebruiker) {
        return api(port, gebruiker, "samenspel");
    }

    public static Http anoniem(int port) {
        return new Http(port, null);
    }

    /** Browser-like session: logs in through the form. */
    public static Http browser(int port, String gebruiker) {
        return browser(port, gebruiker, "samenspel");
    }

    /** As {@link #browser(int, String)}, for an account with its own password. */
    public static Http browser(int port, String gebruiker, String wachtwoord) {
        Http http = new Http(port, null);
        Antwoord login = http.formulier("/inloggen", Map.of("gebruikersnaam", gebruiker, "wachtwoord", wachtwoord));
        if (login.status() != 302 || login.header("Location").contains("/inloggen")) {
            throw new IllegalStateException("inloggen mislukt voor " + gebruiker + ": " + login.status());
        }
        return http;
    }

    public record Antwoord(int status, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String naam) {
            return headers.firstValue(naam).orElse("");
        }
    }

    public Antwoord get(String pad) {
        return stuur(basis(pad).GET());
    }

    public Antwoord get(String pad, String accept) {
        return stuur(basis(pad).header("Accept", accept).GET());
    }

    public Antwoord postJson(String pad, Object body) {
        return stuur(basis(pad).header("Content-Type", "application/json").POST(body(body)));
    }

    public Antwoord postJson(String pad, Object body, String ifMatch) {
        var b = basis(pad).header("Content-Type", "application/json");
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return stuur(b.POST(body(body)));
    }

    public Antwoord putJson(String pad, Object body, String ifMatch) {
        var b = basis(pad).header("Content-Type", "application/json");
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return stuur(b.PUT(body(body)));
    }

    public Antwoord send(String methode, String pad, String contentType, String ruweBody, Map<String, String> headers) {
        var b = basis(pad);
        b.setHeader("X-Forwarded-For", headers.getOrDefault("X-Forwarded-For", adres));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach((naam, waarde) -> {
            if (!naam.equalsIgnoreCase("X-Forwarded-For")) {
                b.header(naam, waarde);
            }
        });
        return stuur(b.method(
                methode,
                ruweBody == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(ruweBody)));
    }

    /** Like every API write, a DELETE says it is JSON (docs/adr/0004-toegang.md), though it has no body. */
    public Antwoord delete(String pad, String ifMatch) {
        var b = basis(pad).header("Content-Type", "application/json");
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return stuur(b.DELETE());
    }

    /**
     * Posts a form the way a browser does. The CSRF token comes from the last HTML page fetched
     * (or from {@code pad} itself when none was fetched yet).
     */
    public Antwoord formulier(String pad, Map<String, String> velden) {
        if (csrf == null) {
            get(pad.contains("?") ? pad.substring(0, pad.indexOf('?')) : pad);
        }
        Map<String, String> alle = new LinkedHashMap<>(velden);
        if (csrf != null) {
            alle.putIfAbsent("_csrf", csrf);
        }
        return formulierZonderCsrf(pad, alle);
    }

    /** Posts exactly these fields, without adding a CSRF token (for forged-request tests). */
    public Antwoord formulierZonderCsrf(String pad, Map<String, String> velden) {
        String body = velden.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return stuur(basis(pad)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Form post with repeated fields (e.g. several municipalities), given as "name=value" pairs. */
    public Antwoord formulier(String pad, String... naamIsWaarde) {
        StringBuilder body = new StringBuilder();
        for (String paar : naamIsWaarde) {
            int is = paar.indexOf('=');
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(enc(paar.substring(0, is))).append('=').append(enc(paar.substring(is + 1)));
        }
        if (csrf != null && body.indexOf("_csrf=") < 0) {
            body.append("&_csrf=").append(enc(csrf));
        }
        return stuur(basis(pad)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private HttpRequest.Builder basis(String pad) {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad))
                .header("X-Forwarded-For", adres);
        if (basic != null) {
            b.header("Authorization", basic);
        }
        return b;
    }

    private Antwoord stuur(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return new Antwoord(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher body(Object body) {
        String tekst = body instanceof String s ? s : JSON.writeValueAsString(body);
        return HttpRequest.BodyPublishers.ofString(tekst);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
