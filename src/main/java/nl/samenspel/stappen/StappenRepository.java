package nl.samenspel.stappen;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.BesluitOrgaan;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Hand-written SQL for the steps; every update of a versioned row checks its version. */
@Repository
class StappenRepository {

    private final JdbcClient jdbc;

    StappenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which list steps have content, in one round trip; WAT counts only goals of the kind DOEL. */
    record Inhoud(boolean doel, boolean spanning, boolean dynamiek) {}

    Inhoud inhoud(long sw) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM doel WHERE samenwerking_id = :sw AND soort = :doel),
                       EXISTS (SELECT 1 FROM spanning WHERE samenwerking_id = :sw),
                       EXISTS (SELECT 1 FROM dynamiek WHERE samenwerking_id = :sw)""")
                .param("sw", sw)
                .param("doel", DoelSoort.DOEL.name())
                .query((rs, i) -> new Inhoud(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3)))
                .single();
    }

    /**
     * Per samenwerking among {@code ids}: the steps before the form that have content, as {@link StappenStand#heeftInhoud}
     * decides it for one (WAT: a goal; HOE: a filled-in way of working; SPANNINGEN: a tension; VANZELFDYNAMIEK: a
     * dynamic). Two queries for any number of samenwerkingen.
     */
    Map<Long, java.util.Set<Stap>> stappenMetInhoud(java.util.Collection<Long> ids) {
        Map<Long, java.util.Set<Stap>> uit = new HashMap<>();
        if (ids.isEmpty()) {
            return uit;
        }
        jdbc.sql("""
                SELECT samenwerking_id, CAST('WAT' AS VARCHAR(20)) FROM doel WHERE soort = :doel AND samenwerking_id IN (:ids)
                UNION SELECT samenwerking_id, CAST('SPANNINGEN' AS VARCHAR(20)) FROM spanning WHERE samenwerking_id IN (:ids)
                UNION SELECT samenwerking_id, CAST('VANZELFDYNAMIEK' AS VARCHAR(20)) FROM dynamiek WHERE samenwerking_id IN (:ids)""")
                .param("ids", ids)
                .param("doel", DoelSoort.DOEL.name())
                .query((org.springframework.jdbc.core.RowCallbackHandler)
                        rs -> uit.computeIfAbsent(rs.getLong(1), k -> java.util.EnumSet.noneOf(Stap.class))
                                .add(Stap.valueOf(rs.getString(2))));
        jdbc.sql("SELECT * FROM werkwijze WHERE samenwerking_id IN (:ids)")
                .param("ids", ids)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    Werkwijze w = new Werkwijze(
                            rs.getString("wie_doet_wat"),
                            rs.getString("afspraken_maken"),
                            rs.getString("levering"),
                            rs.getString("sturing"),
                            rs.getString("bijsturing"),
                            rs.getLong("versie"));
                    if (w.gevuld()) {
                        uit.computeIfAbsent(rs.getLong("samenwerking_id"), k -> java.util.EnumSet.noneOf(Stap.class))
                                .add(Stap.HOE);
                    }
                });
        return uit;
    }

    // ---- doel ----

    List<Doel> doelen(long sw) {
        return jdbc.sql("""
                SELECT d.*, g.naam AS bron_naam FROM doel d LEFT JOIN gemeente g ON g.code = d.bron_gemeente
                WHERE d.samenwerking_id = :sw ORDER BY d.volgorde, d.id""")
                .param("sw", sw)
                .query((rs, i) -> new Doel(
                        rs.getLong("id"),
                        DoelSoort.valueOf(rs.getString("soort")),
                        rs.getString("tekst"),
                        rs.getString("bron_gemeente"),
                        rs.getString("bron_naam"),
                        rs.getInt("volgorde"),
                        rs.getLong("versie"),
                        rs.getString("toegevoegd_door_gemeente")))
                .list();
    }

    long voegDoelToe(
            long sw, DoelSoort soort, String tekst, @Nullable String bron, @Nullable String toegevoegdDoorGemeente) {
        Integer volgorde = jdbc.sql("SELECT COALESCE(MAX(volgorde), 0) + 1 FROM doel WHERE samenwerking_id = :sw")
                .param("sw", sw)
                .query(Integer.class)
                .single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO doel (samenwerking_id, soort, tekst, bron_gemeente, volgorde, versie, toegevoegd_door_gemeente) "
                                + "VALUES (:sw, :soort, :tekst, :bron, :volgorde, 0, :door)")
                .param("sw", sw)
                .param("soort", soort.name())
                .param("tekst", tekst)
                .param("bron", bron)
                .param("door", toegevoegdDoorGemeente)
                .param("volgorde", volgorde)
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "generated id").longValue();
    }

    void wijzigDoel(long sw, long id, long versie, DoelSoort soort, String tekst, @Nullable String bron) {
        geteld(jdbc.sql("UPDATE doel SET soort = :soort, tekst = :tekst, bron_gemeente = :bron, versie = versie + 1 "
                        + "WHERE id = :id AND samenwerking_id = :sw AND versie = :versie")
                .param("soort", soort.name())
                .param("tekst", tekst)
                .param("bron", bron)
                .param("id", id)
                .param("sw", sw)
                .param("versie", versie)
                .update());
    }

    void verwijderDoel(long sw, long id, long versie) {
        geteld(jdbc.sql("DELETE FROM doel WHERE id = :id AND samenwerking_id = :sw AND versie = :versie")
                .param("id", id)
                .param("sw", sw)
                .param("versie", versie)
                .update());
    }

    void verwijderDoelen(long sw) {
        jdbc.sql("DELETE FROM doel WHERE samenwerking_id = :sw").param("sw", sw).update();
    }

    // ---- werkwijze ----

    Optional<Werkwijze> werkwijze(long sw) {
        return jdbc.sql("SELECT * FROM werkwijze WHERE samenwerking_id = :sw")
                .param("sw", sw)
                .query((rs, i) -> new Werkwijze(
                        rs.getString("wie_doet_wat"),
                        rs.getString("afspraken_maken"),
                        rs.getString("levering"),
                        rs.getString("sturing"),
                        rs.getString("bijsturing"),
                        rs.getLong("versie")))
                .optional();
    }

    /** Version 0 means "not written yet", so the first save stores version 1. */
    void zetWerkwijze(long sw, long versie, Werkwijze w) {
        if (versie == 0) {
            int bestaat = jdbc.sql("SELECT COUNT(*) FROM werkwijze WHERE samenwerking_id = :sw")
                    .param("sw", sw)
                    .query(Integer.class)
                    .single();
            if (bestaat > 0) {
                throw new VersieConflictException();
            }
            jdbc.sql(
                            "INSERT INTO werkwijze (samenwerking_id, wie_doet_wat, afspraken_maken, levering, sturing, bijsturing, versie) "
                                    + "VALUES (:sw, :a, :b, :c, :d, :e, 1)")
                    .param("sw", sw)
                    .param("a", w.wieDoetWat())
                    .param("b", w.afsprakenMaken())
                    .param("c", w.levering())
                    .param("d", w.sturing())
                    .param("e", w.bijsturing())
                    .update();
            return;
        }
        geteld(jdbc.sql("UPDATE werkwijze SET wie_doet_wat = :a, afspraken_maken = :b, levering = :c, sturing = :d, "
                        + "bijsturing = :e, versie = versie + 1 WHERE samenwerking_id = :sw AND versie = :versie")
                .param("sw", sw)
                .param("a", w.wieDoetWat())
                .param("b", w.afsprakenMaken())
                .param("c", w.levering())
                .param("d", w.sturing())
                .param("e", w.bijsturing())
                .param("versie", versie)
                .update());
    }

    // ---- spanning ----

    List<Spanning> spanningen(long sw) {
        Map<Long, List<String>> partijen = new HashMap<>();
        jdbc.sql(
                        "SELECT sp.spanning_id, sp.gemeente_code FROM spanning_partij sp JOIN spanning s ON s.id = sp.spanning_id "
                                + "WHERE s.samenwerking_id = :sw ORDER BY sp.gemeente_code")
                .param("sw", sw)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .forEach(e -> partijen.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return jdbc.sql("SELECT * FROM spanning WHERE samenwerking_id = :sw ORDER BY datum, aangemaakt_op, id")
                .param("sw", sw)
                .query((rs, i) -> spanning(rs, partijen))
                .list();
    }

    private static Spanning spanning(ResultSet rs, Map<Long, List<String>> partijen) throws SQLException {
        long id = rs.getLong("id");
        return new Spanning(
                id,
                rs.getString("omschrijving"),
                SpanningSoort.valueOf(rs.getString("soort")),
                partijen.getOrDefault(id, List.of()),
                rs.getString("hantering"),
                rs.getString("escalatieroute"),
                rs.getString("backoffice_frontoffice"),
                SpanningStatus.valueOf(rs.getString("status")),
                rs.getLong("versie"),
                rs.getObject("datum", LocalDate.class));
    }

    long voegSpanningToe(long sw, Spanning s) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO spanning (samenwerking_id, omschrijving, soort, hantering, escalatieroute,
                                      backoffice_frontoffice, status, versie, aangemaakt_op, datum)
                VALUES (:sw, :omschrijving, :soort, :hantering, :escalatie, :bf, :status, 0, :nu, :datum)""")
                .param("datum", s.datum())
                .param("sw", sw)
                .param("omschrijving", s.omschrijving())
                .param("soort", s.soort().name())
                .param("hantering", s.hantering())
                .param("escalatie", s.escalatieroute())
                .param("bf", s.backofficeFrontoffice())
                .param("status", s.status().name())
                .param("nu", nu())
                .update(keys, "id");
        long id = Objects.requireNonNull(keys.getKey(), "generated id").longValue();
        zetPartijen(id, s.partijen());
        return id;
    }

    void wijzigSpanning(long sw, long id, long versie, Spanning s) {
        geteld(jdbc.sql("""
                UPDATE spanning SET omschrijving = :omschrijving, soort = :soort, hantering = :hantering,
                       escalatieroute = :escalatie, backoffice_frontoffice = :bf, status = :status, datum = :datum,
                       versie = versie + 1
                WHERE id = :id AND samenwerking_id = :sw AND versie = :versie""")
                .param("datum", s.datum())
                .param("omschrijving", s.omschrijving())
                .param("soort", s.soort().name())
                .param("hantering", s.hantering())
                .param("escalatie", s.escalatieroute())
                .param("bf", s.backofficeFrontoffice())
                .param("status", s.status().name())
                .param("id", id)
                .param("sw", sw)
                .param("versie", versie)
                .update());
        zetPartijen(id, s.partijen());
    }

    void verwijderSpanning(long sw, long id, long versie) {
        geteld(jdbc.sql("DELETE FROM spanning WHERE id = :id AND samenwerking_id = :sw AND versie = :versie")
                .param("id", id)
                .param("sw", sw)
                .param("versie", versie)
                .update());
    }

    private void zetPartijen(long spanning, List<String> codes) {
        jdbc.sql("DELETE FROM spanning_partij WHERE spanning_id = :id")
                .param("id", spanning)
                .update();
        for (String code : codes) {
            jdbc.sql("INSERT INTO spanning_partij (spanning_id, gemeente_code) VALUES (:id, :code)")
                    .param("id", spanning)
                    .param("code", code)
                    .update();
        }
    }

    // ---- dynamiek ----

    List<Dynamiek> dynamiek(long sw) {
        return jdbc.sql("SELECT * FROM dynamiek WHERE samenwerking_id = :sw ORDER BY id")
                .param("sw", sw)
                .query((rs, i) -> new Dynamiek(
                        rs.getLong("id"),
                        gedrag(rs.getString("catalogus_code")),
                        rs.getString("eigen_naam"),
                        rs.getString("botsing"),
                        rs.getString("omgang"),
                        rs.getLong("versie")))
                .list();
    }

    private static @Nullable Gedrag gedrag(@Nullable String code) {
        if (code == null) {
            return null;
        }
        return Arrays.stream(Gedrag.values())
                .filter(g -> g.name().equals(code))
                .findFirst()
                .orElse(null);
    }

    long voegDynamiekToe(long sw, Dynamiek d) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO dynamiek (samenwerking_id, catalogus_code, eigen_naam, botsing, omgang, versie) "
                        + "VALUES (:sw, :code, :naam, :botsing, :omgang, 0)")
                .param("sw", sw)
                .param("code", d.gedrag() == null ? null : d.gedrag().name())
                .param("naam", d.eigenNaam())
                .param("botsing", d.botsing())
                .param("omgang", d.omgang())
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "generated id").longValue();
    }

    void wijzigDynamiek(long sw, long id, long versie, Dynamiek d) {
        geteld(jdbc.sql(
                        "UPDATE dynamiek SET catalogus_code = :code, eigen_naam = :naam, botsing = :botsing, "
                                + "omgang = :omgang, versie = versie + 1 WHERE id = :id AND samenwerking_id = :sw AND versie = :versie")
                .param("code", d.gedrag() == null ? null : d.gedrag().name())
                .param("naam", d.eigenNaam())
                .param("botsing", d.botsing())
                .param("omgang", d.omgang())
                .param("id", id)
                .param("sw", sw)
                .param("versie", versie)
                .update());
    }

    void verwijderDynamiek(long sw, long id, long versie) {
        geteld(jdbc.sql("DELETE FROM dynamiek WHERE id = :id AND samenwerking_id = :sw AND versie = :versie")
                .param("id", id)
                .param("sw", sw)
                .param("versie", versie)
                .update());
    }

    void verwijderAlleDynamiek(long sw) {
        jdbc.sql("DELETE FROM dynamiek WHERE samenwerking_id = :sw")
                .param("sw", sw)
                .update();
    }

    // ---- besproken, uitstel, ontgrendeling ----

    List<Besproken> besproken(long sw) {
        return jdbc.sql("""
                SELECT b.*, COALESCE(r.revisie, 0) AS huidige FROM stap_besproken b
                LEFT JOIN stappen_revisie r ON r.samenwerking_id = b.samenwerking_id AND r.stap = b.stap
                WHERE b.samenwerking_id = :sw ORDER BY b.op, b.gemeente_code""").param("sw", sw).query((rs, i) -> besproken(rs)).list();
    }

    /** {@link #besproken(long)} of each of these samenwerkingen, by id: one query. */
    Map<Long, List<Besproken>> besproken(java.util.Collection<Long> ids) {
        Map<Long, List<Besproken>> uit = new HashMap<>();
        if (ids.isEmpty()) {
            return uit;
        }
        jdbc.sql("""
                SELECT b.*, COALESCE(r.revisie, 0) AS huidige FROM stap_besproken b
                LEFT JOIN stappen_revisie r ON r.samenwerking_id = b.samenwerking_id AND r.stap = b.stap
                WHERE b.samenwerking_id IN (:ids) ORDER BY b.op, b.gemeente_code""").param("ids", ids).query((org.springframework.jdbc.core.RowCallbackHandler)
                rs -> uit.computeIfAbsent(rs.getLong("samenwerking_id"), k -> new ArrayList<>())
                        .add(besproken(rs)));
        return uit;
    }

    private static Besproken besproken(ResultSet rs) throws SQLException {
        return new Besproken(
                Stap.valueOf(rs.getString("stap")),
                rs.getString("gemeente_code"),
                rs.getString("door"),
                rs.getTimestamp("op").toInstant(),
                rs.getLong("revisie"),
                rs.getLong("revisie") < rs.getLong("huidige"),
                rs.getBoolean("namens"));
    }

    /** What {@link #markeer} did. */
    enum Markering {
        /** The municipality's mark was already current (and not a mark to confirm): nothing changed. */
        ONGEWIJZIGD,
        /** A new mark, or an outdated one given again. */
        GEMARKEERD,
        /** The municipality confirmed a current mark the regisseur recorded on its behalf: now it is theirs. */
        BEVESTIGD
    }

    /**
     * Marks the step as discussed on its current revision, by the municipality itself ({@code namens} false) or by
     * the regisseur on its behalf ({@code namens} true). A current mark stays as it is, except that the municipality
     * marking a step the regisseur marked on its behalf confirms that mark. An outdated mark is given again (by this
     * user, now).
     */
    Markering markeer(long sw, Stap stap, String gemeente, String door, boolean namens) {
        long revisie = revisie(sw, stap).revisie();
        List<Besproken> bestaand = besproken(sw).stream()
                .filter(b -> b.stap() == stap && b.gemeenteCode().equals(gemeente))
                .toList();
        if (!bestaand.isEmpty() && bestaand.get(0).revisie() >= revisie) {
            if (!bestaand.get(0).namens() || namens) {
                return Markering.ONGEWIJZIGD;
            }
            jdbc.sql("UPDATE stap_besproken SET namens = FALSE, door = :door, op = :op "
                            + "WHERE samenwerking_id = :sw AND stap = :stap AND gemeente_code = :g AND namens = TRUE")
                    .param("sw", sw)
                    .param("stap", stap.name())
                    .param("g", gemeente)
                    .param("door", door)
                    .param("op", nu())
                    .update();
            return Markering.BEVESTIGD;
        }
        if (!bestaand.isEmpty()) {
            jdbc.sql("UPDATE stap_besproken SET revisie = :revisie, door = :door, op = :op, namens = :namens "
                            + "WHERE samenwerking_id = :sw AND stap = :stap AND gemeente_code = :g")
                    .param("sw", sw)
                    .param("stap", stap.name())
                    .param("g", gemeente)
                    .param("door", door)
                    .param("op", nu())
                    .param("revisie", revisie)
                    .param("namens", namens)
                    .update();
            return Markering.GEMARKEERD;
        }
        jdbc.sql("INSERT INTO stap_besproken (samenwerking_id, stap, gemeente_code, door, op, revisie, namens) "
                        + "VALUES (:sw, :stap, :g, :door, :op, :revisie, :namens)")
                .param("sw", sw)
                .param("stap", stap.name())
                .param("g", gemeente)
                .param("door", door)
                .param("op", nu())
                .param("revisie", revisie)
                .param("namens", namens)
                .update();
        return Markering.GEMARKEERD;
    }

    /**
     * Marks the step as discussed by the municipality itself; false when nothing changed. See
     * {@link #markeer(long, Stap, String, String, boolean)}.
     */
    boolean markeer(long sw, Stap stap, String gemeente, String door) {
        return markeer(sw, stap, gemeente, door, false) != Markering.ONGEWIJZIGD;
    }

    // ---- content revisions and decisions ----

    /** The content revision of every step that was changed; a step without a row is at revision 0. */
    Map<Stap, StapRevisie> revisies(long sw) {
        Map<Stap, StapRevisie> uit = new java.util.EnumMap<>(Stap.class);
        jdbc.sql("SELECT * FROM stappen_revisie WHERE samenwerking_id = :sw")
                .param("sw", sw)
                .query((rs, i) -> new StapRevisie(
                        Stap.valueOf(rs.getString("stap")),
                        rs.getLong("revisie"),
                        rs.getString("wijziging"),
                        rs.getString("door"),
                        rs.getTimestamp("op").toInstant()))
                .list()
                .forEach(r -> uit.put(r.stap(), r));
        return uit;
    }

    StapRevisie revisie(long sw, Stap stap) {
        return revisies(sw).getOrDefault(stap, StapRevisie.eerste(stap));
    }

    /** Raises the step's content revision: every mark and decision given before is now outdated. */
    void verhoogRevisie(long sw, Stap stap, String wijziging, String door) {
        int rijen = jdbc.sql("UPDATE stappen_revisie SET revisie = revisie + 1, wijziging = :w, door = :door, op = :op "
                        + "WHERE samenwerking_id = :sw AND stap = :stap")
                .param("sw", sw)
                .param("stap", stap.name())
                .param("w", wijziging)
                .param("door", door)
                .param("op", nu())
                .update();
        if (rijen == 0) {
            jdbc.sql("INSERT INTO stappen_revisie (samenwerking_id, stap, revisie, wijziging, door, op) "
                            + "VALUES (:sw, :stap, 1, :w, :door, :op)")
                    .param("sw", sw)
                    .param("stap", stap.name())
                    .param("w", wijziging)
                    .param("door", door)
                    .param("op", nu())
                    .update();
        }
    }

    /** Per step and municipality the latest decision (latest date, then latest recorded), in step order. */
    List<Vaststelling> vaststellingen(long sw) {
        List<Vaststelling> alle = jdbc.sql("""
                SELECT v.*, COALESCE(r.revisie, 0) AS huidige FROM stappen_vaststelling v
                LEFT JOIN stappen_revisie r ON r.samenwerking_id = v.samenwerking_id AND r.stap = v.stap
                WHERE v.samenwerking_id = :sw ORDER BY v.datum DESC, v.id DESC""")
                .param("sw", sw)
                .query((rs, i) -> new Vaststelling(
                        rs.getLong("id"),
                        Stap.valueOf(rs.getString("stap")),
                        rs.getString("gemeente_code"),
                        nl.samenspel.samenwerking.BesluitOrgaan.valueOf(rs.getString("orgaan")),
                        rs.getObject("datum", java.time.LocalDate.class),
                        rs.getString("referentie"),
                        rs.getString("door"),
                        rs.getTimestamp("op").toInstant(),
                        rs.getLong("revisie"),
                        rs.getLong("revisie") < rs.getLong("huidige")))
                .list();
        Map<String, Vaststelling> laatste = new java.util.LinkedHashMap<>();
        for (Vaststelling v : alle) {
            laatste.putIfAbsent(v.stap().name() + ":" + v.gemeenteCode(), v);
        }
        return laatste.values().stream()
                .sorted(java.util.Comparator.comparing(Vaststelling::stap).thenComparing(Vaststelling::gemeenteCode))
                .toList();
    }

    long voegVaststellingToe(
            long sw,
            Stap stap,
            String gemeente,
            nl.samenspel.samenwerking.BesluitOrgaan orgaan,
            java.time.LocalDate datum,
            String referentie,
            String door) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO stappen_vaststelling (samenwerking_id, stap, gemeente_code, orgaan, datum, referentie,
                                                  revisie, door, op)
                VALUES (:sw, :stap, :g, :orgaan, :datum, :referentie, :revisie, :door, :op)""")
                .param("sw", sw)
                .param("stap", stap.name())
                .param("g", gemeente)
                .param("orgaan", orgaan.name())
                .param("datum", datum)
                .param("referentie", referentie)
                .param("revisie", revisie(sw, stap).revisie())
                .param("door", door)
                .param("op", nu())
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "generated id").longValue();
    }

    boolean trekIn(long sw, Stap stap, String gemeente) {
        return jdbc.sql(
                                "DELETE FROM stap_besproken WHERE samenwerking_id = :sw AND stap = :stap AND gemeente_code = :g")
                        .param("sw", sw)
                        .param("stap", stap.name())
                        .param("g", gemeente)
                        .update()
                > 0;
    }

    void voegUitstelToe(long sw, String onderwerp, String soort, @Nullable String reden, String door) {
        voegUitstelToe(sw, onderwerp, soort, reden, door, Gebeurdatum.vandaag());
    }

    void voegUitstelToe(long sw, String onderwerp, String soort, @Nullable String reden, String door, LocalDate datum) {
        jdbc.sql("INSERT INTO besluit_uitstel (samenwerking_id, onderwerp, soort, reden, door, op, datum) "
                        + "VALUES (:sw, :onderwerp, :soort, :reden, :door, :op, :datum)")
                .param("datum", datum)
                .param("sw", sw)
                .param("onderwerp", onderwerp)
                .param("soort", soort)
                .param("reden", reden)
                .param("door", door)
                .param("op", nu())
                .update();
    }

    List<Uitstel> uitstel(long sw) {
        return jdbc.sql("SELECT * FROM besluit_uitstel WHERE samenwerking_id = :sw "
                        + "ORDER BY datum DESC, op DESC, id DESC")
                .param("sw", sw)
                .query((rs, i) -> new Uitstel(
                        rs.getLong("id"),
                        rs.getString("onderwerp"),
                        rs.getString("soort"),
                        rs.getString("reden"),
                        rs.getString("door"),
                        rs.getTimestamp("op").toInstant(),
                        rs.getObject("datum", LocalDate.class)))
                .list();
    }

    Optional<Ontgrendeling> ontgrendeling(long sw) {
        return jdbc.sql("SELECT * FROM vorm_ontgrendeling WHERE samenwerking_id = :sw")
                .param("sw", sw)
                .query((rs, i) -> new Ontgrendeling(
                        rs.getString("reden"),
                        rs.getString("ontbrak") == null
                                ? List.of()
                                : List.of(rs.getString("ontbrak").split("\n")),
                        rs.getString("door"),
                        rs.getTimestamp("op").toInstant(),
                        rs.getObject("datum", LocalDate.class),
                        rs.getString("besluit_orgaan") == null
                                ? null
                                : BesluitOrgaan.valueOf(rs.getString("besluit_orgaan"))))
                .optional();
    }

    void ontgrendel(
            long sw,
            String reden,
            @Nullable String ontbrak,
            String door,
            LocalDate datum,
            @Nullable BesluitOrgaan besluitOrgaan) {
        jdbc.sql("DELETE FROM vorm_ontgrendeling WHERE samenwerking_id = :sw")
                .param("sw", sw)
                .update();
        jdbc.sql("INSERT INTO vorm_ontgrendeling (samenwerking_id, reden, ontbrak, door, op, datum, besluit_orgaan) "
                        + "VALUES (:sw, :reden, :ontbrak, :door, :op, :datum, :orgaan)")
                .param("datum", datum)
                .param("orgaan", besluitOrgaan == null ? null : besluitOrgaan.name())
                .param("sw", sw)
                .param("reden", reden)
                .param("ontbrak", ontbrak)
                .param("door", door)
                .param("op", nu())
                .update();
    }

    private static void geteld(int rijen) {
        if (rijen == 0) {
            throw new VersieConflictException();
        }
    }

    private static OffsetDateTime nu() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
