package nl.samenspel.gedoe;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL on the gedoe module's own tables. */
@Repository
class GedoeRepository {

    private static final String KOLOMMEN = """
            id, samenwerking_id, volgnummer, titel, omschrijving, soort, gemeld_door, gemeld_door_naam,
            gemeld_door_gemeente, gemeld_op, forum_id, doorgeleid_op, besluit, besloten_op, les, status, dvo_id,
            dvo_versienummer, dvo_label, versie""";

    private final JdbcClient jdbc;

    GedoeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- items ----

    /** The items of these samenwerkingen, by samenwerking then number; one query. */
    List<GedoeItem> items(Collection<Long> samenwerkingIds) {
        if (samenwerkingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + KOLOMMEN
                        + " FROM gedoe_item WHERE samenwerking_id IN (:ids) ORDER BY samenwerking_id, volgnummer")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> item(rs))
                .list();
    }

    List<GedoeItem> items(long samenwerkingId) {
        return items(List.of(samenwerkingId));
    }

    Optional<GedoeItem> item(long samenwerkingId, long id) {
        return jdbc.sql("SELECT " + KOLOMMEN + " FROM gedoe_item WHERE samenwerking_id = :sw AND id = :id")
                .param("sw", samenwerkingId)
                .param("id", id)
                .query((rs, i) -> item(rs))
                .optional();
    }

    /** Per samenwerking among these, how many items still wait for routing; one query. */
    Map<Long, Integer> ongerouteerd(Collection<Long> samenwerkingIds) {
        Map<Long, Integer> uit = new HashMap<>();
        if (samenwerkingIds.isEmpty()) {
            return uit;
        }
        jdbc.sql("""
                        SELECT samenwerking_id, COUNT(*) AS aantal FROM gedoe_item
                        WHERE samenwerking_id IN (:ids) AND status = 'GEMELD' GROUP BY samenwerking_id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> Map.entry(rs.getLong("samenwerking_id"), rs.getInt("aantal")))
                .list()
                .forEach(e -> uit.put(e.getKey(), e.getValue()));
        return uit;
    }

    record NieuwItem(
            long samenwerkingId,
            String titel,
            String omschrijving,
            GedoeSoort soort,
            String gemeldDoor,
            String gemeldDoorNaam,
            @Nullable String gemeldDoorGemeente,
            LocalDate gemeldOp) {}

    /** Call with the samenwerking locked: the number is the next one. */
    long maak(NieuwItem n) {
        int volgnummer = jdbc.sql("SELECT COALESCE(MAX(volgnummer), 0) + 1 FROM gedoe_item WHERE samenwerking_id = :sw")
                .param("sw", n.samenwerkingId())
                .query(Integer.class)
                .single();
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO gedoe_item (samenwerking_id, volgnummer, titel, omschrijving, soort, gemeld_door,
                            gemeld_door_naam, gemeld_door_gemeente, gemeld_op, status, versie)
                        VALUES (:sw, :nr, :titel, :omschrijving, :soort, :door, :naam, :gemeente, :op, 'GEMELD', 1)""")
                .param("sw", n.samenwerkingId())
                .param("nr", volgnummer)
                .param("titel", n.titel())
                .param("omschrijving", n.omschrijving())
                .param("soort", n.soort().name())
                .param("door", n.gemeldDoor())
                .param("naam", n.gemeldDoorNaam())
                .param("gemeente", n.gemeldDoorGemeente())
                .param("op", Date.valueOf(n.gemeldOp()))
                .update(sleutel, "id");
        return id(sleutel);
    }

    /** Writes the item as given if its version is still {@code versie}; false when it changed meanwhile. */
    boolean wijzig(GedoeItem na, long versie) {
        return jdbc.sql("""
                                UPDATE gedoe_item SET titel = :titel, omschrijving = :omschrijving, soort = :soort,
                                    forum_id = :forum, doorgeleid_op = :doorgeleid, besluit = :besluit,
                                    besloten_op = :besloten, les = :les, status = :status, dvo_id = :dvo,
                                    dvo_versienummer = :dvoVersie, dvo_label = :dvoLabel, versie = versie + 1
                                WHERE id = :id AND versie = :versie""")
                        .param("titel", na.titel())
                        .param("omschrijving", na.omschrijving())
                        .param("soort", na.soort().name())
                        .param("forum", na.forum())
                        .param("doorgeleid", datum(na.doorgeleidOp()))
                        .param("besluit", na.besluit())
                        .param("besloten", datum(na.beslotenOp()))
                        .param("les", na.les())
                        .param("status", na.status().name())
                        .param("dvo", na.dvoId())
                        .param("dvoVersie", na.dvoVersienummer())
                        .param("dvoLabel", na.dvoLabel())
                        .param("id", na.id())
                        .param("versie", versie)
                        .update()
                == 1;
    }

    // ---- settings ----

    /** The settings of these samenwerkingen that have any, by id; one query. */
    Map<Long, GedoeInstellingen> instellingen(Collection<Long> samenwerkingIds) {
        Map<Long, GedoeInstellingen> uit = new HashMap<>();
        if (samenwerkingIds.isEmpty()) {
            return uit;
        }
        jdbc.sql("""
                        SELECT samenwerking_id, forum_id, termijn_dagen, vangnet_budget, versie
                        FROM gedoe_instelling WHERE samenwerking_id IN (:ids)""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> new GedoeInstellingen(
                        rs.getLong("samenwerking_id"),
                        lang(rs, "forum_id"),
                        rs.getInt("termijn_dagen"),
                        rs.getBigDecimal("vangnet_budget"),
                        rs.getLong("versie")))
                .list()
                .forEach(i -> uit.put(i.samenwerkingId(), i));
        return uit;
    }

    GedoeInstellingen instellingen(long samenwerkingId) {
        return instellingen(List.of(samenwerkingId))
                .getOrDefault(samenwerkingId, GedoeInstellingen.standaard(samenwerkingId));
    }

    /** Writes the settings if their version is still {@code versie} (0: none yet); false otherwise. */
    boolean bewaar(GedoeInstellingen na, long versie) {
        if (versie == 0) {
            Integer bestaat = jdbc.sql("SELECT COUNT(*) FROM gedoe_instelling WHERE samenwerking_id = :sw")
                    .param("sw", na.samenwerkingId())
                    .query(Integer.class)
                    .single();
            if (bestaat > 0) {
                return false;
            }
            jdbc.sql("""
                            INSERT INTO gedoe_instelling (samenwerking_id, forum_id, termijn_dagen, vangnet_budget, versie)
                            VALUES (:sw, :forum, :termijn, :budget, 1)""")
                    .param("sw", na.samenwerkingId())
                    .param("forum", na.forum())
                    .param("termijn", na.termijnDagen())
                    .param("budget", na.budget())
                    .update();
            return true;
        }
        return jdbc.sql("""
                                UPDATE gedoe_instelling SET forum_id = :forum, termijn_dagen = :termijn,
                                    vangnet_budget = :budget, versie = versie + 1
                                WHERE samenwerking_id = :sw AND versie = :versie""")
                        .param("forum", na.forum())
                        .param("termijn", na.termijnDagen())
                        .param("budget", na.budget())
                        .param("sw", na.samenwerkingId())
                        .param("versie", versie)
                        .update()
                == 1;
    }

    // ---- safety net ----

    List<VangnetGebruik> gebruik(long samenwerkingId) {
        return jdbc.sql("""
                        SELECT id, datum, bedrag, waarvoor, gedoe_id, gemeld_door FROM gedoe_vangnet_gebruik
                        WHERE samenwerking_id = :sw ORDER BY datum, id""")
                .param("sw", samenwerkingId)
                .query((rs, i) -> new VangnetGebruik(
                        rs.getLong("id"),
                        rs.getDate("datum").toLocalDate(),
                        rs.getBigDecimal("bedrag"),
                        rs.getString("waarvoor"),
                        lang(rs, "gedoe_id"),
                        rs.getString("gemeld_door")))
                .list();
    }

    /** What was drawn from the safety net of each of these samenwerkingen (absent: nothing); one query. */
    Map<Long, BigDecimal> gebruikt(Collection<Long> samenwerkingIds) {
        Map<Long, BigDecimal> uit = new HashMap<>();
        if (samenwerkingIds.isEmpty()) {
            return uit;
        }
        jdbc.sql("""
                        SELECT samenwerking_id, SUM(bedrag) AS som FROM gedoe_vangnet_gebruik
                        WHERE samenwerking_id IN (:ids) GROUP BY samenwerking_id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> Map.entry(rs.getLong("samenwerking_id"), rs.getBigDecimal("som")))
                .list()
                .forEach(e -> uit.put(e.getKey(), e.getValue().setScale(2)));
        return uit;
    }

    long gebruik(
            long samenwerkingId,
            LocalDate datum,
            BigDecimal bedrag,
            String waarvoor,
            @Nullable Long gedoe,
            String door) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO gedoe_vangnet_gebruik (samenwerking_id, datum, bedrag, waarvoor, gedoe_id, gemeld_door)
                        VALUES (:sw, :datum, :bedrag, :waarvoor, :gedoe, :door)""")
                .param("sw", samenwerkingId)
                .param("datum", Date.valueOf(datum))
                .param("bedrag", bedrag)
                .param("waarvoor", waarvoor)
                .param("gedoe", gedoe)
                .param("door", door)
                .update(sleutel, "id");
        return id(sleutel);
    }

    void verwijderAlles(long samenwerkingId) {
        for (String tabel : List.of("gedoe_vangnet_gebruik", "gedoe_item", "gedoe_instelling")) {
            jdbc.sql("DELETE FROM " + tabel + " WHERE samenwerking_id = :sw")
                    .param("sw", samenwerkingId)
                    .update();
        }
    }

    // ---- helpers ----

    private static GedoeItem item(ResultSet rs) throws SQLException {
        int dvoVersie = rs.getInt("dvo_versienummer");
        Integer dvoVersienummer = rs.wasNull() ? null : dvoVersie;
        return new GedoeItem(
                rs.getLong("id"),
                rs.getLong("samenwerking_id"),
                rs.getInt("volgnummer"),
                rs.getString("titel"),
                rs.getString("omschrijving"),
                GedoeSoort.valueOf(rs.getString("soort")),
                rs.getString("gemeld_door"),
                rs.getString("gemeld_door_naam"),
                rs.getString("gemeld_door_gemeente"),
                rs.getDate("gemeld_op").toLocalDate(),
                lang(rs, "forum_id"),
                dag(rs, "doorgeleid_op"),
                rs.getString("besluit"),
                dag(rs, "besloten_op"),
                rs.getString("les"),
                GedoeStatus.valueOf(rs.getString("status")),
                lang(rs, "dvo_id"),
                dvoVersienummer,
                rs.getString("dvo_label"),
                rs.getLong("versie"));
    }

    private static @Nullable Long lang(ResultSet rs, String kolom) throws SQLException {
        long waarde = rs.getLong(kolom);
        return rs.wasNull() ? null : waarde;
    }

    private static @Nullable LocalDate dag(ResultSet rs, String kolom) throws SQLException {
        Date d = rs.getDate(kolom);
        return d == null ? null : d.toLocalDate();
    }

    private static @Nullable Date datum(@Nullable LocalDate dag) {
        return dag == null ? null : Date.valueOf(dag);
    }

    private static long id(KeyHolder sleutel) {
        Number n = sleutel.getKey();
        if (n == null) {
            throw new IllegalStateException("no generated key");
        }
        return n.longValue();
    }
}
