package nl.samenspel.bestuur;

import org.jspecify.annotations.Nullable;

/**
 * A body as the user gave it (page or API), checked by {@link Organen}. {@code gemeenteCode}: the municipality an
 * account meeting serves, optional.
 */
public record OrgaanInvoer(
        @Nullable String naam,
        @Nullable Lijn lijn,
        @Nullable OrgaanSoort soort,
        @Nullable String gemeenteCode) {}
