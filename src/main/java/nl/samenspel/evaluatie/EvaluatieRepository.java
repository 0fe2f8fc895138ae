package nl.samenspel.evaluatie;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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

/** SQL on the evaluation module's own tables. Every read for a list of samenwerkingen is one query per table. */
@Repository
class EvaluatieRepository {

    private final JdbcClient jdbc;

    EvaluatieRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- evaluations and actions ----

    /** The evaluations with their actions of each of these samenwerkingen, by id (absent: none); two queries. */
    Map<Long, List<Evaluatie>> evaluaties(Collection<Long> samenwerkingIds) {
        Map<Long, List<Evaluatie>> uit = new LinkedHashMap<>();
        if (samenwerkingIds.isEmpty()) {
            return uit;
        }
        Map<Long, List<Actie>> acties = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT id, evaluatie_id, omschrijving, eigenaar, deadline, afgerond, versie
                        FROM evaluatie_actie WHERE samenwerking_id IN (:ids) ORDER BY deadline, id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> new Actie(
                        rs.getLong("id"),
                        rs.getLong("evaluatie_id"),
                        rs.getString("omschrijving"),
                        rs.getString("eigenaar"),
                        dag(rs, "deadline"),
                        magLeeg(rs, "afgerond"),
                        rs.getLong("versie")))
                .list()
                .forEach(a -> acties.computeIfAbsent(a.evaluatieId(), k -> new ArrayList<>())
                        .add(a));
        jdbc.sql("""
                        SELECT id, samenwerking_id, gepland, reikwijdte, evaluator, bevindingen, uitgevoerd, versie
                        FROM evaluatie_evaluatie WHERE samenwerking_id IN (:ids) ORDER BY gepland, id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> {
                    long id = rs.getLong("id");
                    return new Evaluatie(
                            id,
                            rs.getLong("samenwerking_id"),
                            dag(rs, "gepland"),
                            rs.getString("reikwijdte"),
                            rs.getString("evaluator"),
                            rs.getString("bevindingen"),
                            magLeeg(rs, "uitgevoerd"),
                            rs.getLong("versie"),
                            acties.getOrDefault(id, List.of()));
                })
                .list()
                .forEach(e -> uit.computeIfAbsent(e.samenwerkingId(), k -> new ArrayList<>())
                        .add(e));
        return uit;
    }

    List<Evaluatie> evaluaties(long samenwerkingId) {
        return evaluaties(List.of(samenwerkingId)).getOrDefault(samenwerkingId, List.of());
    }

    Optional<Evaluatie> evaluatie(long samenwerkingId, long evaluatieId) {
        return evaluaties(samenwerkingId).stream()
                .filter(e -> e.id() == evaluatieId)
                .findFirst();
    }

    long maakEvaluatie(long samenwerkingId, EvaluatieService.GecontroleerdeEvaluatie e) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO evaluatie_evaluatie (samenwerking_id, gepland, reikwijdte, evaluator, bevindingen,
                            uitgevoerd, versie)
                        VALUES (:sw, :gepland, :reikwijdte, :evaluator, :bevindingen, :uitgevoerd, 1)""")
                .param("sw", samenwerkingId)
                .param("gepland", e.gepland())
                .param("reikwijdte", e.reikwijdte())
                .param("evaluator", e.evaluator())
                .param("bevindingen", e.bevindingen())
                .param("uitgevoerd", e.uitgevoerd())
                .update(sleutel, "id");
        return id(sleutel);
    }

    boolean wijzigEvaluatie(long evaluatieId, long versie, EvaluatieService.GecontroleerdeEvaluatie e) {
        return jdbc.sql("""
                                UPDATE evaluatie_evaluatie SET gepland = :gepland, reikwijdte = :reikwijdte,
                                    evaluator = :evaluator, bevindingen = :bevindingen, uitgevoerd = :uitgevoerd,
                                    versie = versie + 1
                                WHERE id = :id AND versie = :versie""")
                        .param("id", evaluatieId)
                        .param("versie", versie)
                        .param("gepland", e.gepland())
                        .param("reikwijdte", e.reikwijdte())
                        .param("evaluator", e.evaluator())
                        .param("bevindingen", e.bevindingen())
                        .param("uitgevoerd", e.uitgevoerd())
                        .update()
                == 1;
    }

    boolean verwijderEvaluatie(long evaluatieId, long versie) {
        jdbc.sql("DELETE FROM evaluatie_actie WHERE evaluatie_id = :id AND EXISTS"
                        + " (SELECT 1 FROM evaluatie_evaluatie WHERE id = :id AND versie = :versie)")
                .param("id", evaluatieId)
                .param("versie", versie)
                .update();
        return jdbc.sql("DELETE FROM evaluatie_evaluatie WHERE id = :id AND versie = :versie")
                        .param("id", evaluatieId)
                        .param("versie", versie)
                        .update()
                == 1;
    }

    long maakActie(long evaluatieId, long samenwerkingId, EvaluatieService.GecontroleerdeActie a) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO evaluatie_actie (evaluatie_id, samenwerking_id, omschrijving, eigenaar, deadline,
                            afgerond, versie)
                        VALUES (:ev, :sw, :omschrijving, :eigenaar, :deadline, :afgerond, 1)""")
                .param("ev", evaluatieId)
                .param("sw", samenwerkingId)
                .param("omschrijving", a.omschrijving())
                .param("eigenaar", a.eigenaar())
                .param("deadline", a.deadline())
                .param("afgerond", a.afgerond())
                .update(sleutel, "id");
        return id(sleutel);
    }

    boolean wijzigActie(long actieId, long versie, EvaluatieService.GecontroleerdeActie a) {
        return jdbc.sql("""
                                UPDATE evaluatie_actie SET omschrijving = :omschrijving, eigenaar = :eigenaar,
                                    deadline = :deadline, afgerond = :afgerond, versie = versie + 1
                                WHERE id = :id AND versie = :versie""")
                        .param("id", actieId)
                        .param("versie", versie)
                        .param("omschrijving", a.omschrijving())
                        .param("eigenaar", a.eigenaar())
                        .param("deadline", a.deadline())
                        .param("afgerond", a.afgerond())
                        .update()
                == 1;
    }

    boolean verwijderActie(long actieId, long versie) {
        return jdbc.sql("DELETE FROM evaluatie_actie WHERE id = :id AND versie = :versie")
                        .param("id", actieId)
                        .param("versie", versie)
                        .update()
                == 1;
    }

    // ---- uittredingen ----

    Map<Long, List<Uittreding>> uittredingen(Collection<Long> samenwerkingIds) {
        Map<Long, List<Uittreding>> uit = new LinkedHashMap<>();
        if (samenwerkingIds.isEmpty()) {
            return uit;
        }
        jdbc.sql("""
                        SELECT id, samenwerking_id, gemeente_code, aangekondigd_op, datum, reden, voorwaarden,
                               afrekening_bedrag, afrekening_richting, personeel, vermogen, contracten, status, versie
                        FROM evaluatie_uittreding WHERE samenwerking_id IN (:ids) ORDER BY datum, id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> {
                    String richting = rs.getString("afrekening_richting");
                    return new Uittreding(
                            rs.getLong("id"),
                            rs.getLong("samenwerking_id"),
                            rs.getString("gemeente_code"),
                            dag(rs, "aangekondigd_op"),
                            dag(rs, "datum"),
                            rs.getString("reden"),
                            rs.getString("voorwaarden"),
                            rs.getBigDecimal("afrekening_bedrag"),
                            richting == null ? null : AfrekeningRichting.valueOf(richting),
                            rs.getString("personeel"),
                            rs.getString("vermogen"),
                            rs.getString("contracten"),
                            UittredingStatus.valueOf(rs.getString("status")),
                            rs.getLong("versie"));
                })
                .list()
                .forEach(u -> uit.computeIfAbsent(u.samenwerkingId(), k -> new ArrayList<>())
                        .add(u));
        return uit;
    }

    List<Uittreding> uittredingen(long samenwerkingId) {
        return uittredingen(List.of(samenwerkingId)).getOrDefault(samenwerkingId, List.of());
    }

    Optional<Uittreding> uittreding(long samenwerkingId, long uittredingId) {
        return uittredingen(samenwerkingId).stream()
                .filter(u -> u.id() == uittredingId)
                .findFirst();
    }

    long maakUittreding(long samenwerkingId, Uittreding u) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO evaluatie_uittreding (samenwerking_id, gemeente_code, aangekondigd_op, datum, reden,
                            voorwaarden, afrekening_bedrag, afrekening_richting, personeel, vermogen, contracten,
                            status, versie)
                        VALUES (:sw, :gemeente, :aangekondigd, :datum, :reden, :voorwaarden, :bedrag, :richting,
                            :personeel, :vermogen, :contracten, :status, 1)""")
                .param("sw", samenwerkingId)
                .param("gemeente", u.gemeenteCode())
                .param("aangekondigd", u.aangekondigdOp())
                .param("datum", u.datum())
                .param("reden", u.reden())
                .param("voorwaarden", u.voorwaarden())
                .param("bedrag", u.afrekening())
                .param("richting", u.richting() == null ? null : u.richting().name())
                .param("personeel", u.personeel())
                .param("vermogen", u.vermogen())
                .param("contracten", u.contracten())
                .param("status", u.status().name())
                .update(sleutel, "id");
        return id(sleutel);
    }

    boolean wijzigUittreding(long uittredingId, long versie, Uittreding u) {
        return jdbc.sql("""
                                UPDATE evaluatie_uittreding SET aangekondigd_op = :aangekondigd, datum = :datum,
                                    reden = :reden, voorwaarden = :voorwaarden, afrekening_bedrag = :bedrag,
                                    afrekening_richting = :richting, personeel = :personeel, vermogen = :vermogen,
                                    contracten = :contracten, status = :status, versie = versie + 1
                                WHERE id = :id AND versie = :versie""")
                        .param("id", uittredingId)
                        .param("versie", versie)
                        .param("aangekondigd", u.aangekondigdOp())
                        .param("datum", u.datum())
                        .param("reden", u.reden())
                        .param("voorwaarden", u.voorwaarden())
                        .param("bedrag", u.afrekening())
                        .param(
                                "richting",
                                u.richting() == null ? null : u.richting().name())
                        .param("personeel", u.personeel())
                        .param("vermogen", u.vermogen())
                        .param("contracten", u.contracten())
                        .param("status", u.status().name())
                        .update()
                == 1;
    }

    // ---- opheffing ----

    Map<Long, Opheffing> opheffingen(Collection<Long> samenwerkingIds) {
        Map<Long, Opheffing> uit = new LinkedHashMap<>();
        if (samenwerkingIds.isEmpty()) {
            return uit;
        }
        jdbc.sql("""
                        SELECT samenwerking_id, besluitdatum, ingangsdatum, vereffening, vereffenaar, status, versie
                        FROM evaluatie_opheffing WHERE samenwerking_id IN (:ids)""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> new Opheffing(
                        rs.getLong("samenwerking_id"),
                        dag(rs, "besluitdatum"),
                        dag(rs, "ingangsdatum"),
                        rs.getString("vereffening"),
                        rs.getString("vereffenaar"),
                        OpheffingStatus.valueOf(rs.getString("status")),
                        rs.getLong("versie")))
                .list()
                .forEach(o -> uit.put(o.samenwerkingId(), o));
        return uit;
    }

    Optional<Opheffing> opheffing(long samenwerkingId) {
        return Optional.ofNullable(opheffingen(List.of(samenwerkingId)).get(samenwerkingId));
    }

    void maakOpheffing(Opheffing o) {
        jdbc.sql("""
                        INSERT INTO evaluatie_opheffing (samenwerking_id, besluitdatum, ingangsdatum, vereffening,
                            vereffenaar, status, versie)
                        VALUES (:sw, :besluit, :ingang, :vereffening, :vereffenaar, :status, 1)""")
                .param("sw", o.samenwerkingId())
                .param("besluit", o.besluitdatum())
                .param("ingang", o.ingangsdatum())
                .param("vereffening", o.vereffening())
                .param("vereffenaar", o.vereffenaar())
                .param("status", o.status().name())
                .update();
    }

    boolean wijzigOpheffing(long versie, Opheffing o) {
        return jdbc.sql("""
                                UPDATE evaluatie_opheffing SET besluitdatum = :besluit, ingangsdatum = :ingang,
                                    vereffening = :vereffening, vereffenaar = :vereffenaar, status = :status,
                                    versie = versie + 1
                                WHERE samenwerking_id = :sw AND versie = :versie""")
                        .param("sw", o.samenwerkingId())
                        .param("versie", versie)
                        .param("besluit", o.besluitdatum())
                        .param("ingang", o.ingangsdatum())
                        .param("vereffening", o.vereffening())
                        .param("vereffenaar", o.vereffenaar())
                        .param("status", o.status().name())
                        .update()
                == 1;
    }

    boolean verwijderOpheffing(long samenwerkingId, long versie) {
        return jdbc.sql("DELETE FROM evaluatie_opheffing WHERE samenwerking_id = :sw AND versie = :versie")
                        .param("sw", samenwerkingId)
                        .param("versie", versie)
                        .update()
                == 1;
    }

    void verwijderAlles(long samenwerkingId) {
        for (String tabel :
                List.of("evaluatie_actie", "evaluatie_evaluatie", "evaluatie_uittreding", "evaluatie_opheffing")) {
            jdbc.sql("DELETE FROM " + tabel + " WHERE samenwerking_id = :sw")
                    .param("sw", samenwerkingId)
                    .update();
        }
    }

    private static LocalDate dag(ResultSet rs, String kolom) throws SQLException {
        LocalDate d = magLeeg(rs, kolom);
        if (d == null) {
            throw new IllegalStateException(kolom + " is null");
        }
        return d;
    }

    private static @Nullable LocalDate magLeeg(ResultSet rs, String kolom) throws SQLException {
        return rs.getObject(kolom, LocalDate.class);
    }

    private static long id(KeyHolder sleutel) {
        Number n = sleutel.getKey();
        if (n == null) {
            throw new IllegalStateException("no generated key");
        }
        return n.longValue();
    }
}
