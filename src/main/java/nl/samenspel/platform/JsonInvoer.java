package nl.samenspel.platform;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Strict reading of every JSON request body, once for all modules, so that what is stored is exactly what was sent:
 * <ul>
 * <li>every string, also inside {@code Map<String, Object>} bodies, is checked with {@link Tekens};</li>
 * <li>a field declared as text only accepts a JSON string (a password sent as a number is refused, not
 * converted), and no other scalar is coerced either;</li>
 * <li>a property that occurs twice in one object is refused instead of the last one silently winning;</li>
 * <li>a number with a fraction or exponent is kept exactly as a {@link BigDecimal}, and refused when it lies
 * outside what a double can hold ({@code 1e-400}, {@code 1e400}) rather than becoming 0 or infinity;</li>
 * <li>anything after the JSON value is refused.</li>
 * </ul>
 * The errors become a 400 problem with {@code invalidParams} naming the field, see {@link #fouten}.
 */
@Configuration(proxyBeanMethods = false)
public class JsonInvoer {

    @Bean
    JsonMapperBuilderCustomizer strengeJsonInvoer() {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .addModule(module());
    }

    static SimpleModule module() {
        return new SimpleModule("samenspel-strenge-invoer")
                .addDeserializer(String.class, new StrengeTekst())
                .addDeserializer(Object.class, new StrengeWaarde());
    }

    /** A value was refused while reading; {@code veld} is the path in the notation of {@code invalidParams}. */
    static final class OngeldigeWaarde extends DatabindException {

        private final String veld;
        private final String sleutel;
        private final transient List<Object> argumenten;

        OngeldigeWaarde(JsonParser p, String sleutel, Object... argumenten) {
            super(p, "Ongeldige waarde in " + veld(p) + ": " + sleutel);
            this.veld = veld(p);
            this.sleutel = sleutel;
            this.argumenten = List.of(argumenten);
        }
    }

    /**
     * The input errors behind an unreadable body, naming the field where it can be known; null when the body is
     * simply not JSON (then the general "unreadable" problem applies).
     */
    public static @Nullable Fouten fouten(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OngeldigeWaarde o) {
                return new Fouten().voeg(o.veld, o.sleutel, o.argumenten.toArray());
            }
            if (t instanceof StreamReadException s
                    && s.getOriginalMessage() != null
                    && s.getOriginalMessage().startsWith("Duplicate Object property")) {
                String naam = s.getOriginalMessage().replaceFirst("^Duplicate Object property \"(.*)\".*$", "$1");
                String veld = s.processor() != null ? pad(s.processor().streamReadContext()) : naam;
                return new Fouten().voeg(veld.isEmpty() ? naam : veld, "fout.json.dubbel", naam);
            }
            if (t instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
                return new Fouten().voeg(pad(m.getPath()), soortSleutel(m.getTargetType()));
            }
        }
        return null;
    }

    /** The message for a value of the wrong JSON kind names the kind that was expected, where that is clear. */
    static String soortSleutel(Class<?> verwacht) {
        if (verwacht == null) {
            return "fout.json.soort";
        }
        if (verwacht == Boolean.class || verwacht == boolean.class) {
            return "fout.json.geen-waarheid";
        }
        if (Number.class.isAssignableFrom(verwacht) || (verwacht.isPrimitive() && verwacht != char.class)) {
            return "fout.json.geen-getal";
        }
        if (java.util.Collection.class.isAssignableFrom(verwacht) || verwacht.isArray()) {
            return "fout.json.geen-lijst";
        }
        if (verwacht.isRecord()
                && java.util.Arrays.stream(verwacht.getDeclaredMethods())
                        .noneMatch(m -> m.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonCreator.class))) {
            // A record that may also be written as a single value (a code) is not simply "an object".
            return "fout.json.geen-object";
        }
        return "fout.json.soort";
    }

    /** The field the parser stands on; at the start of an object or array that is the field holding it. */
    static String veld(JsonParser p) {
        TokenStreamContext context = p.streamReadContext();
        if (p.currentToken() != null && p.currentToken().isStructStart() && context != null) {
            context = context.getParent();
        }
        return pad(context);
    }

    static String pad(TokenStreamContext context) {
        List<TokenStreamContext> keten = new ArrayList<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            keten.add(0, c);
        }
        StringBuilder pad = new StringBuilder();
        for (TokenStreamContext c : keten) {
            if (c.inArray()) {
                pad.append('[').append(Math.max(0, c.getCurrentIndex())).append(']');
            } else if (c.currentName() != null) {
                pad.append(pad.isEmpty() ? "" : ".").append(c.currentName());
            }
        }
        return pad.toString();
    }

    private static String pad(List<JacksonException.Reference> referenties) {
        StringBuilder pad = new StringBuilder();
        for (JacksonException.Reference r : referenties) {
            if (r.getPropertyName() != null) {
                pad.append(pad.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                pad.append('[').append(r.getIndex()).append(']');
            }
        }
        return pad.toString();
    }

    static String tekst(JsonParser p) {
        String s = p.getString();
        Tekens.eersteOngeldige(s).ifPresent(o -> {
            throw new OngeldigeWaarde(p, "fout.teken", o.code(), o.positie());
        });
        return s;
    }

    /** Text fields: a JSON string only, checked for refused characters. */
    static final class StrengeTekst extends StdDeserializer<String> {

        StrengeTekst() {
            super(String.class);
        }

        @Override
        public @Nullable String deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                return tekst(p);
            }
            if (p.hasToken(JsonToken.VALUE_NULL)) {
                return null;
            }
            throw new OngeldigeWaarde(p, "fout.json.geen-tekst");
        }
    }

    /** Untyped values ({@code Map<String, Object>} bodies): the same checks, at any depth. */
    static final class StrengeWaarde extends StdDeserializer<Object> {

        StrengeWaarde() {
            super(Object.class);
        }

        @Override
        public @Nullable Object deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken token = p.currentToken();
            if (token == null) {
                return null;
            }
            return switch (token) {
                case START_OBJECT, PROPERTY_NAME -> object(p, ctxt);
                case START_ARRAY -> lijst(p, ctxt);
                case VALUE_STRING -> tekst(p);
                case VALUE_NUMBER_INT -> p.getNumberValue();
                case VALUE_NUMBER_FLOAT -> decimaal(p);
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NULL -> null;
                default -> throw new OngeldigeWaarde(p, "fout.json.soort");
            };
        }

        @Override
        public @Nullable Object getNullValue(DeserializationContext ctxt) {
            return null;
        }

        private Map<String, Object> object(JsonParser p, DeserializationContext ctxt) {
            Map<String, Object> uit = new LinkedHashMap<>();
            String naam = p.hasToken(JsonToken.PROPERTY_NAME) ? p.currentName() : p.nextName();
            while (naam != null) {
                Tekens.eersteOngeldige(naam).ifPresent(o -> {
                    throw new OngeldigeWaarde(p, "fout.teken", o.code(), o.positie());
                });
                p.nextToken();
                uit.put(naam, deserialize(p, ctxt));
                naam = p.nextName();
            }
            return uit;
        }

        private List<Object> lijst(JsonParser p, DeserializationContext ctxt) {
            List<Object> uit = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                uit.add(deserialize(p, ctxt));
            }
            return uit;
        }

        private static BigDecimal decimaal(JsonParser p) {
            BigDecimal getal = p.getDecimalValue();
            double benaderd = getal.doubleValue();
            if (getal.signum() != 0 && (benaderd == 0.0 || Double.isInfinite(benaderd))) {
                throw new OngeldigeWaarde(p, "fout.json.getal-bereik");
            }
            return getal;
        }
    }
}
