package nl.samenspel.bestuur;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A seat as the user gave it (page or API), checked by {@link Organen}: {@code stemmen} null means one vote,
 * {@code account} null or blank means none.
 */
public record ZetelInvoer(
        @Nullable String persoon,
        @Nullable String gemeenteCode,
        @Nullable ZetelRol rol,
        @Nullable List<String> portefeuilles,
        @Nullable String functie,
        @Nullable Integer stemmen,
        @Nullable String account) {}
