package nl.samenspel.platform;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** All user-facing text comes from the message bundles under {@code messages/}; the interface is Dutch. */
@Component
public class Teksten {

    public static final Locale NL = Locale.forLanguageTag("nl-NL");

    private final MessageSource messages;

    public Teksten(MessageSource messages) {
        this.messages = messages;
    }

    public String t(String sleutel, Object... argumenten) {
        try {
            return messages.getMessage(sleutel, argumenten, NL);
        } catch (NoSuchMessageException e) {
            // A missing key is a bug, but the page must still render; the key itself is visible and greppable.
            return sleutel;
        }
    }

    public String fout(Fouten.Fout fout) {
        return t(fout.sleutel(), fout.argumenten().toArray());
    }
}
