package nl.samenspel.scan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL on the scan module's own tables. A read for a list of samenwerkingen is one query per table. */
@Repository
class ScanRepository {

    private final JdbcClient jdbc;

    ScanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Sleutel(long scanId, String partij) {}

    private record PartijRij(
            long scanId, String partij, @Nullable LocalDate ingediendOp, long versie) {}

    /** The scans (oldest first) with all answers and actions of each of these samenwerkingen; five queries. */
    Map<Long, List<Scan>> scans(Collection<Long> samenwerkingIds) {
        Map<Long, List<Scan>> uit = new LinkedHashMap<>();
        if (samenwerkingIds.isEmpty()) {
            return uit;
        }
        Map<Sleutel, Map<Stelling, Integer>> scores = new LinkedHashMap<>();
        jdbc.sql("SELECT scan_id, partij, stelling, score FROM scan_score WHERE samenwerking_id IN (:ids)")
                .param("ids", samenwerkingIds)
                .query(rs -> {
                    Optional<Stelling> st = Stelling.lees(rs.getString("stelling"));
                    if (st.isPresent()) {
                        Sleutel k = new Sleutel(rs.getLong("scan_id"), rs.getString("partij"));
                        scores.computeIfAbsent(k, x -> new EnumMap<>(Stelling.class))
                                .put(st.get(), rs.getInt("score"));
                    }
                });
        Map<Sleutel, Map<ScanThema, String>> open = new LinkedHashMap<>();
        jdbc.sql("SELECT scan_id, partij, thema, tekst FROM scan_open_antwoord WHERE samenwerking_id IN (:ids)")
                .param("ids", samenwerkingIds)
                .query(rs -> {
                    open.computeIfAbsent(
                                    new Sleutel(rs.getLong("scan_id"), rs.getString("partij")),
                                    k -> new EnumMap<>(ScanThema.class))
                            .put(ScanThema.valueOf(rs.getString("thema")), rs.getString("tekst"));
                });
        Map<Long, List<Antwoorden>> antwoorden = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT scan_id, partij, ingediend_op, versie FROM scan_partij
                        WHERE samenwerking_id IN (:ids) ORDER BY scan_id, partij""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> new PartijRij(
                        rs.getLong("scan_id"),
                        rs.getString("partij"),
                        magLeeg(rs, "ingediend_op"),
                        rs.getLong("versie")))
                .list()
                .forEach(p -> {
                    Sleutel k = new Sleutel(p.scanId(), p.partij());
                    antwoorden
                            .computeIfAbsent(p.scanId(), x -> new ArrayList<>())
                            .add(new Antwoorden(
                                    p.partij(),
                                    p.ingediendOp(),
                                    scores.getOrDefault(k, Map.of()),
                                    open.getOrDefault(k, Map.of()),
                                    p.versie()));
                });
        Map<Long, List<ScanActie>> acties = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT id, scan_id, omschrijving, eigenaar, deadline, afgerond, versie
                        FROM scan_actie WHERE samenwerking_id IN (:ids) ORDER BY deadline, id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> new ScanActie(
                        rs.getLong("id"),
                        rs.getLong("scan_id"),
                        rs.getString("omschrijving"),
                        rs.getString("eigenaar"),
                        dag(rs, "deadline"),
                        magLeeg(rs, "afgerond"),
                        rs.getLong("versie")))
                .list()
                .forEach(a -> acties.computeIfAbsent(a.scanId(), k -> new ArrayList<>())
                        .add(a));
        jdbc.sql("""
                        SELECT id, samenwerking_id, gestart_op, afgerond_op, afsluitreden, versie
                        FROM scan_scan WHERE samenwerking_id IN (:ids) ORDER BY gestart_op, id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> {
                    long id = rs.getLong("id");
                    return new Scan(
                            id,
                            rs.getLong("samenwerking_id"),
                            dag(rs, "gestart_op"),
                            magLeeg(rs, "afgerond_op"),
                            rs.getString("afsluitreden"),
                            rs.getLong("versie"),
                            antwoorden.getOrDefault(id, List.of()),
                            acties.getOrDefault(id, List.of()));
                })
                .list()
                .forEach(s -> uit.computeIfAbsent(s.samenwerkingId(), k -> new ArrayList<>())
                        .add(s));
        return uit;
    }

    List<Scan> scans(long samenwerkingId) {
        return scans(List.of(samenwerkingId)).getOrDefault(samenwerkingId, List.of());
    }

    Optional<Scan> scan(long samenwerkingId, long scanId) {
        return scans(samenwerkingId).stream().filter(s -> s.id() == scanId).findFirst();
    }

    long maakScan(long samenwerkingId, LocalDate gestartOp) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO scan_scan (samenwerking_id, gestart_op, versie) VALUES (:sw, :gestart, 1)")
                .param("sw", samenwerkingId)
                .param("gestart", gestartOp)
                .update(sleutel, "id");
        return id(sleutel);
    }

    boolean rondAf(long scanId, long versie, LocalDate op, @Nullable String reden) {
        return jdbc.sql("""
                                UPDATE scan_scan SET afgerond_op = :op, afsluitreden = :reden, versie = versie + 1
                                WHERE id = :id AND versie = :versie AND afgerond_op IS NULL""")
                        .param("id", scanId)
                        .param("versie", versie)
                        .param("op", op)
                        .param("reden", reden)
                        .update()
                == 1;
    }

    boolean verwijderScan(long scanId, long versie) {
        return jdbc.sql("DELETE FROM scan_scan WHERE id = :id AND versie = :versie")
                        .param("id", scanId)
                        .param("versie", versie)
                        .update()
                == 1;
    }

    /**
     * Replaces a party's answers. {@code versie} 0: the party has saved nothing yet (a row is made); otherwise the
     * row must still have that version. False when someone else saved in between.
     */
    boolean bewaarAntwoorden(
            long samenwerkingId,
            long scanId,
            String partij,
            long versie,
            Map<Stelling, Integer> scores,
            Map<ScanThema, String> open,
            @Nullable LocalDate ingediendOp) {
        if (versie == 0) {
            boolean bestaat = jdbc.sql("SELECT COUNT(*) FROM scan_partij WHERE scan_id = :scan AND partij = :partij")
                            .param("scan", scanId)
                            .param("partij", partij)
                            .query(Long.class)
                            .single()
                    > 0;
            if (bestaat) {
                return false;
            }
            jdbc.sql("""
                            INSERT INTO scan_partij (scan_id, partij, samenwerking_id, ingediend_op, versie)
                            VALUES (:scan, :partij, :sw, :ingediend, 1)""")
                    .param("scan", scanId)
                    .param("partij", partij)
                    .param("sw", samenwerkingId)
                    .param("ingediend", ingediendOp)
                    .update();
        } else if (jdbc.sql("""
                                UPDATE scan_partij SET ingediend_op = :ingediend, versie = versie + 1
                                WHERE scan_id = :scan AND partij = :partij AND versie = :versie
                                    AND ingediend_op IS NULL""")
                        .param("scan", scanId)
                        .param("partij", partij)
                        .param("versie", versie)
                        .param("ingediend", ingediendOp)
                        .update()
                != 1) {
            return false;
        }
        for (String tabel : List.of("scan_score", "scan_open_antwoord")) {
            jdbc.sql("DELETE FROM " + tabel + " WHERE scan_id = :scan AND partij = :partij")
                    .param("scan", scanId)
                    .param("partij", partij)
                    .update();
        }
        scores.forEach((st, score) -> jdbc.sql("""
                        INSERT INTO scan_score (scan_id, partij, samenwerking_id, stelling, score)
                        VALUES (:scan, :partij, :sw, :stelling, :score)""")
                .param("scan", scanId)
                .param("partij", partij)
                .param("sw", samenwerkingId)
                .param("stelling", st.name())
                .param("score", score)
                .update());
        open.forEach((thema, tekst) -> jdbc.sql("""
                        INSERT INTO scan_open_antwoord (scan_id, partij, samenwerking_id, thema, tekst)
                        VALUES (:scan, :partij, :sw, :thema, :tekst)""")
                .param("scan", scanId)
                .param("partij", partij)
                .param("sw", samenwerkingId)
                .param("thema", thema.name())
                .param("tekst", tekst)
                .update());
        return true;
    }

    long maakActie(long samenwerkingId, long scanId, ScanActie a) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO scan_actie (scan_id, samenwerking_id, omschrijving, eigenaar, deadline, afgerond,
                            versie)
                        VALUES (:scan, :sw, :omschrijving, :eigenaar, :deadline, :afgerond, 1)""")
                .param("scan", scanId)
                .param("sw", samenwerkingId)
                .param("omschrijving", a.omschrijving())
                .param("eigenaar", a.eigenaar())
                .param("deadline", a.deadline())
                .param("afgerond", a.afgerond())
                .update(sleutel, "id");
        return id(sleutel);
    }

    boolean wijzigActie(long actieId, long versie, ScanActie a) {
        return jdbc.sql("""
                                UPDATE scan_actie SET omschrijving = :omschrijving, eigenaar = :eigenaar,
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
        return jdbc.sql("DELETE FROM scan_actie WHERE id = :id AND versie = :versie")
                        .param("id", actieId)
                        .param("versie", versie)
                        .update()
                == 1;
    }

    void verwijderAlles(long samenwerkingId) {
        for (String tabel : List.of("scan_score", "scan_open_antwoord", "scan_partij", "scan_actie", "scan_scan")) {
            jdbc.sql("DELETE FROM " + tabel + " WHERE samenwerking_id = :sw")
                    .param("sw", samenwerkingId)
                    .update();
        }
    }

    private static LocalDate dag(ResultSet rs, String kolom) throws SQLException {
        return Objects.requireNonNull(magLeeg(rs, kolom), kolom);
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
