package nl.samenspel.samenwerking.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One audit event as the historie page shows it: Dutch time, translated action and field names. {@code datum}: the
 * day it happened (for an event recorded afterwards earlier than {@code tijdstip}, when it was recorded).
 */
public record HistorieRegel(
        String datum,
        String tijdstip,
        String gebruiker,
        String actie,
        List<Veld> wijzigingen,
        boolean inhoudVerborgen) {

    /** The history of a predecessor this samenwerking continues (issue 13), under its own heading. */
    public record Hoofdstuk(long id, String titel, List<HistorieRegel> regels) {}

    public record Veld(
            String naam, @Nullable String voor, @Nullable String na) {}
}
