package nl.samenspel.kalender;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
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

/** SQL on the kalender module's own tables. */
@Repository
class KalenderRepository {

    private static final String JAAR_KOLOMMEN = """
            samenwerking_id, jaar, kaders_gepland, kaders_gedaan, voorlopig_gepland, voorlopig_gedaan,
            ontwerp_gepland, ontwerp_gedaan, begroting_gepland, begroting_gedaan, begroting_gs_gepland,
            begroting_gs_gedaan, jaarrekening_gepland, jaarrekening_gedaan, jaarrekening_gs_gepland,
            jaarrekening_gs_gedaan, versie""";

    private static final String ZIENSWIJZE_KOLOMMEN = """
            id, samenwerking_id, jaar, wijziging, gemeente_code, ingediend_op, inhoud, antwoord, beantwoord_op,
            vastgelegd_door, versie""";

    private final JdbcClient jdbc;

    KalenderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- years ----

    /** Every planned year of these samenwerkingen with its budget changes, oldest first; two queries. */
    List<Jaarplan> jaren(Collection<Long> samenwerkingIds) {
        if (samenwerkingIds.isEmpty()) {
            return List.of();
        }
        Map<String, List<Wijziging>> wijzigingen = new HashMap<>();
        jdbc.sql("""
                        SELECT samenwerking_id, jaar, nummer, omschrijving, raden_gepland, raden_gedaan,
                            besluit_gepland, besluit_gedaan
                        FROM kalender_wijziging WHERE samenwerking_id IN (:ids)
                        ORDER BY samenwerking_id, jaar, nummer""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> {
                    wijzigingen
                            .computeIfAbsent(
                                    rs.getLong("samenwerking_id") + "/" + rs.getInt("jaar"), k -> new ArrayList<>())
                            .add(new Wijziging(
                                    rs.getInt("nummer"),
                                    rs.getString("omschrijving"),
                                    datum(rs, "raden"),
                                    datum(rs, "besluit")));
                    return 0;
                })
                .list();
        return jdbc.sql("SELECT " + JAAR_KOLOMMEN
                        + " FROM kalender_jaar WHERE samenwerking_id IN (:ids) ORDER BY samenwerking_id, jaar")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> jaar(rs, wijzigingen))
                .list();
    }

    Optional<Jaarplan> jaar(long samenwerkingId, int jaar) {
        return jaren(List.of(samenwerkingId)).stream()
                .filter(j -> j.jaar() == jaar)
                .findFirst();
    }

    /** Writes the year as given if its version is still {@code versie} (0: not yet stored); false otherwise. */
    boolean bewaar(Jaarplan j, long versie) {
        int rijen;
        if (versie == 0) {
            boolean bestaat = jdbc.sql("SELECT COUNT(*) FROM kalender_jaar WHERE samenwerking_id = :sw AND jaar = :j")
                            .param("sw", j.samenwerkingId())
                            .param("j", j.jaar())
                            .query(Integer.class)
                            .single()
                    > 0;
            if (bestaat) {
                return false;
            }
            rijen = params(jdbc.sql("INSERT INTO kalender_jaar (" + JAAR_KOLOMMEN + """
                            ) VALUES (:sw, :j, :kg, :kd, :vg, :vd, :og, :od, :bg, :bd, :bgg, :bgd, :jg, :jd, :jgg,
                                :jgd, 1)"""), j)
                    .update();
        } else {
            rijen = params(jdbc.sql("""
                                    UPDATE kalender_jaar SET kaders_gepland = :kg, kaders_gedaan = :kd,
                                        voorlopig_gepland = :vg, voorlopig_gedaan = :vd, ontwerp_gepland = :og,
                                        ontwerp_gedaan = :od, begroting_gepland = :bg, begroting_gedaan = :bd,
                                        begroting_gs_gepland = :bgg, begroting_gs_gedaan = :bgd,
                                        jaarrekening_gepland = :jg, jaarrekening_gedaan = :jd,
                                        jaarrekening_gs_gepland = :jgg, jaarrekening_gs_gedaan = :jgd,
                                        versie = versie + 1
                                    WHERE samenwerking_id = :sw AND jaar = :j AND versie = :versie"""), j).param("versie", versie).update();
        }
        if (rijen != 1) {
            return false;
        }
        jdbc.sql("DELETE FROM kalender_wijziging WHERE samenwerking_id = :sw AND jaar = :j")
                .param("sw", j.samenwerkingId())
                .param("j", j.jaar())
                .update();
        for (Wijziging w : j.wijzigingen()) {
            jdbc.sql("""
                            INSERT INTO kalender_wijziging (samenwerking_id, jaar, nummer, omschrijving, raden_gepland,
                                raden_gedaan, besluit_gepland, besluit_gedaan)
                            VALUES (:sw, :j, :nr, :oms, :rg, :rd, :bg, :bd)""")
                    .param("sw", j.samenwerkingId())
                    .param("j", j.jaar())
                    .param("nr", w.nummer())
                    .param("oms", w.omschrijving())
                    .param("rg", sql(w.naarRaden().gepland()))
                    .param("rd", sql(w.naarRaden().gedaan()))
                    .param("bg", sql(w.besluit().gepland()))
                    .param("bd", sql(w.besluit().gedaan()))
                    .update();
        }
        return true;
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec s, Jaarplan j) {
        return s.param("sw", j.samenwerkingId())
                .param("j", j.jaar())
                .param("kg", sql(j.kaders().gepland()))
                .param("kd", sql(j.kaders().gedaan()))
                .param("vg", sql(j.voorlopigeJaarrekening().gepland()))
                .param("vd", sql(j.voorlopigeJaarrekening().gedaan()))
                .param("og", sql(j.ontwerpbegroting().gepland()))
                .param("od", sql(j.ontwerpbegroting().gedaan()))
                .param("bg", sql(j.begroting().gepland()))
                .param("bd", sql(j.begroting().gedaan()))
                .param("bgg", sql(j.begrotingNaarGs().gepland()))
                .param("bgd", sql(j.begrotingNaarGs().gedaan()))
                .param("jg", sql(j.jaarrekening().gepland()))
                .param("jd", sql(j.jaarrekening().gedaan()))
                .param("jgg", sql(j.jaarrekeningNaarGs().gepland()))
                .param("jgd", sql(j.jaarrekeningNaarGs().gedaan()));
    }

    // ---- zienswijzen ----

    /** The zienswijzen of these samenwerkingen, by samenwerking, year, change and day; one query. */
    List<Raadszienswijze> zienswijzen(Collection<Long> samenwerkingIds) {
        if (samenwerkingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + ZIENSWIJZE_KOLOMMEN + """
                         FROM kalender_zienswijze WHERE samenwerking_id IN (:ids)
                        ORDER BY samenwerking_id, jaar, wijziging, ingediend_op, id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> zienswijze(rs))
                .list();
    }

    Optional<Raadszienswijze> zienswijze(long samenwerkingId, long id) {
        return jdbc.sql("SELECT " + ZIENSWIJZE_KOLOMMEN
                        + " FROM kalender_zienswijze WHERE samenwerking_id = :sw AND id = :id")
                .param("sw", samenwerkingId)
                .param("id", id)
                .query((rs, i) -> zienswijze(rs))
                .optional();
    }

    long maakZienswijze(
            long samenwerkingId,
            int jaar,
            @Nullable Integer wijziging,
            String gemeente,
            LocalDate ingediendOp,
            String inhoud,
            String door) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO kalender_zienswijze (samenwerking_id, jaar, wijziging, gemeente_code, ingediend_op,
                            inhoud, vastgelegd_door, versie)
                        VALUES (:sw, :j, :w, :g, :op, :inhoud, :door, 1)""")
                .param("sw", samenwerkingId)
                .param("j", jaar)
                .param("w", wijziging)
                .param("g", gemeente)
                .param("op", Date.valueOf(ingediendOp))
                .param("inhoud", inhoud)
                .param("door", door)
                .update(sleutel, "id");
        Number id = sleutel.getKey();
        if (id == null) {
            throw new IllegalStateException("no generated id");
        }
        return id.longValue();
    }

    boolean beantwoord(long samenwerkingId, long id, long versie, String antwoord, LocalDate op) {
        return jdbc.sql("""
                                UPDATE kalender_zienswijze SET antwoord = :antwoord, beantwoord_op = :op,
                                    versie = versie + 1
                                WHERE samenwerking_id = :sw AND id = :id AND versie = :versie""")
                        .param("antwoord", antwoord)
                        .param("op", Date.valueOf(op))
                        .param("sw", samenwerkingId)
                        .param("id", id)
                        .param("versie", versie)
                        .update()
                == 1;
    }

    void verwijderAlles(long samenwerkingId) {
        for (String tabel : List.of("kalender_zienswijze", "kalender_wijziging", "kalender_jaar")) {
            jdbc.sql("DELETE FROM " + tabel + " WHERE samenwerking_id = :sw")
                    .param("sw", samenwerkingId)
                    .update();
        }
    }

    // ---- mapping ----

    private static Jaarplan jaar(ResultSet rs, Map<String, List<Wijziging>> wijzigingen) throws SQLException {
        long sw = rs.getLong("samenwerking_id");
        int jaar = rs.getInt("jaar");
        return new Jaarplan(
                sw,
                jaar,
                datum(rs, "kaders"),
                datum(rs, "voorlopig"),
                datum(rs, "ontwerp"),
                datum(rs, "begroting"),
                datum(rs, "begroting_gs"),
                datum(rs, "jaarrekening"),
                datum(rs, "jaarrekening_gs"),
                wijzigingen.getOrDefault(sw + "/" + jaar, List.of()),
                rs.getLong("versie"));
    }

    private static Raadszienswijze zienswijze(ResultSet rs) throws SQLException {
        int wijziging = rs.getInt("wijziging");
        Integer w = rs.wasNull() ? null : wijziging;
        return new Raadszienswijze(
                rs.getLong("id"),
                rs.getLong("samenwerking_id"),
                rs.getInt("jaar"),
                w,
                rs.getString("gemeente_code"),
                java.util.Objects.requireNonNull(dag(rs, "ingediend_op")),
                rs.getString("inhoud"),
                rs.getString("antwoord"),
                dag(rs, "beantwoord_op"),
                rs.getString("vastgelegd_door"),
                rs.getLong("versie"));
    }

    private static Datum datum(ResultSet rs, String prefix) throws SQLException {
        return new Datum(dag(rs, prefix + "_gepland"), dag(rs, prefix + "_gedaan"));
    }

    private static @Nullable LocalDate dag(ResultSet rs, String kolom) throws SQLException {
        Date d = rs.getDate(kolom);
        return d == null ? null : d.toLocalDate();
    }

    private static @Nullable Date sql(@Nullable LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
