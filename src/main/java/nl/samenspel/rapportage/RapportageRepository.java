package nl.samenspel.rapportage;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL on the report module's own tables. Every read for a list of samenwerkingen is one query per table. */
@Repository
class RapportageRepository {

    private final JdbcClient jdbc;

    RapportageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A line as it is made: copied from the DVO line. */
    record NieuweLijn(long regelId, long dienstId, String dienst, String resultaat, List<String> indicatoren) {}

    /** The reports of each of these samenwerkingen, by id (absent: none), oldest period first; three queries. */
    Map<Long, List<Rapportage>> rapportages(Collection<Long> samenwerkingIds) {
        Map<Long, List<Rapportage>> uit = new LinkedHashMap<>();
        if (samenwerkingIds.isEmpty()) {
            return uit;
        }
        Map<Long, List<Rapportage.Waarde>> waarden = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT lijn_id, indicator, waarde FROM rapportage_waarde
                        WHERE samenwerking_id IN (:ids) ORDER BY lijn_id, volgorde""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> {
                    waarden.computeIfAbsent(rs.getLong("lijn_id"), k -> new ArrayList<>())
                            .add(new Rapportage.Waarde(rs.getString("indicator"), rs.getBigDecimal("waarde")));
                    return 0;
                })
                .list();
        Map<Long, List<Rapportage.Lijn>> lijnen = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT id, rapportage_id, regel_id, dienst_id, dienst, resultaat, status, verhaal
                        FROM rapportage_lijn WHERE samenwerking_id IN (:ids) ORDER BY rapportage_id, volgorde""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> {
                    long id = rs.getLong("id");
                    String status = rs.getString("status");
                    lijnen.computeIfAbsent(rs.getLong("rapportage_id"), k -> new ArrayList<>())
                            .add(new Rapportage.Lijn(
                                    id,
                                    rs.getLong("regel_id"),
                                    rs.getLong("dienst_id"),
                                    rs.getString("dienst"),
                                    rs.getString("resultaat"),
                                    status == null ? null : LijnStatus.valueOf(status),
                                    rs.getString("verhaal"),
                                    waarden.getOrDefault(id, List.of())));
                    return 0;
                })
                .list();
        jdbc.sql("""
                        SELECT id, samenwerking_id, dvo_id, gemeente_code, dvo_jaar, van, tot, gemaakt_door,
                            ingediend_op, ingediend_door, versie
                        FROM rapportage_rapportage WHERE samenwerking_id IN (:ids) ORDER BY van, tot, id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> {
                    long id = rs.getLong("id");
                    return new Rapportage(
                            id,
                            rs.getLong("samenwerking_id"),
                            rs.getLong("dvo_id"),
                            rs.getString("gemeente_code"),
                            rs.getInt("dvo_jaar"),
                            dag(rs, "van"),
                            dag(rs, "tot"),
                            rs.getString("gemaakt_door"),
                            moment(rs, "ingediend_op"),
                            rs.getString("ingediend_door"),
                            rs.getLong("versie"),
                            lijnen.getOrDefault(id, List.of()));
                })
                .list()
                .forEach(r -> uit.computeIfAbsent(r.samenwerkingId(), k -> new ArrayList<>())
                        .add(r));
        return uit;
    }

    List<Rapportage> rapportages(long samenwerkingId) {
        return rapportages(List.of(samenwerkingId)).getOrDefault(samenwerkingId, List.of());
    }

    Optional<Rapportage> rapportage(long samenwerkingId, long rapportageId) {
        return rapportages(samenwerkingId).stream()
                .filter(r -> r.id() == rapportageId)
                .findFirst();
    }

    long maak(
            long samenwerkingId,
            long dvoId,
            String gemeente,
            int jaar,
            LocalDate van,
            LocalDate tot,
            String door,
            List<NieuweLijn> regels) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO rapportage_rapportage (samenwerking_id, dvo_id, gemeente_code, dvo_jaar, van, tot,
                            gemaakt_door, versie)
                        VALUES (:sw, :dvo, :gemeente, :jaar, :van, :tot, :door, 1)""")
                .param("sw", samenwerkingId)
                .param("dvo", dvoId)
                .param("gemeente", gemeente)
                .param("jaar", jaar)
                .param("van", van)
                .param("tot", tot)
                .param("door", door)
                .update(sleutel, "id");
        long id = id(sleutel);
        int volgorde = 0;
        for (NieuweLijn l : regels) {
            KeyHolder lijnSleutel = new GeneratedKeyHolder();
            jdbc.sql("""
                            INSERT INTO rapportage_lijn (rapportage_id, samenwerking_id, volgorde, regel_id, dienst_id,
                                dienst, resultaat)
                            VALUES (:r, :sw, :volgorde, :regel, :dienstId, :dienst, :resultaat)""")
                    .param("r", id)
                    .param("sw", samenwerkingId)
                    .param("volgorde", volgorde++)
                    .param("regel", l.regelId())
                    .param("dienstId", l.dienstId())
                    .param("dienst", l.dienst())
                    .param("resultaat", l.resultaat())
                    .update(lijnSleutel, "id");
            long lijn = id(lijnSleutel);
            int i = 0;
            for (String indicator : l.indicatoren()) {
                jdbc.sql("""
                                INSERT INTO rapportage_waarde (lijn_id, samenwerking_id, volgorde, indicator)
                                VALUES (:lijn, :sw, :volgorde, :indicator)""")
                        .param("lijn", lijn)
                        .param("sw", samenwerkingId)
                        .param("volgorde", i++)
                        .param("indicator", indicator)
                        .update();
            }
        }
        return id;
    }

    /** Raises the version of a concept report; false when it is stale or submitted. */
    boolean verhoog(long rapportageId, long versie) {
        return jdbc.sql("""
                                UPDATE rapportage_rapportage SET versie = versie + 1
                                WHERE id = :id AND versie = :versie AND ingediend_op IS NULL""").param("id", rapportageId).param("versie", versie).update() == 1;
    }

    void wijzigLijn(
            long lijnId, @Nullable LijnStatus status, @Nullable String verhaal, List<@Nullable BigDecimal> waarden) {
        jdbc.sql("UPDATE rapportage_lijn SET status = :status, verhaal = :verhaal WHERE id = :id")
                .param("id", lijnId)
                .param("status", status == null ? null : status.name())
                .param("verhaal", verhaal)
                .update();
        for (int i = 0; i < waarden.size(); i++) {
            jdbc.sql("UPDATE rapportage_waarde SET waarde = :waarde WHERE lijn_id = :lijn AND volgorde = :volgorde")
                    .param("lijn", lijnId)
                    .param("volgorde", i)
                    .param("waarde", waarden.get(i))
                    .update();
        }
    }

    boolean dienIn(long rapportageId, long versie, String door) {
        return jdbc.sql("""
                                UPDATE rapportage_rapportage SET ingediend_op = :op, ingediend_door = :door,
                                    versie = versie + 1
                                WHERE id = :id AND versie = :versie AND ingediend_op IS NULL""")
                        .param("id", rapportageId)
                        .param("versie", versie)
                        .param("op", OffsetDateTime.now(ZoneOffset.UTC))
                        .param("door", door)
                        .update()
                == 1;
    }

    boolean verwijder(long rapportageId, long versie) {
        return jdbc.sql("""
                                DELETE FROM rapportage_rapportage
                                WHERE id = :id AND versie = :versie AND ingediend_op IS NULL""").param("id", rapportageId).param("versie", versie).update() == 1;
    }

    void verwijderAlles(long samenwerkingId) {
        jdbc.sql("DELETE FROM rapportage_waarde WHERE samenwerking_id = :sw")
                .param("sw", samenwerkingId)
                .update();
        jdbc.sql("DELETE FROM rapportage_lijn WHERE samenwerking_id = :sw")
                .param("sw", samenwerkingId)
                .update();
        jdbc.sql("DELETE FROM rapportage_rapportage WHERE samenwerking_id = :sw")
                .param("sw", samenwerkingId)
                .update();
    }

    private static LocalDate dag(ResultSet rs, String kolom) throws SQLException {
        return rs.getObject(kolom, LocalDate.class);
    }

    private static @Nullable Instant moment(ResultSet rs, String kolom) throws SQLException {
        Timestamp t = rs.getTimestamp(kolom);
        return t == null ? null : t.toInstant();
    }

    private static long id(KeyHolder sleutel) {
        Number n = sleutel.getKey();
        if (n == null) {
            throw new IllegalStateException("no generated key");
        }
        return n.longValue();
    }
}
