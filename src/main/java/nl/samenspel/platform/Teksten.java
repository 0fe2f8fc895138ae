package nl.samenspel.platform;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** All user-facing text comes from the message bundles under {@code messages/}; the interface is Dutch. */
@Component
public class Teksten {

    public static final Locale NL = Locale.forLanguageTag("nl-NL");

    /** Marks a missing key in the cache; compared by identity, so a message text can never be taken for it. */
    private static final String ONBEKEND = "\u0000onbekend";

    private final MessageSource messages;
    /** Raw patterns by key; the bundles do not change while the application runs. */
    private final Map<String, String> patronen = new ConcurrentHashMap<>();
    /**
     * MessageFormat is not thread-safe, and Spring's message source shares one instance per key behind a lock:
     * under load every page thread queued on that lock (measured with JFR, see bench/README.md). Each request
     * thread therefore keeps its own formats.
     */
    private final ThreadLocal<Map<String, MessageFormat>> formaten = ThreadLocal.withInitial(HashMap::new);

    public Teksten(MessageSource messages) {
        this.messages = messages;
    }

    /** A melding in Dutch; arguments that are meldingen themselves are rendered first. */
    public String t(Melding melding) {
        Object[] argumenten = melding.argumenten().stream()
                .map(a -> a instanceof Melding m ? t(m) : a)
                .toArray();
        return t(melding.sleutel(), argumenten);
    }

    @SuppressWarnings("ReferenceEquality") // ONBEKEND is a sentinel instance, see there
    public String t(String sleutel, Object... argumenten) {
        if (sleutel.indexOf(' ') >= 0) {
            // A ready sentence (e.g. a stored text) passes unchanged; keys never contain a space.
            return sleutel;
        }
        // get before computeIfAbsent: the latter may lock the map's bin even when the key is present.
        String patroon = patronen.get(sleutel);
        if (patroon == null) {
            patroon = patronen.computeIfAbsent(sleutel, this::patroon);
        }
        if (patroon == ONBEKEND) {
            // A missing key is a bug, but the page must still render; the key itself is visible and greppable.
            return sleutel;
        }
        if (argumenten == null || argumenten.length == 0) {
            // Same rule as Spring's message source: without arguments the text is used as written.
            return patroon;
        }
        Map<String, MessageFormat> eigen = formaten.get();
        MessageFormat formaat = eigen.get(sleutel);
        if (formaat == null) {
            formaat = new MessageFormat(patroon, NL);
            eigen.put(sleutel, formaat);
        }
        return formaat.format(argumenten);
    }

    public String fout(Fouten.Fout fout) {
        return t(fout.sleutel(), fout.argumenten().toArray());
    }

    private String patroon(String sleutel) {
        try {
            // Without arguments the message source returns the pattern itself, unformatted.
            return messages.getMessage(sleutel, null, NL);
        } catch (NoSuchMessageException e) {
            return ONBEKEND;
        }
    }
}
