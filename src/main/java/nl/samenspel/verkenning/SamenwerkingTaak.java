package nl.samenspel.verkenning;

import org.jspecify.annotations.Nullable;

/**
 * A task of a samenwerking as stored (the analysis engine only needs {@link Taak}: id and name).
 *
 * @param taakveld the Iv3 taakveld, null when none was chosen
 * @param toegevoegdDoorGemeente the municipality whose civil servant or alderman added it; null when the regisseur
 *        did (or it predates this field). Decides who may change it, see {@link VerkenningRechten}.
 */
public record SamenwerkingTaak(
        long id,
        long samenwerkingId,
        String naam,
        @Nullable String omschrijving,
        @Nullable Taakveld taakveld,
        @Nullable String toegevoegdDoorGemeente,
        long versie) {

    Taak alsTaak() {
        return new Taak(id, naam);
    }
}
