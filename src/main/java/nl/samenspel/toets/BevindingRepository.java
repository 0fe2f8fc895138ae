package nl.samenspel.toets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Findings and their history. Writes of an evaluation are batched; reads are one query per table. */
@Repository
class BevindingRepository {

    /** Arguments are names and ids; a control character keeps them apart without any escaping. */
    private static final String SCHEIDING = "\u001f";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    BevindingRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    private static final String KOLOMMEN =
            "id, samenwerking_id, weergave, controle, onderwerp, regel, ernst, status, argumenten, "
                    + "sinds, erkend_door, erkend_op, erkend_reden, opgelost_op, versie";

    /** All findings of these samenwerkingen in both views, without history, grouped per samenwerking. */
    Map<Long, List<Bevinding>> vanSamenwerkingen(Collection<Long> ids) {
        Map<Long, List<Bevinding>> uit = new HashMap<>();
        List<Long> lijst = List.copyOf(ids);
        for (int i = 0; i < lijst.size(); i += ToetsLezer.BATCH) {
            jdbc.sql("SELECT " + KOLOMMEN + " FROM bevinding WHERE samenwerking_id IN (:ids)")
                    .param("ids", lijst.subList(i, Math.min(lijst.size(), i + ToetsLezer.BATCH)))
                    .query((RowCallbackHandler) rs -> {
                        Bevinding b = rij(rs);
                        uit.computeIfAbsent(b.samenwerkingId(), k -> new ArrayList<>())
                                .add(b);
                    });
        }
        return uit;
    }

