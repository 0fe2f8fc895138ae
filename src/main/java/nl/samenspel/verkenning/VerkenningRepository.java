package nl.samenspel.verkenning;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.platform.VersieConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Tasks, taakvelden and positions (a position and its needs are one aggregate, saved as a whole). */
@Repository
class VerkenningRepository {

    private final JdbcClient jdbc;

    VerkenningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- taakvelden ----

    boolean taakveldBestaat(int vanaf, String code) {
        return jdbc.sql("SELECT COUNT(*) FROM taakveld WHERE geldig_vanaf = ? AND code = ?")
                        .params(vanaf, code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void voegTaakveldToe(Taakveld t) {
        jdbc.sql("INSERT INTO taakveld (geldig_vanaf, geldig_tot, code, naam, hoofdtaakveld) VALUES (?, ?, ?, ?, ?)")
                .params(Arrays.asList(t.geldigVanaf(), t.geldigTot(), t.code(), t.naam(), t.hoofdtaakveld()))
                .update();
    }

    /** The list valid in {@code jaar}, in code order (numeric per part: 0.2 before 0.10). */
    List<Taakveld> taakvelden(int jaar) {
        List<Taakveld> lijst = new ArrayList<>(jdbc.sql("""
                SELECT * FROM taakveld WHERE geldig_vanaf <= ? AND (geldig_tot IS NULL OR geldig_tot >= ?)""")
                .params(jaar, jaar)
                .query(VerkenningRepository::taakveld)
                .list());
        lijst.sort((a, b) -> vergelijkCodes(a.code(), b.code()));
        return lijst;
    }

    Optional<Taakveld> taakveld(int vanaf, String code) {
        return jdbc.sql("SELECT * FROM taakveld WHERE geldig_vanaf = ? AND code = ?")
                .params(vanaf, code)
                .query(VerkenningRepository::taakveld)
                .optional();
    }

    static int vergelijkCodes(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = vergelijkDeel(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int vergelijkDeel(String a, String b) {
        try {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    private static Taakveld taakveld(ResultSet rs, int rij) throws SQLException {
        return new Taakveld(
                rs.getInt("geldig_vanaf"),
                rs.getObject("geldig_tot", Integer.class),
                rs.getString("code"),
                rs.getString("naam"),
                rs.getString("hoofdtaakveld"));
    }

    // ---- taken ----

    List<SamenwerkingTaak> taken(long samenwerkingId) {
        return jdbc.sql("""
                SELECT t.*, v.geldig_vanaf, v.geldig_tot, v.code, v.naam AS tv_naam, v.hoofdtaakveld FROM taak t
                LEFT JOIN taakveld v ON v.geldig_vanaf = t.taakveld_jaar AND v.code = t.taakveld_code
                WHERE t.samenwerking_id = ? ORDER BY t.volgorde, t.id""")
                .param(samenwerkingId)
                .query(VerkenningRepository::taak)
                .list();
    }

    Optional<SamenwerkingTaak> taak(long samenwerkingId, long taakId) {
        return jdbc.sql("""
                SELECT t.*, v.geldig_vanaf, v.geldig_tot, v.code, v.naam AS tv_naam, v.hoofdtaakveld FROM taak t
                LEFT JOIN taakveld v ON v.geldig_vanaf = t.taakveld_jaar AND v.code = t.taakveld_code
                WHERE t.samenwerking_id = ? AND t.id = ?""")
                .params(samenwerkingId, taakId)
                .query(VerkenningRepository::taak)
                .optional();
    }

    long voegTaakToe(
            long samenwerkingId,
            String naam,
            @Nullable String omschrijving,
            @Nullable Taakveld taakveld,
            @Nullable String toegevoegdDoorGemeente) {
        int volgorde = jdbc.sql("SELECT COALESCE(MAX(volgorde), 0) + 1 FROM taak WHERE samenwerking_id = ?")
                .param(samenwerkingId)
                .query(Integer.class)
                .single();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO taak (samenwerking_id, naam, omschrijving, taakveld_jaar, taakveld_code, volgorde, versie,
                    aangemaakt_op, toegevoegd_door_gemeente)
                VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(Arrays.asList(
                        samenwerkingId,
                        naam,
                        omschrijving,
                        taakveld == null ? null : taakveld.geldigVanaf(),
                        taakveld == null ? null : taakveld.code(),
                        volgorde,
                        nu(),
                        toegevoegdDoorGemeente))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "generated id").longValue();
    }

    void wijzigTaak(
            long samenwerkingId,
            long taakId,
            long versie,
            String naam,
            @Nullable String omschrijving,
            @Nullable Taakveld taakveld) {
        int rijen = jdbc.sql("""
                UPDATE taak SET naam = ?, omschrijving = ?, taakveld_jaar = ?, taakveld_code = ?, versie = versie + 1
                WHERE samenwerking_id = ? AND id = ? AND versie = ?""")
                .params(Arrays.asList(
                        naam,
                        omschrijving,
                        taakveld == null ? null : taakveld.geldigVanaf(),
                        taakveld == null ? null : taakveld.code(),
                        samenwerkingId,
                        taakId,
                        versie))
                .update();
        if (rijen == 0) {
            throw new VersieConflictException();
        }
    }

    void verwijderTaak(long samenwerkingId, long taakId, long versie) {
        verwijderRoute(samenwerkingId, taakId);
        // Needs referring to the task go with it (ON DELETE CASCADE); positions keep their own version.
        int rijen = jdbc.sql("DELETE FROM taak WHERE samenwerking_id = ? AND id = ? AND versie = ?")
                .params(samenwerkingId, taakId, versie)
                .update();
        if (rijen == 0) {
            throw new VersieConflictException();
        }
    }

    private static SamenwerkingTaak taak(ResultSet rs, int rij) throws SQLException {
        Taakveld tv = rs.getString("code") == null
                ? null
                : new Taakveld(
                        rs.getInt("geldig_vanaf"),
                        rs.getObject("geldig_tot", Integer.class),
                        rs.getString("code"),
                        rs.getString("tv_naam"),
                        rs.getString("hoofdtaakveld"));
        return new SamenwerkingTaak(
                rs.getLong("id"),
                rs.getLong("samenwerking_id"),
                rs.getString("naam"),
                rs.getString("omschrijving"),
                tv,
                rs.getString("toegevoegd_door_gemeente"),
                rs.getLong("versie"));
    }

    /**
     * Which municipalities' shared positions answer this task: the write rules ask whether a party other than the
     * one that added it has answered. Unshared drafts do not count, or a refusal would tell that a draft exists.
     */
    java.util.Set<String> beantwoordDoor(long samenwerkingId, long taakId) {
        return new java.util.HashSet<>(
                jdbc.sql("""
                SELECT DISTINCT b.van_gemeente FROM behoefte b JOIN positie p
                  ON p.samenwerking_id = b.samenwerking_id AND p.gemeente_code = b.van_gemeente AND p.gedeeld = TRUE
                WHERE b.samenwerking_id = ? AND b.taak_id = ?""").params(samenwerkingId, taakId).query(String.class).list());
    }

    /** Per task, the municipalities whose shared positions answer it (tasks without shared answers absent). */
    java.util.Map<Long, java.util.Set<String>> beantwoordDoor(long samenwerkingId) {
        java.util.Map<Long, java.util.Set<String>> uit = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT b.taak_id, b.van_gemeente FROM behoefte b JOIN positie p
                  ON p.samenwerking_id = b.samenwerking_id AND p.gemeente_code = b.van_gemeente AND p.gedeeld = TRUE
                WHERE b.samenwerking_id = ?""")
                .param(samenwerkingId)
                .query((rs, rij) -> uit.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>())
                        .add(rs.getString(2)))
                .list();
        return uit;
    }

    // ---- posities ----

    List<Positie> posities(long samenwerkingId) {
        List<Behoefte> alle = jdbc.sql(
                        "SELECT * FROM behoefte WHERE samenwerking_id = ? ORDER BY taak_id, naar_gemeente")
                .param(samenwerkingId)
                .query(VerkenningRepository::behoefte)
                .list();
        List<Positie> zonder = jdbc.sql("SELECT * FROM positie WHERE samenwerking_id = ? ORDER BY gemeente_code")
                .param(samenwerkingId)
                .query((rs, rij) -> positie(rs, List.of()))
                .list();
        return zonder.stream()
                .map(p -> new Positie(
                        p.samenwerkingId(),
                        p.gemeenteCode(),
                        p.watWillenWij(),
                        p.watWillenWijNiet(),
                        p.maximumPerJaar(),
                        p.eigenRuimte(),
                        p.gedeeld(),
                        p.gedeeldOp(),
                        p.versie(),
                        p.gewijzigdOp(),
                        p.gewijzigdDoor(),
                        alle.stream()
                                .filter(b -> b.van().equals(p.gemeenteCode()))
                                .toList(),
                        p.einddoel(),
                        p.einddoelToelichting(),
                        p.uitgeslotenEinddoelen(),
                        p.namens(),
                        p.vastgelegdDoor(),
                        p.vastgelegdOp()))
                .toList();
    }

    /** Whether a position exists, was recorded on the party's behalf and is shared: per samenwerking, per party. */
    record PositieStand(boolean namens, boolean gedeeld) {}

    /** {@link PositieStand} of every position of these samenwerkingen, by samenwerking id and party: one query. */
    java.util.Map<Long, java.util.Map<String, PositieStand>> positieStanden(java.util.Collection<Long> ids) {
        java.util.Map<Long, java.util.Map<String, PositieStand>> uit = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return uit;
        }
        jdbc.sql("SELECT samenwerking_id, gemeente_code, namens, gedeeld FROM positie WHERE samenwerking_id IN (:ids)")
                .param("ids", ids)
                .query((org.springframework.jdbc.core.RowCallbackHandler)
                        rs -> uit.computeIfAbsent(rs.getLong(1), k -> new java.util.HashMap<>())
                                .put(rs.getString(2), new PositieStand(rs.getBoolean(3), rs.getBoolean(4))));
        return uit;
    }

    Optional<Positie> positie(long samenwerkingId, String gemeenteCode) {
        List<Behoefte> behoeften = jdbc.sql("""
                SELECT * FROM behoefte WHERE samenwerking_id = ? AND van_gemeente = ? ORDER BY taak_id, naar_gemeente""")
                .params(samenwerkingId, gemeenteCode)
                .query(VerkenningRepository::behoefte)
                .list();
        return jdbc.sql("SELECT * FROM positie WHERE samenwerking_id = ? AND gemeente_code = ?")
                .params(samenwerkingId, gemeenteCode)
                .query((rs, rij) -> positie(rs, behoeften))
                .optional();
    }

    /**
     * @param namens true when the regisseur {@code door} records it on behalf of the municipality
     */
    void voegPositieToe(long samenwerkingId, String code, Gegevens p, String door, boolean namens) {
        OffsetDateTime nu = nu();
        jdbc.sql("""
                INSERT INTO positie (samenwerking_id, gemeente_code, wat_willen_wij, wat_willen_wij_niet, maximum_per_jaar,
                                     eigen_ruimte, gedeeld, gedeeld_op, versie, gewijzigd_op, gewijzigd_door,
                                     einddoel, einddoel_toelichting, uitgesloten_einddoelen,
                                     namens, vastgelegd_door, vastgelegd_op)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        samenwerkingId,
                        code,
                        p.watWillenWij(),
                        p.watWillenWijNiet(),
                        p.maximumPerJaar(),
                        p.eigenRuimte(),
                        p.gedeeld(),
                        p.gedeeld() ? nu : null,
                        nu,
                        door,
                        p.einddoel() == null ? null : p.einddoel().name(),
                        p.einddoelToelichting(),
                        uitgesloten(p.uitgeslotenEinddoelen()),
                        namens,
                        namens ? door : null,
                        namens ? nu : null))
                .update();
        schrijfBehoeften(samenwerkingId, code, p.behoeften());
    }

    /**
     * Replaces the content. {@code namens}: the regisseur {@code door} records it on behalf of the municipality
     * (the mark is set, with who and when); false: the municipality writes it itself, which makes it its own (the
     * mark is cleared).
     */
    void wijzigPositie(long samenwerkingId, String code, long versie, Gegevens p, String door, boolean namens) {
        OffsetDateTime nu = nu();
        int rijen = jdbc.sql("""
                UPDATE positie SET wat_willen_wij = ?, wat_willen_wij_niet = ?, maximum_per_jaar = ?, eigen_ruimte = ?,
                       gedeeld = ?, gedeeld_op = CASE WHEN ? THEN COALESCE(gedeeld_op, ?) ELSE NULL END,
                       versie = versie + 1, gewijzigd_op = ?, gewijzigd_door = ?,
                       einddoel = ?, einddoel_toelichting = ?, uitgesloten_einddoelen = ?,
                       namens = ?, vastgelegd_door = ?, vastgelegd_op = ?
                WHERE samenwerking_id = ? AND gemeente_code = ? AND versie = ?""")
                .params(Arrays.asList(
                        p.watWillenWij(),
                        p.watWillenWijNiet(),
                        p.maximumPerJaar(),
                        p.eigenRuimte(),
                        p.gedeeld(),
                        p.gedeeld(),
                        nu,
                        nu,
                        door,
                        p.einddoel() == null ? null : p.einddoel().name(),
                        p.einddoelToelichting(),
                        uitgesloten(p.uitgeslotenEinddoelen()),
                        namens,
                        namens ? door : null,
                        namens ? nu : null,
                        samenwerkingId,
                        code,
                        versie))
                .update();
        if (rijen == 0) {
            throw new VersieConflictException();
        }
        jdbc.sql("DELETE FROM behoefte WHERE samenwerking_id = ? AND van_gemeente = ?")
                .params(samenwerkingId, code)
                .update();
        schrijfBehoeften(samenwerkingId, code, p.behoeften());
    }

    /** The municipality confirms the content the regisseur recorded on its behalf unchanged: it is its own now. */
    void bevestigPositie(long samenwerkingId, String code, long versie, String door) {
        int rijen = jdbc.sql("""
                UPDATE positie SET namens = FALSE, vastgelegd_door = NULL, vastgelegd_op = NULL,
                       versie = versie + 1, gewijzigd_op = ?, gewijzigd_door = ?
                WHERE samenwerking_id = ? AND gemeente_code = ? AND versie = ?""")
                .params(Arrays.asList(nu(), door, samenwerkingId, code, versie))
                .update();
        if (rijen == 0) {
            throw new VersieConflictException();
        }
    }

    private void schrijfBehoeften(long samenwerkingId, String code, List<Behoefte> behoeften) {
        for (Behoefte b : behoeften) {
            jdbc.sql("""
                    INSERT INTO behoefte (samenwerking_id, van_gemeente, taak_id, naar_gemeente, sterkte, toelichting)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(Arrays.asList(
                            samenwerkingId,
                            code,
                            b.taakId(),
                            b.naar(),
                            b.sterkte().name(),
                            b.toelichting()))
                    .update();
        }
    }

    /** The checked content of a position to store. */
    record Gegevens(
            @Nullable String watWillenWij,
            @Nullable String watWillenWijNiet,
            @Nullable BigDecimal maximumPerJaar,
            @Nullable String eigenRuimte,
            boolean gedeeld,
            List<Behoefte> behoeften,
            @Nullable Einddoel einddoel,
            @Nullable String einddoelToelichting,
            Set<Einddoel> uitgeslotenEinddoelen) {}

    /** Stored as the enum names in declaration order, comma-separated; null when nothing is ruled out. */
    static @Nullable String uitgesloten(Set<Einddoel> einddoelen) {
        return einddoelen.isEmpty()
                ? null
                : EnumSet.copyOf(einddoelen).stream().map(Einddoel::name).collect(Collectors.joining(","));
    }

    static Set<Einddoel> uitgesloten(@Nullable String kolom) {
        Set<Einddoel> uit = EnumSet.noneOf(Einddoel.class);
        if (kolom != null) {
            for (String naam : kolom.split(",")) {
                if (!naam.isBlank()) {
                    uit.add(Einddoel.valueOf(naam.strip()));
                }
            }
        }
        return uit;
    }

    private static Positie positie(ResultSet rs, List<Behoefte> behoeften) throws SQLException {
        Timestamp gedeeldOp = rs.getTimestamp("gedeeld_op");
        Timestamp vastgelegdOp = rs.getTimestamp("vastgelegd_op");
        return new Positie(
                rs.getLong("samenwerking_id"),
                rs.getString("gemeente_code"),
                rs.getString("wat_willen_wij"),
                rs.getString("wat_willen_wij_niet"),
                rs.getBigDecimal("maximum_per_jaar"),
                rs.getString("eigen_ruimte"),
                rs.getBoolean("gedeeld"),
                gedeeldOp == null ? null : gedeeldOp.toInstant(),
                rs.getLong("versie"),
                rs.getTimestamp("gewijzigd_op").toInstant(),
                rs.getString("gewijzigd_door"),
                behoeften,
                rs.getString("einddoel") == null ? null : Einddoel.valueOf(rs.getString("einddoel")),
                rs.getString("einddoel_toelichting"),
                uitgesloten(rs.getString("uitgesloten_einddoelen")),
                rs.getBoolean("namens"),
                rs.getString("vastgelegd_door"),
                vastgelegdOp == null ? null : vastgelegdOp.toInstant());
    }

    private static Behoefte behoefte(ResultSet rs, int rij) throws SQLException {
        return new Behoefte(
                rs.getLong("taak_id"),
                rs.getString("van_gemeente"),
                rs.getString("naar_gemeente"),
                Sterkte.valueOf(rs.getString("sterkte")),
                rs.getString("toelichting"));
    }

    // ---- routes (rule 5) ----

    /** The recorded routes of a samenwerking by task id (tasks without a recorded route absent). */
    java.util.Map<Long, TaakRoute> routes(long samenwerkingId) {
        return routesWaar("r.samenwerking_id = ?", samenwerkingId);
    }

    Optional<TaakRoute> route(long samenwerkingId, long taakId) {
        return Optional.ofNullable(routesWaar("r.samenwerking_id = ? AND r.taak_id = ?", samenwerkingId, taakId)
                .get(taakId));
    }

    private java.util.Map<Long, TaakRoute> routesWaar(String waar, Object... params) {
        java.util.Map<Long, List<String>> kopers = new java.util.HashMap<>();
        jdbc.sql("SELECT k.taak_id, k.gemeente_code FROM verkenning_taak_route_koper k JOIN verkenning_taak_route r"
                        + " ON r.taak_id = k.taak_id WHERE " + waar + " ORDER BY k.taak_id, k.volgorde")
                .params(params)
                .query((org.springframework.jdbc.core.RowCallbackHandler)
                        rs -> kopers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(rs.getString(2)));
        java.util.Map<Long, TaakRoute> uit = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT r.* FROM verkenning_taak_route r WHERE " + waar + " ORDER BY r.taak_id")
                .params(params)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    long taak = rs.getLong("taak_id");
                    String vehikel = rs.getString("vehikel");
                    uit.put(
                            taak,
                            new TaakRoute(
                                    taak,
                                    Route.valueOf(rs.getString("route")),
                                    kopers.getOrDefault(taak, List.of()),
                                    rs.getString("leverancier"),
                                    vehikel == null ? null : Vehikel.valueOf(vehikel),
                                    rs.getString("reden"),
                                    rs.getTimestamp("gewijzigd_op").toInstant(),
                                    rs.getString("gewijzigd_door")));
                });
        return uit;
    }

    /** Replaces the task's route (and its buyers). The caller has checked the task's version. */
    void bewaarRoute(
            long samenwerkingId,
            long taakId,
            Route route,
            List<String> kopers,
            @Nullable String leverancier,
            @Nullable Vehikel vehikel,
            String reden,
            String door) {
        verwijderRoute(samenwerkingId, taakId);
        jdbc.sql("""
                INSERT INTO verkenning_taak_route (taak_id, samenwerking_id, route, leverancier, vehikel, reden,
                    gewijzigd_op, gewijzigd_door)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        taakId,
                        samenwerkingId,
                        route.name(),
                        leverancier,
                        vehikel == null ? null : vehikel.name(),
                        reden,
                        nu(),
                        door))
                .update();
        for (int i = 0; i < kopers.size(); i++) {
            jdbc.sql("""
                    INSERT INTO verkenning_taak_route_koper (taak_id, samenwerking_id, volgorde, gemeente_code)
                    VALUES (?, ?, ?, ?)""").params(taakId, samenwerkingId, i, kopers.get(i)).update();
        }
    }

    void verwijderRoute(long samenwerkingId, long taakId) {
        jdbc.sql("DELETE FROM verkenning_taak_route_koper WHERE samenwerking_id = ? AND taak_id = ?")
                .params(samenwerkingId, taakId)
                .update();
        jdbc.sql("DELETE FROM verkenning_taak_route WHERE samenwerking_id = ? AND taak_id = ?")
                .params(samenwerkingId, taakId)
                .update();
    }

    /** A write to a part of the task (its route) moves the task's version, so If-Match covers it. */
    void verhoogVersie(long samenwerkingId, long taakId, long versie) {
        int rijen = jdbc.sql("UPDATE taak SET versie = versie + 1 WHERE samenwerking_id = ? AND id = ? AND versie = ?")
                .params(samenwerkingId, taakId, versie)
                .update();
        if (rijen == 0) {
            throw new VersieConflictException();
        }
    }

    private static OffsetDateTime nu() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
