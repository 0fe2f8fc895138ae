package nl.samenspel.samenwerking.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One audit event as the historie page shows it: Dutch time, translated action and field names. */
public record HistorieRegel(
        String tijdstip, String gebruiker, String actie, List<Veld> wijzigingen, boolean inhoudVerborgen) {

    public record Veld(
            String naam, @Nullable String voor, @Nullable String na) {}
}