    /** The findings of one samenwerking in one view with their history, by rule, check and onderwerp. */
    List<Bevinding> metHistorie(long samenwerkingId, Weergave weergave) {
        List<Bevinding> bevindingen = jdbc.sql(
                        "SELECT " + KOLOMMEN
                                + " FROM bevinding WHERE samenwerking_id = ? AND weergave = ? ORDER BY regel, controle, onderwerp")
                .params(samenwerkingId, weergave.name())
                .query((rs, n) -> rij(rs))
                .list();
        Map<Long, List<Bevinding.Gebeurtenis>> historie = new HashMap<>();
        jdbc.sql("""
                SELECT e.bevinding_id, e.soort, e.door, e.reden, e.op, e.toelichting FROM bevinding_gebeurtenis e
                JOIN bevinding b ON b.id = e.bevinding_id WHERE b.samenwerking_id = ? AND b.weergave = ?
                ORDER BY e.op, e.id""").params(samenwerkingId, weergave.name()).query((RowCallbackHandler)
                rs -> historie.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Bevinding.Gebeurtenis(
                                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(6), tijd(rs, 5))));
        return bevindingen.stream()
                .map(b -> b.metHistorie(historie.getOrDefault(b.id(), List.of())))
                .toList();
    }

    /** Cheap status for the indicator: the open findings' severities in one view only. */
    /** The findings that are not resolved (open or acknowledged), without history: enough for the indicator. */
    List<Bevinding> actueel(long samenwerkingId, Weergave weergave) {
        return jdbc.sql("SELECT " + KOLOMMEN
                        + " FROM bevinding WHERE samenwerking_id = ? AND weergave = ? AND status <> 'OPGELOST'")
                .params(samenwerkingId, weergave.name())
                .query((rs, n) -> rij(rs))
                .list();
    }

    /** Those of {@code alle} without any finding in the GEDEELD view: never evaluated since V9, or simply in order. */
    List<Long> zonderGedeeldeWeergave(List<Long> alle) {
        Set<Long> metGedeeld =
                new HashSet<>(jdbc.sql("SELECT DISTINCT samenwerking_id FROM bevinding WHERE weergave = 'GEDEELD'")
                        .query(Long.class)
                        .list());
        return alle.stream().filter(id -> !metGedeeld.contains(id)).toList();
    }

    // ---- writes of an evaluation ----

    record Nieuw(
            long samenwerkingId,
            Weergave weergave,
            String controle,
            String onderwerp,
            int regel,
            Ernst ernst,
            List<String> argumenten,
            @Nullable Instant sinds) {}

    record Terug(long id, int regel, Ernst ernst, List<String> argumenten) {}

    record Bijgewerkt(long id, int regel, Ernst ernst, List<String> argumenten) {}

    /** @param toelichting the message key of what repaired it, or null when that is unknown (its check is gone) */
    record Opgelost(long id, @Nullable String toelichting) {}

    void voegToe(List<Nieuw> nieuw, Instant nu) {
        if (nieuw.isEmpty()) {
            return;
        }
        Timestamp op = Timestamp.from(nu);
        // Ids only grow: every finding inserted below gets an id above this one.
        long vorige = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM bevinding")
                .query(Long.class)
                .single();
        template.batchUpdate(
                "INSERT INTO bevinding (samenwerking_id, weergave, controle, onderwerp, regel, ernst, status, "
                        + "argumenten, sinds) VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)",
                nieuw,
                500,
                (ps, n) -> {
                    ps.setLong(1, n.samenwerkingId());
                    ps.setString(2, n.weergave().name());
                    ps.setString(3, n.controle());
                    ps.setString(4, n.onderwerp());
                    ps.setInt(5, n.regel());
                    ps.setString(6, n.ernst().name());
                    ps.setString(7, tekst(n.argumenten()));
                    // Open since the day its cause happened (a dated event), else since this evaluation.
                    Instant sinds = n.sinds();
                    ps.setTimestamp(8, sinds == null ? op : Timestamp.from(sinds));
                });
        // One set-based statement per batch of samenwerkingen instead of a lookup per finding: the first evaluation
        // of a large installation inserts tens of thousands (bench/toets.sh). The new findings of these
        // samenwerkingen are those above the previous highest id: this evaluation holds their lock (Toetser), so
        // no other one inserts findings for them meanwhile.
        List<Long> ids = nieuw.stream().map(Nieuw::samenwerkingId).distinct().toList();
        for (int i = 0; i < ids.size(); i += ToetsLezer.BATCH) {
            jdbc.sql("""
                    INSERT INTO bevinding_gebeurtenis (bevinding_id, soort, op)
                    SELECT b.id, 'VERSCHENEN', :op FROM bevinding b
                    WHERE b.samenwerking_id IN (:ids) AND b.id > :vorige""")
                    .param("op", op)
                    .param("vorige", vorige)
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + ToetsLezer.BATCH)))
                    .update();
        }
    }

    /** A resolved finding whose condition returned is open again; an earlier acknowledgement no longer applies. */
    void heropen(List<Terug> terug, Instant nu) {
        if (terug.isEmpty()) {
            return;
        }
        Timestamp op = Timestamp.from(nu);
        template.batchUpdate(
                "UPDATE bevinding SET status = 'OPEN', sinds = ?, regel = ?, ernst = ?, argumenten = ?, "
                        + "erkend_door = NULL, erkend_op = NULL, erkend_reden = NULL, opgelost_op = NULL, versie = versie + 1 "
                        + "WHERE id = ?",
                terug,
                500,
                (ps, t) -> {
                    ps.setTimestamp(1, op);
                    ps.setInt(2, t.regel());
                    ps.setString(3, t.ernst().name());
                    ps.setString(4, tekst(t.argumenten()));
                    ps.setLong(5, t.id());
                });
        gebeurtenissen(terug.stream().map(Terug::id).toList(), "TERUG", op);
    }

    void werkBij(List<Bijgewerkt> bijgewerkt) {
        if (bijgewerkt.isEmpty()) {
            return;
        }
        template.batchUpdate(
                "UPDATE bevinding SET regel = ?, ernst = ?, argumenten = ?, versie = versie + 1 WHERE id = ?",
                bijgewerkt,
                500,
                (ps, b) -> {
                    ps.setInt(1, b.regel());
                    ps.setString(2, b.ernst().name());
                    ps.setString(3, tekst(b.argumenten()));
                    ps.setLong(4, b.id());
                });
    }

    /** Resolves these findings; the OPGELOST event records what repaired each. */
    void losOp(List<Opgelost> opgelost, Instant nu) {
        if (opgelost.isEmpty()) {
            return;
        }
        Timestamp op = Timestamp.from(nu);
        template.batchUpdate(
                "UPDATE bevinding SET status = 'OPGELOST', opgelost_op = ?, versie = versie + 1 WHERE id = ?",
                opgelost,
                500,
                (ps, o) -> {
                    ps.setTimestamp(1, op);
                    ps.setLong(2, o.id());
                });
        template.batchUpdate(
                "INSERT INTO bevinding_gebeurtenis (bevinding_id, soort, toelichting, op) VALUES (?, 'OPGELOST', ?, ?)",
                opgelost,
                500,
                (ps, o) -> {
                    ps.setLong(1, o.id());
                    ps.setString(2, o.toelichting());
                    ps.setTimestamp(3, op);
                });
    }

    private void gebeurtenissen(List<Long> ids, String soort, Timestamp op) {
        template.batchUpdate(
                "INSERT INTO bevinding_gebeurtenis (bevinding_id, soort, op) VALUES (?, ?, ?)", ids, 500, (ps, id) -> {
                    ps.setLong(1, id);
                    ps.setString(2, soort);
                    ps.setTimestamp(3, op);
                });
    }

    /** Acknowledge with a reason; false when somebody changed the finding in between. */
    boolean erken(long id, long versie, String door, String reden, Instant nu) {
        int n = jdbc.sql("UPDATE bevinding SET status = 'ERKEND', erkend_door = ?, erkend_op = ?, erkend_reden = ?, "
                        + "versie = versie + 1 WHERE id = ? AND versie = ?")
                .params(door, Timestamp.from(nu), reden, id, versie)
                .update();
        if (n == 1) {
            jdbc.sql(
                            "INSERT INTO bevinding_gebeurtenis (bevinding_id, soort, door, reden, op) VALUES (?, 'ERKEND', ?, ?, ?)")
                    .params(id, door, reden, Timestamp.from(nu))
                    .update();
        }
        return n == 1;
    }

    // ---- mapping ----

    private static Bevinding rij(ResultSet rs) throws SQLException {
        return new Bevinding(
                rs.getLong("id"),
                rs.getLong("samenwerking_id"),
                Weergave.valueOf(rs.getString("weergave")),
                rs.getString("controle"),
                rs.getString("onderwerp"),
                rs.getInt("regel"),
                Ernst.valueOf(rs.getString("ernst")),
                Status.valueOf(rs.getString("status")),
                argumenten(rs.getString("argumenten")),
                Objects.requireNonNull(tijd(rs, "sinds"), "NOT NULL column"),
                rs.getString("erkend_door"),
                tijd(rs, "erkend_op"),
                rs.getString("erkend_reden"),
                tijd(rs, "opgelost_op"),
                rs.getLong("versie"),
                List.of());
    }

    private static @Nullable Instant tijd(ResultSet rs, String kolom) throws SQLException {
        OffsetDateTime t = rs.getObject(kolom, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Instant tijd(ResultSet rs, int kolom) throws SQLException {
        return Objects.requireNonNull(tijdOfNiets(rs, kolom), "NOT NULL column");
    }

    private static @Nullable Instant tijdOfNiets(ResultSet rs, int kolom) throws SQLException {
        OffsetDateTime t = rs.getObject(kolom, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static String tekst(List<String> argumenten) {
        return String.join(SCHEIDING, argumenten);
    }

    static List<String> argumenten(String tekst) {
        return tekst == null || tekst.isEmpty() ? List.of() : Arrays.asList(tekst.split(SCHEIDING, -1));
    }

    static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
