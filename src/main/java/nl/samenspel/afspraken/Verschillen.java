package nl.samenspel.afspraken;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two versions of a DVO, computed from their snapshots: lines added, lines removed, and per
 * line that stayed, which fields changed from what to what.
 *
 * @param van the older version
 * @param met the newer version
 */
public record Verschillen(
        int van, int met, List<VersieRegel> toegevoegd, List<VersieRegel> verwijderd, List<Gewijzigd> gewijzigd) {

    public Verschillen {
        toegevoegd = List.copyOf(toegevoegd);
        verwijderd = List.copyOf(verwijderd);
        gewijzigd = List.copyOf(gewijzigd);
    }

    public boolean geen() {
        return toegevoegd.isEmpty() && verwijderd.isEmpty() && gewijzigd.isEmpty();
    }

    /** A line as a version holds it; {@code regelId} follows the line from version to version. */
    public record VersieRegel(
            long regelId,
            long dienstId,
            String dienstNaam,
            @Nullable Long variantId,
            @Nullable String variantNaam,
            String resultaat,
            @Nullable String processtappen,
            List<String> indicatoren,
            @Nullable String indicatorReden,
            @Nullable BigDecimal prijs,
            @Nullable BigDecimal volume,
            @Nullable String eenheid,
            RegelStatus status) {

        public VersieRegel {
            indicatoren = List.copyOf(indicatoren);
        }

        /** The fields compared, by name, as text (empty when not filled in). */
        Map<String, String> velden() {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("dienst", dienstNaam);
            v.put("variant", tekst(variantNaam));
            v.put("resultaat", resultaat);
            v.put("processtappen", tekst(processtappen));
            v.put("indicatoren", String.join("; ", indicatoren));
            v.put("indicatorReden", tekst(indicatorReden));
            v.put("prijs", prijs == null ? "" : nl.samenspel.platform.Bedrag.formatteer(prijs));
            v.put("volume", volume == null ? "" : volume.stripTrailingZeros().toPlainString());
            v.put("eenheid", tekst(eenheid));
            v.put("status", status.name());
            return v;
        }

        private static String tekst(@Nullable String s) {
            return s == null ? "" : s;
        }
    }

    /** A line in both versions with at least one field changed. */
    public record Gewijzigd(long regelId, String dienstNaam, String resultaat, List<Veld> velden) {
        public Gewijzigd {
            velden = List.copyOf(velden);
        }
    }

    /** One changed field: its name (dienst, variant, resultaat, …) and its text before and after. */
    public record Veld(String veld, String oud, String nieuw) {}

    /** Compares two snapshots line by line (matched on the live line they came from). */
    public static Verschillen tussen(int van, List<VersieRegel> oud, int met, List<VersieRegel> nieuw) {
        Map<Long, VersieRegel> oudPerRegel = new LinkedHashMap<>();
        oud.forEach(r -> oudPerRegel.put(r.regelId(), r));
        Map<Long, VersieRegel> nieuwPerRegel = new LinkedHashMap<>();
        nieuw.forEach(r -> nieuwPerRegel.put(r.regelId(), r));
        List<VersieRegel> toegevoegd = new ArrayList<>();
        List<Gewijzigd> gewijzigd = new ArrayList<>();
        for (VersieRegel n : nieuw) {
            VersieRegel o = oudPerRegel.get(n.regelId());
            if (o == null) {
                toegevoegd.add(n);
                continue;
            }
            List<Veld> velden = new ArrayList<>();
            Map<String, String> voor = o.velden();
            n.velden().forEach((veld, na) -> {
                String was = Objects.requireNonNull(voor.get(veld));
                if (!was.equals(na)) {
                    velden.add(new Veld(veld, was, na));
                }
            });
            if (!velden.isEmpty()) {
                gewijzigd.add(new Gewijzigd(n.regelId(), n.dienstNaam(), n.resultaat(), velden));
            }
        }
        List<VersieRegel> verwijderd = oud.stream()
                .filter(o -> !nieuwPerRegel.containsKey(o.regelId()))
                .toList();
        return new Verschillen(van, met, toegevoegd, verwijderd, gewijzigd);
    }
}
