package nl.samenspel.stappen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link StappenFeiten} in six queries per batch. */
@Component
class JdbcStappenFeiten implements StappenFeiten {

    /** Keeps IN lists well below every database's parameter limit. */
    static final int BATCH = 1000;

    private final JdbcClient jdbc;

    JdbcStappenFeiten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final class Bouw {
        final long id;
        final List<SpanningStand> spanningen = new ArrayList<>();
        boolean vormOntgrendeld;

        @Nullable
        LocalDate vormOntgrendeldOp;

        final List<UitstelStand> uitstel = new ArrayList<>();
        final Map<Stap, Set<String>> besproken = new EnumMap<>(Stap.class);
        final Map<Stap, Set<String>> verouderd = new EnumMap<>(Stap.class);

        Bouw(long id) {
            this.id = id;
        }
    }

    @Override
    public List<Stand> lees(Collection<Long> alle) {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(alle));
        Map<Long, Bouw> bouw = new LinkedHashMap<>();
        ids.forEach(id -> bouw.put(id, new Bouw(id)));
        for (int i = 0; i < ids.size(); i += BATCH) {
            leesBatch(ids.subList(i, Math.min(ids.size(), i + BATCH)), bouw);
        }
        return bouw.values().stream()
                .map(b -> new Stand(
                        b.id,
                        b.spanningen,
                        b.vormOntgrendeld,
                        b.uitstel,
                        b.besproken,
                        b.vormOntgrendeldOp,
                        b.verouderd))
                .toList();
    }

    private void leesBatch(List<Long> ids, Map<Long, Bouw> bouw) {
        Map<Long, Set<String>> spanningPartijen = new HashMap<>();
        jdbc.sql("""
                SELECT sp.spanning_id, sp.gemeente_code FROM spanning_partij sp JOIN spanning s ON s.id = sp.spanning_id
                WHERE s.samenwerking_id IN (:ids)""").param("ids", ids).query((RowCallbackHandler) rs -> spanningPartijen
                .computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                .add(rs.getString(2)));
        jdbc.sql("""
                SELECT samenwerking_id, id, soort, status,
                  CASE WHEN backoffice_frontoffice IS NULL OR LENGTH(TRIM(backoffice_frontoffice)) = 0 THEN 0 ELSE 1 END AS bf,
                  CASE WHEN hantering IS NULL OR LENGTH(TRIM(hantering)) = 0 THEN 0 ELSE 1 END AS ha
                FROM spanning WHERE samenwerking_id IN (:ids) ORDER BY samenwerking_id, id""").param("ids", ids).query((RowCallbackHandler) rs -> Objects.requireNonNull(bouw.get(rs.getLong(1)))
                .spanningen
                .add(new SpanningStand(
                        rs.getLong(2),
                        SpanningSoort.valueOf(rs.getString(3)),
                        SpanningStatus.valueOf(rs.getString(4)),
                        rs.getInt(5) == 1,
                        spanningPartijen.getOrDefault(rs.getLong(2), Set.of()),
                        rs.getInt(6) == 1)));
        jdbc.sql("SELECT samenwerking_id, datum FROM vorm_ontgrendeling WHERE samenwerking_id IN (:ids)")
                .param("ids", ids)
                .query((RowCallbackHandler) rs -> {
                    Bouw b = Objects.requireNonNull(bouw.get(rs.getLong(1)));
                    b.vormOntgrendeld = true;
                    b.vormOntgrendeldOp = rs.getObject(2, LocalDate.class);
                });
        jdbc.sql("SELECT samenwerking_id, onderwerp, soort, datum FROM besluit_uitstel WHERE samenwerking_id IN (:ids) "
                        + "ORDER BY samenwerking_id, datum, id")
                .param("ids", ids)
                .query((RowCallbackHandler) rs -> Objects.requireNonNull(bouw.get(rs.getLong(1)))
                        .uitstel
                        .add(new UitstelStand(rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class))));
        // A mark or decision given before the step's content last changed is outdated (verouderd).
        jdbc.sql("""
                SELECT b.samenwerking_id, b.stap, b.gemeente_code,
                  CASE WHEN b.revisie < COALESCE(r.revisie, 0) THEN 1 ELSE 0 END AS oud
                FROM stap_besproken b
                LEFT JOIN stappen_revisie r ON r.samenwerking_id = b.samenwerking_id AND r.stap = b.stap
                WHERE b.samenwerking_id IN (:ids)""").param("ids", ids).query((RowCallbackHandler) rs -> {
            Bouw b = Objects.requireNonNull(bouw.get(rs.getLong(1)));
            (rs.getInt(4) == 1 ? b.verouderd : b.besproken)
                    .computeIfAbsent(Stap.valueOf(rs.getString(2)), k -> new HashSet<>())
                    .add(rs.getString(3));
        });
        // Only the latest decision per step and municipality counts: newest date first, then newest record.
        Set<String> gezien = new HashSet<>();
        jdbc.sql("""
                SELECT v.samenwerking_id, v.stap, v.gemeente_code,
                  CASE WHEN v.revisie < COALESCE(r.revisie, 0) THEN 1 ELSE 0 END AS oud
                FROM stappen_vaststelling v
                LEFT JOIN stappen_revisie r ON r.samenwerking_id = v.samenwerking_id AND r.stap = v.stap
                WHERE v.samenwerking_id IN (:ids) ORDER BY v.datum DESC, v.id DESC""").param("ids", ids).query((RowCallbackHandler) rs -> {
            if (gezien.add(rs.getLong(1) + ":" + rs.getString(2) + ":" + rs.getString(3)) && rs.getInt(4) == 1) {
                Objects.requireNonNull(bouw.get(rs.getLong(1)))
                        .verouderd
                        .computeIfAbsent(Stap.valueOf(rs.getString(2)), k -> new HashSet<>())
                        .add(rs.getString(3));
            }
        });
    }
}
