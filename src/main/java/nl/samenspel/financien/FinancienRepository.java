package nl.samenspel.financien;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL on the financien module's own tables. */
@Repository
class FinancienRepository {

    private final JdbcClient jdbc;

    FinancienRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- key ----

    Verdeelsleutel sleutel(long samenwerkingId) {
        Optional<Verdeelsleutel> kop = jdbc.sql(
                        "SELECT soort, versie FROM financien_sleutel WHERE samenwerking_id = :sw")
                .param("sw", samenwerkingId)
                .query((rs, i) -> new Verdeelsleutel(
                        samenwerkingId, SleutelSoort.valueOf(rs.getString("soort")), Map.of(), rs.getLong("versie")))
                .optional();
        if (kop.isEmpty()) {
            return Verdeelsleutel.geen(samenwerkingId);
        }
        Map<String, BigDecimal> waarden = new LinkedHashMap<>();
        jdbc.sql("SELECT gemeente_code, waarde FROM financien_sleutel_deel WHERE samenwerking_id = :sw")
                .param("sw", samenwerkingId)
                .query((rs, i) -> Map.entry(rs.getString("gemeente_code"), rs.getBigDecimal("waarde")))
                .list()
                .forEach(e -> waarden.put(e.getKey(), e.getValue().stripTrailingZeros()));
        Verdeelsleutel k = kop.get();
        return new Verdeelsleutel(samenwerkingId, k.soort(), waarden, k.versie());
    }

    /** Writes the key if its version is still {@code versie} (0: none yet); false otherwise. */
    boolean bewaar(long samenwerkingId, SleutelSoort soort, Map<String, BigDecimal> waarden, long versie) {
        if (versie == 0) {
            if (telt("SELECT COUNT(*) FROM financien_sleutel WHERE samenwerking_id = :sw", samenwerkingId)) {
                return false;
            }
            jdbc.sql("INSERT INTO financien_sleutel (samenwerking_id, soort, versie) VALUES (:sw, :soort, 1)")
                    .param("sw", samenwerkingId)
                    .param("soort", soort.name())
                    .update();
        } else if (jdbc.sql("""
                                UPDATE financien_sleutel SET soort = :soort, versie = versie + 1
                                WHERE samenwerking_id = :sw AND versie = :versie""")
                        .param("soort", soort.name())
                        .param("sw", samenwerkingId)
                        .param("versie", versie)
                        .update()
                != 1) {
            return false;
        }
        jdbc.sql("DELETE FROM financien_sleutel_deel WHERE samenwerking_id = :sw")
                .param("sw", samenwerkingId)
                .update();
        for (Map.Entry<String, BigDecimal> e : waarden.entrySet()) {
            jdbc.sql("""
                            INSERT INTO financien_sleutel_deel (samenwerking_id, gemeente_code, waarde)
                            VALUES (:sw, :code, :waarde)""")
                    .param("sw", samenwerkingId)
                    .param("code", e.getKey())
                    .param("waarde", e.getValue())
                    .update();
        }
        return true;
    }

    // ---- budgets ----

    List<Begroting> begrotingen(long samenwerkingId) {
        return jdbc.sql(
                        "SELECT jaar, totaal, versie FROM financien_begroting WHERE samenwerking_id = :sw ORDER BY jaar")
                .param("sw", samenwerkingId)
                .query((rs, i) -> new Begroting(
                        samenwerkingId, rs.getInt("jaar"), rs.getBigDecimal("totaal"), rs.getLong("versie")))
                .list();
    }

    Optional<Begroting> begroting(long samenwerkingId, int jaar) {
        return begrotingen(samenwerkingId).stream()
                .filter(b -> b.jaar() == jaar)
                .findFirst();
    }

    boolean bewaar(long samenwerkingId, int jaar, BigDecimal totaal, long versie) {
        if (versie == 0) {
            if (begroting(samenwerkingId, jaar).isPresent()) {
                return false;
            }
            jdbc.sql("""
                            INSERT INTO financien_begroting (samenwerking_id, jaar, totaal, versie)
                            VALUES (:sw, :jaar, :totaal, 1)""")
                    .param("sw", samenwerkingId)
                    .param("jaar", jaar)
                    .param("totaal", totaal)
                    .update();
            return true;
        }
        return jdbc.sql("""
                                UPDATE financien_begroting SET totaal = :totaal, versie = versie + 1
                                WHERE samenwerking_id = :sw AND jaar = :jaar AND versie = :versie""")
                        .param("totaal", totaal)
                        .param("sw", samenwerkingId)
                        .param("jaar", jaar)
                        .param("versie", versie)
                        .update()
                == 1;
    }

