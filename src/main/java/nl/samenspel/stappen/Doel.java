package nl.samenspel.stappen;

import org.jspecify.annotations.Nullable;

/**
 * A goal or non-goal; {@code bronGemeente}/{@code bronNaam}: the municipality whose position it came from;
 * {@code toegevoegdDoorGemeente}: the municipality whose civil servant or alderman added it (null: the regisseur),
 * which decides who may change it (see {@link StappenRechten}).
 */
public record Doel(
        long id,
        DoelSoort soort,
        String tekst,
        @Nullable String bronGemeente,
        @Nullable String bronNaam,
        int volgorde,
        long versie,
        @Nullable String toegevoegdDoorGemeente) {

    /** Same content (what a full replacement compares to keep an unchanged goal, with its owner). */
    boolean zelfdeInhoud(DoelSoort andereSoort, String andereTekst, @Nullable String andereBron) {
        return soort == andereSoort && tekst.equals(andereTekst) && java.util.Objects.equals(bronGemeente, andereBron);
    }
}
