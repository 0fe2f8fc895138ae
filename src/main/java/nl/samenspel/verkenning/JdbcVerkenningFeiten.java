package nl.samenspel.verkenning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link VerkenningFeiten} in five queries per batch: tasks, positions (filled in or not), answers, routes, buyers. */
@Component
class JdbcVerkenningFeiten implements VerkenningFeiten {

    /** Keeps IN lists well below every database's parameter limit. */
    static final int BATCH = 1000;

    private final JdbcClient jdbc;

    JdbcVerkenningFeiten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Bouw(
            long id,
            List<Taak> taken,
            List<PositieStand> posities,
            List<Behoefte> behoeften,
            Map<Long, RouteBouw> routes) {
        Bouw(long id) {
            this(id, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new LinkedHashMap<>());
        }
    }

    private record RouteBouw(
            long taakId,
            Route route,
            List<String> kopers,
            @Nullable String leverancier) {}

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
                        b.id(),
                        b.taken(),
                        b.posities(),
                        b.behoeften(),
                        b.routes().values().stream()
                                .map(r -> new RouteStand(r.taakId(), r.route(), r.kopers(), r.leverancier()))
                                .toList()))
                .toList();
    }

    private void leesBatch(List<Long> ids, Map<Long, Bouw> bouw) {
        jdbc.sql(
                        "SELECT samenwerking_id, id, naam FROM taak WHERE samenwerking_id IN (:ids) ORDER BY samenwerking_id, volgorde, id")
                .param("ids", ids)
                .query((RowCallbackHandler) rs -> Objects.requireNonNull(bouw.get(rs.getLong(1)))
                        .taken()
                        .add(new Taak(rs.getLong(2), rs.getString(3))));
        // Only whether the fields are filled in: the text of a position never leaves the database here.
        jdbc.sql("""
                SELECT samenwerking_id, gemeente_code,
                  CASE WHEN wat_willen_wij_niet IS NULL OR LENGTH(TRIM(wat_willen_wij_niet)) = 0 THEN 0 ELSE 1 END AS niet,
                  CASE WHEN maximum_per_jaar IS NULL THEN 0 ELSE 1 END AS maximum,
                  CASE WHEN eigen_ruimte IS NULL OR LENGTH(TRIM(eigen_ruimte)) = 0 THEN 0 ELSE 1 END AS ruimte,
                  gedeeld, einddoel, uitgesloten_einddoelen, namens
                FROM positie WHERE samenwerking_id IN (:ids)""").param("ids", ids).query((RowCallbackHandler) rs -> Objects.requireNonNull(bouw.get(rs.getLong(1)))
                .posities()
                .add(new PositieStand(
                        rs.getString(2),
                        rs.getInt(3) == 1,
                        rs.getInt(4) == 1,
                        rs.getInt(5) == 1,
                        rs.getBoolean(6),
                        rs.getString(7) == null ? null : Einddoel.valueOf(rs.getString(7)),
                        VerkenningRepository.uitgesloten(rs.getString(8)),
                        rs.getBoolean(9))));
        jdbc.sql(
                        "SELECT samenwerking_id, taak_id, van_gemeente, naar_gemeente, sterkte FROM behoefte WHERE samenwerking_id IN (:ids)")
                .param("ids", ids)
                .query((RowCallbackHandler) rs -> Objects.requireNonNull(bouw.get(rs.getLong(1)))
                        .behoeften()
                        .add(new Behoefte(
                                rs.getLong(2), rs.getString(3), rs.getString(4), Sterkte.valueOf(rs.getString(5)))));
        jdbc.sql("SELECT samenwerking_id, taak_id, route, leverancier FROM verkenning_taak_route"
                        + " WHERE samenwerking_id IN (:ids) ORDER BY samenwerking_id, taak_id")
                .param("ids", ids)
                .query((RowCallbackHandler) rs -> Objects.requireNonNull(bouw.get(rs.getLong(1)))
                        .routes()
                        .put(
                                rs.getLong(2),
                                new RouteBouw(
                                        rs.getLong(2),
                                        Route.valueOf(rs.getString(3)),
                                        new ArrayList<>(),
                                        rs.getString(4))));
        jdbc.sql("SELECT samenwerking_id, taak_id, gemeente_code FROM verkenning_taak_route_koper"
                        + " WHERE samenwerking_id IN (:ids) ORDER BY samenwerking_id, taak_id, volgorde")
                .param("ids", ids)
                .query((RowCallbackHandler) rs -> {
                    RouteBouw r = Objects.requireNonNull(bouw.get(rs.getLong(1)))
                            .routes()
                            .get(rs.getLong(2));
                    if (r != null) {
                        r.kopers().add(rs.getString(3));
                    }
                });
    }
}