    // ---- events ----

    /** The events of these samenwerkingen with their raadsinformatie, oldest first; two queries. */
    List<FinancieleGebeurtenis> gebeurtenissen(Collection<Long> samenwerkingIds) {
        if (samenwerkingIds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Raadsinformatie>> raden = new HashMap<>();
        jdbc.sql("""
                        SELECT r.gebeurtenis_id, r.gemeente_code, r.geinformeerd_op, r.wijze, r.toelichting,
                            r.vastgelegd_door
                        FROM financien_raadsinformatie r JOIN financien_gebeurtenis g ON g.id = r.gebeurtenis_id
                        WHERE g.samenwerking_id IN (:ids) ORDER BY r.gebeurtenis_id, r.gemeente_code""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> Map.entry(
                        rs.getLong("gebeurtenis_id"),
                        new Raadsinformatie(
                                rs.getString("gemeente_code"),
                                rs.getDate("geinformeerd_op").toLocalDate(),
                                Informatiewijze.valueOf(rs.getString("wijze")),
                                rs.getString("toelichting"),
                                rs.getString("vastgelegd_door"))))
                .list()
                .forEach(e -> raden.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return jdbc.sql("""
                        SELECT id, samenwerking_id, soort, jaar, bedrag, bekend_op, omschrijving, versie
                        FROM financien_gebeurtenis WHERE samenwerking_id IN (:ids)
                        ORDER BY samenwerking_id, bekend_op, id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> new FinancieleGebeurtenis(
                        rs.getLong("id"),
                        rs.getLong("samenwerking_id"),
                        FinancieleSoort.valueOf(rs.getString("soort")),
                        rs.getInt("jaar"),
                        rs.getBigDecimal("bedrag"),
                        rs.getDate("bekend_op").toLocalDate(),
                        rs.getString("omschrijving"),
                        raden.getOrDefault(rs.getLong("id"), List.of()),
                        rs.getLong("versie")))
                .list();
    }

    List<FinancieleGebeurtenis> gebeurtenissen(long samenwerkingId) {
        return gebeurtenissen(List.of(samenwerkingId));
    }

    Optional<FinancieleGebeurtenis> gebeurtenis(long samenwerkingId, long id) {
        return gebeurtenissen(samenwerkingId).stream().filter(g -> g.id() == id).findFirst();
    }

    long maak(
            long samenwerkingId, FinancieleSoort soort, int jaar, BigDecimal bedrag, LocalDate bekendOp, String tekst) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO financien_gebeurtenis (samenwerking_id, soort, jaar, bedrag, bekend_op,
                            omschrijving, versie)
                        VALUES (:sw, :soort, :jaar, :bedrag, :bekend, :tekst, 1)""")
                .param("sw", samenwerkingId)
                .param("soort", soort.name())
                .param("jaar", jaar)
                .param("bedrag", bedrag)
                .param("bekend", Date.valueOf(bekendOp))
                .param("tekst", tekst)
                .update(sleutel, "id");
        Number n = sleutel.getKey();
        if (n == null) {
            throw new IllegalStateException("no generated key");
        }
        return n.longValue();
    }

    boolean wijzig(
            long id,
            FinancieleSoort soort,
            int jaar,
            BigDecimal bedrag,
            LocalDate bekendOp,
            String tekst,
            long versie) {
        return jdbc.sql("""
                                UPDATE financien_gebeurtenis SET soort = :soort, jaar = :jaar, bedrag = :bedrag,
                                    bekend_op = :bekend, omschrijving = :tekst, versie = versie + 1
                                WHERE id = :id AND versie = :versie""")
                        .param("soort", soort.name())
                        .param("jaar", jaar)
                        .param("bedrag", bedrag)
                        .param("bekend", Date.valueOf(bekendOp))
                        .param("tekst", tekst)
                        .param("id", id)
                        .param("versie", versie)
                        .update()
                == 1;
    }

    /** Records (or corrects) that a raad was informed and raises the event's version; false when it changed. */
    boolean informeer(long gebeurtenisId, long versie, Raadsinformatie r) {
        if (jdbc.sql("UPDATE financien_gebeurtenis SET versie = versie + 1 WHERE id = :id AND versie = :versie")
                        .param("id", gebeurtenisId)
                        .param("versie", versie)
                        .update()
                != 1) {
            return false;
        }
        jdbc.sql("DELETE FROM financien_raadsinformatie WHERE gebeurtenis_id = :id AND gemeente_code = :code")
                .param("id", gebeurtenisId)
                .param("code", r.gemeenteCode())
                .update();
        jdbc.sql("""
                        INSERT INTO financien_raadsinformatie (gebeurtenis_id, gemeente_code, geinformeerd_op, wijze,
                            toelichting, vastgelegd_door)
                        VALUES (:id, :code, :op, :wijze, :toelichting, :door)""")
                .param("id", gebeurtenisId)
                .param("code", r.gemeenteCode())
                .param("op", Date.valueOf(r.geinformeerdOp()))
                .param("wijze", r.wijze().name())
                .param("toelichting", r.toelichting())
                .param("door", r.vastgelegdDoor())
                .update();
        return true;
    }

    // ---- settings ----

    /** The settings of these samenwerkingen that have any, by id; one query. */
    Map<Long, FinancienInstellingen> instellingen(Collection<Long> samenwerkingIds) {
        Map<Long, FinancienInstellingen> uit = new HashMap<>();
        if (samenwerkingIds.isEmpty()) {
            return uit;
        }
        jdbc.sql("""
                        SELECT samenwerking_id, informatietermijn_dagen, versie FROM financien_instelling
                        WHERE samenwerking_id IN (:ids)""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> new FinancienInstellingen(
                        rs.getLong("samenwerking_id"), rs.getInt("informatietermijn_dagen"), rs.getLong("versie")))
                .list()
                .forEach(i -> uit.put(i.samenwerkingId(), i));
        return uit;
    }

    FinancienInstellingen instellingen(long samenwerkingId) {
        return instellingen(List.of(samenwerkingId))
                .getOrDefault(samenwerkingId, FinancienInstellingen.standaard(samenwerkingId));
    }

    boolean bewaar(long samenwerkingId, int termijnDagen, long versie) {
        if (versie == 0) {
            if (telt("SELECT COUNT(*) FROM financien_instelling WHERE samenwerking_id = :sw", samenwerkingId)) {
                return false;
            }
            jdbc.sql("""
                            INSERT INTO financien_instelling (samenwerking_id, informatietermijn_dagen, versie)
                            VALUES (:sw, :termijn, 1)""")
                    .param("sw", samenwerkingId)
                    .param("termijn", termijnDagen)
                    .update();
            return true;
        }
        return jdbc.sql("""
                                UPDATE financien_instelling SET informatietermijn_dagen = :termijn,
                                    versie = versie + 1
                                WHERE samenwerking_id = :sw AND versie = :versie""")
                        .param("termijn", termijnDagen)
                        .param("sw", samenwerkingId)
                        .param("versie", versie)
                        .update()
                == 1;
    }

    void verwijderAlles(long samenwerkingId) {
        jdbc.sql("""
                        DELETE FROM financien_raadsinformatie WHERE gebeurtenis_id IN
                            (SELECT id FROM financien_gebeurtenis WHERE samenwerking_id = :sw)""").param("sw", samenwerkingId).update();
        for (String tabel : List.of(
                "financien_gebeurtenis",
                "financien_begroting",
                "financien_sleutel_deel",
                "financien_sleutel",
                "financien_instelling")) {
            jdbc.sql("DELETE FROM " + tabel + " WHERE samenwerking_id = :sw")
                    .param("sw", samenwerkingId)
                    .update();
        }
    }

    private boolean telt(String sql, long samenwerkingId) {
        Integer n =
                jdbc.sql(sql).param("sw", samenwerkingId).query(Integer.class).single();
        return n != null && n > 0;
    }

    static @Nullable Date datum(@Nullable LocalDate dag) {
        return dag == null ? null : Date.valueOf(dag);
    }
}
