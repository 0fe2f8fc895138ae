package nl.samenspel.samenwerking.web;

import java.util.List;
import nl.samenspel.platform.Fouten;
import nl.samenspel.samenwerking.Samenwerking;
import org.jspecify.annotations.Nullable;

/**
 * Everything the samenwerking form shows: the user's input as typed, the municipalities chosen so far,
 * the matches of the last search and the errors of the last save.
 */
public record FormulierWeergave(
        boolean nieuw,
        String actie,
        @Nullable String titel,
        @Nullable String omschrijving,
        @Nullable String regisseur,
        boolean metRegisseur,
        @Nullable String zoekterm,
        List<Keuze> gekozen,
        List<Keuze> gevonden,
        boolean gezocht,
        long aantalGevonden,
        @Nullable Long versie,
        @Nullable Long samenwerkingId,
        @Nullable Fouten fouten,
        @Nullable String melding,
        @Nullable Samenwerking actueel,
        @Nullable String opvolger,
        List<Keuze> opvolgers) {

    public static final int MAX_ZOEKRESULTATEN = 20;

    /** After a version conflict: the current data next to the user's input, and its version for the next save. */
    public FormulierWeergave metActueel(Samenwerking s) {
        return new FormulierWeergave(
                nieuw,
                actie,
                titel,
                omschrijving,
                regisseur,
                metRegisseur,
                zoekterm,
                gekozen,
                gevonden,
                gezocht,
                aantalGevonden,
                s.versie(),
                samenwerkingId,
                fouten,
                melding,
                s,
                opvolger,
                opvolgers);
    }

    public boolean meerGevonden() {
        return aantalGevonden > gevonden.size();
    }
}
