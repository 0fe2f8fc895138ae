package nl.samenspel.stappen;

import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The "hoe" step; {@code versie} 0 means nothing has been written yet. */
public record Werkwijze(
        @Nullable String wieDoetWat,
        @Nullable String afsprakenMaken,
        @Nullable String levering,
        @Nullable String sturing,
        @Nullable String bijsturing,
        long versie) {

    public static final Werkwijze LEEG = new Werkwijze(null, null, null, null, null, 0);

    public boolean gevuld() {
        return Stream.of(wieDoetWat, afsprakenMaken, levering, sturing, bijsturing)
                .anyMatch(v -> v != null && !v.isBlank());
    }
}
