package nl.samenspel.gesprek;

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

/** SQL on the gesprek module's own tables. */
@Repository
class GesprekRepository {

    private static final String GESPREK = """
            id, samenwerking_id, dvo_id, gemeente_code, dvo_label, rapportage_id, datum, verslag, aangemaakt_door,
            versie""";

    private final JdbcClient jdbc;

    GesprekRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- conversations ----

    /** Every conversation of these samenwerkingen with its agenda, adjustments and actions, by date; four queries. */
    List<Gesprek> gesprekken(Collection<Long> samenwerkingIds) {
        if (samenwerkingIds.isEmpty()) {
            return List.of();
        }
        List<Kaal> kaal = jdbc.sql("SELECT " + GESPREK
                        + " FROM gesprek_gesprek WHERE samenwerking_id IN (:ids) ORDER BY samenwerking_id, datum, id")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> kaal(rs))
                .list();
        Map<Long, List<Gesprek.Agendapunt>> agenda = new HashMap<>();
        jdbc.sql("""
                        SELECT id, gesprek_id, soort, titel, toelichting, verwijzing FROM gesprek_agendapunt
                        WHERE samenwerking_id IN (:ids) ORDER BY gesprek_id, volgorde""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> Map.entry(
                        rs.getLong("gesprek_id"),
                        new Gesprek.Agendapunt(
                                rs.getLong("id"),
                                Agendasoort.valueOf(rs.getString("soort")),
                                rs.getString("titel"),
                                rs.getString("toelichting"),
                                lang(rs, "verwijzing"))))
                .list()
                .forEach(e -> agenda.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        Map<Long, List<Gesprek.Bijsturing>> bijsturingen = new HashMap<>();
        jdbc.sql("""
                        SELECT id, gesprek_id, tekst, dvo_versienummer, vastgelegd_door, vastgelegd_op
                        FROM gesprek_bijsturing WHERE samenwerking_id IN (:ids) ORDER BY gesprek_id, id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> {
                    int nr = rs.getInt("dvo_versienummer");
                    Integer versienummer = rs.wasNull() ? null : nr;
                    return Map.entry(
                            rs.getLong("gesprek_id"),
                            new Gesprek.Bijsturing(
                                    rs.getLong("id"),
                                    rs.getString("tekst"),
                                    versienummer,
                                    rs.getString("vastgelegd_door"),
                                    rs.getDate("vastgelegd_op").toLocalDate()));
                })
                .list()
                .forEach(e -> bijsturingen
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        Map<Long, List<Gesprek.Actie>> acties = new HashMap<>();
        jdbc.sql("""
                        SELECT id, gesprek_id, omschrijving, eigenaar, deadline, afgerond_op, versie
                        FROM gesprek_actie WHERE samenwerking_id IN (:ids) ORDER BY gesprek_id, id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> actie(rs))
                .list()
                .forEach(a -> acties.computeIfAbsent(a.gesprekId(), k -> new ArrayList<>())
                        .add(a));
        return kaal.stream()
                .map(k -> new Gesprek(
                        k.id(),
                        k.samenwerkingId(),
                        k.dvoId(),
                        k.gemeenteCode(),
                        k.dvoLabel(),
                        k.rapportageId(),
                        k.datum(),
                        k.verslag(),
                        k.aangemaaktDoor(),
                        k.versie(),
                        agenda.getOrDefault(k.id(), List.of()),
                        bijsturingen.getOrDefault(k.id(), List.of()),
                        acties.getOrDefault(k.id(), List.of())))
                .toList();
    }

    List<Gesprek> gesprekken(long samenwerkingId) {
        return gesprekken(List.of(samenwerkingId));
    }

    Optional<Gesprek> gesprek(long samenwerkingId, long gesprekId) {
        return gesprekken(samenwerkingId).stream()
                .filter(g -> g.id() == gesprekId)
                .findFirst();
    }

    private record Kaal(
            long id,
            long samenwerkingId,
            long dvoId,
            String gemeenteCode,
            String dvoLabel,
            @Nullable Long rapportageId,
            LocalDate datum,
            @Nullable String verslag,
            String aangemaaktDoor,
            long versie) {}

    private static Kaal kaal(ResultSet rs) throws SQLException {
        return new Kaal(
                rs.getLong("id"),
                rs.getLong("samenwerking_id"),
                rs.getLong("dvo_id"),
                rs.getString("gemeente_code"),
                rs.getString("dvo_label"),
                lang(rs, "rapportage_id"),
                rs.getDate("datum").toLocalDate(),
                rs.getString("verslag"),
                rs.getString("aangemaakt_door"),
                rs.getLong("versie"));
    }

    private static Gesprek.Actie actie(ResultSet rs) throws SQLException {
        Date af = rs.getDate("afgerond_op");
        return new Gesprek.Actie(
                rs.getLong("id"),
                rs.getLong("gesprek_id"),
                rs.getString("omschrijving"),
                rs.getString("eigenaar"),
                rs.getDate("deadline").toLocalDate(),
                af == null ? null : af.toLocalDate(),
                rs.getLong("versie"));
    }

    long maak(
            long samenwerkingId,
            long dvoId,
            String gemeente,
            String dvoLabel,
            @Nullable Long rapportageId,
            LocalDate datum,
            String door,
            List<Agenda.Punt> agenda) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO gesprek_gesprek (samenwerking_id, dvo_id, gemeente_code, dvo_label, rapportage_id,
                            datum, aangemaakt_door, versie)
                        VALUES (:sw, :dvo, :gemeente, :label, :rapportage, :datum, :door, 1)""")
                .param("sw", samenwerkingId)
                .param("dvo", dvoId)
                .param("gemeente", gemeente)
                .param("label", dvoLabel)
                .param("rapportage", rapportageId)
                .param("datum", Date.valueOf(datum))
                .param("door", door)
                .update(sleutel, "id");
        long id = id(sleutel);
        int volgorde = 0;
        for (Agenda.Punt p : agenda) {
            jdbc.sql("""
                            INSERT INTO gesprek_agendapunt (gesprek_id, samenwerking_id, volgorde, soort, titel,
                                toelichting, verwijzing)
                            VALUES (:g, :sw, :nr, :soort, :titel, :toelichting, :verwijzing)""")
                    .param("g", id)
                    .param("sw", samenwerkingId)
                    .param("nr", ++volgorde)
                    .param("soort", p.soort().name())
                    .param("titel", kort(p.titel(), 2000))
                    .param("toelichting", kort(p.toelichting(), 10_000))
                    .param("verwijzing", p.verwijzing())
                    .update();
        }
        return id;
    }

    /** Sets date and notes if the version is still {@code versie}; false when it changed meanwhile. */
    boolean wijzig(long gesprekId, long versie, LocalDate datum, @Nullable String verslag) {
        return jdbc.sql("""
                                UPDATE gesprek_gesprek SET datum = :datum, verslag = :verslag, versie = versie + 1
                                WHERE id = :id AND versie = :versie""")
                        .param("datum", Date.valueOf(datum))
                        .param("verslag", verslag)
                        .param("id", gesprekId)
                        .param("versie", versie)
                        .update()
                == 1;
    }

    long bijsturing(
            long samenwerkingId,
            long gesprekId,
            String tekst,
            @Nullable Integer versienummer,
            String door,
            LocalDate op) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO gesprek_bijsturing (gesprek_id, samenwerking_id, tekst, dvo_versienummer,
                            vastgelegd_door, vastgelegd_op)
                        VALUES (:g, :sw, :tekst, :nr, :door, :op)""")
                .param("g", gesprekId)
                .param("sw", samenwerkingId)
                .param("tekst", tekst)
                .param("nr", versienummer)
                .param("door", door)
                .param("op", Date.valueOf(op))
                .update(sleutel, "id");
        return id(sleutel);
    }

    long maakActie(long samenwerkingId, long gesprekId, String omschrijving, String eigenaar, LocalDate deadline) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO gesprek_actie (gesprek_id, samenwerking_id, omschrijving, eigenaar, deadline, versie)
                        VALUES (:g, :sw, :omschrijving, :eigenaar, :deadline, 1)""")
                .param("g", gesprekId)
                .param("sw", samenwerkingId)
                .param("omschrijving", omschrijving)
                .param("eigenaar", eigenaar)
                .param("deadline", Date.valueOf(deadline))
                .update(sleutel, "id");
        return id(sleutel);
    }

    boolean wijzigActie(
            long actieId,
            long versie,
            String omschrijving,
            String eigenaar,
            LocalDate deadline,
            @Nullable LocalDate afgerondOp) {
        return jdbc.sql("""
                                UPDATE gesprek_actie SET omschrijving = :omschrijving, eigenaar = :eigenaar,
                                    deadline = :deadline, afgerond_op = :af, versie = versie + 1
                                WHERE id = :id AND versie = :versie""")
                        .param("omschrijving", omschrijving)
                        .param("eigenaar", eigenaar)
                        .param("deadline", Date.valueOf(deadline))
                        .param("af", afgerondOp == null ? null : Date.valueOf(afgerondOp))
                        .param("id", actieId)
                        .param("versie", versie)
                        .update()
                == 1;
    }

    // ---- question bank ----

    /** Whether the samenwerking has its own bank (else the default set applies). */
    boolean eigenBank(long samenwerkingId) {
        return jdbc.sql("SELECT COUNT(*) FROM gesprek_vragenbank WHERE samenwerking_id = :sw")
                        .param("sw", samenwerkingId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Makes {@code standaard} the samenwerking's own bank; call with the samenwerking locked. */
    void maakEigen(long samenwerkingId, List<Vraag> standaard) {
        jdbc.sql("INSERT INTO gesprek_vragenbank (samenwerking_id) VALUES (:sw)")
                .param("sw", samenwerkingId)
                .update();
        for (Vraag v : standaard) {
            maakVraag(samenwerkingId, v.soort(), v.tekst(), v.volgorde());
        }
    }

    List<Vraag> vragen(long samenwerkingId) {
        return jdbc
                .sql("""
                        SELECT id, soort, tekst, volgorde, versie FROM gesprek_vraag WHERE samenwerking_id = :sw
                        ORDER BY volgorde, id""")
                .param("sw", samenwerkingId)
                .query((rs, i) -> new Vraag(
                        rs.getLong("id"),
                        Agendasoort.valueOf(rs.getString("soort")),
                        rs.getString("tekst"),
                        rs.getInt("volgorde"),
                        rs.getLong("versie")))
                .list()
                .stream()
                // in the order of the kinds (the enum), not alphabetically
                .sorted(java.util.Comparator.comparing(Vraag::soort))
                .toList();
    }

    long maakVraag(long samenwerkingId, Agendasoort soort, String tekst, int volgorde) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO gesprek_vraag (samenwerking_id, soort, tekst, volgorde, versie)
                        VALUES (:sw, :soort, :tekst, :volgorde, 1)""")
                .param("sw", samenwerkingId)
                .param("soort", soort.name())
                .param("tekst", tekst)
                .param("volgorde", volgorde)
                .update(sleutel, "id");
        return id(sleutel);
    }

    boolean wijzigVraag(long samenwerkingId, long id, long versie, Agendasoort soort, String tekst, int volgorde) {
        return jdbc.sql("""
                                UPDATE gesprek_vraag SET soort = :soort, tekst = :tekst, volgorde = :volgorde,
                                    versie = versie + 1
                                WHERE samenwerking_id = :sw AND id = :id AND versie = :versie""")
                        .param("soort", soort.name())
                        .param("tekst", tekst)
                        .param("volgorde", volgorde)
                        .param("sw", samenwerkingId)
                        .param("id", id)
                        .param("versie", versie)
                        .update()
                == 1;
    }

    boolean verwijderVraag(long samenwerkingId, long id, long versie) {
        return jdbc.sql("DELETE FROM gesprek_vraag WHERE samenwerking_id = :sw AND id = :id AND versie = :versie")
                        .param("sw", samenwerkingId)
                        .param("id", id)
                        .param("versie", versie)
                        .update()
                == 1;
    }

    void verwijderAlles(long samenwerkingId) {
        for (String tabel : List.of(
                "gesprek_actie",
                "gesprek_bijsturing",
                "gesprek_agendapunt",
                "gesprek_gesprek",
                "gesprek_vraag",
                "gesprek_vragenbank")) {
            jdbc.sql("DELETE FROM " + tabel + " WHERE samenwerking_id = :sw")
                    .param("sw", samenwerkingId)
                    .update();
        }
    }

    private static @Nullable Long lang(ResultSet rs, String kolom) throws SQLException {
        long waarde = rs.getLong(kolom);
        return rs.wasNull() ? null : waarde;
    }

    private static String kort(String tekst, int max) {
        return tekst.length() <= max ? tekst : tekst.substring(0, max);
    }

    private static long id(KeyHolder sleutel) {
        Number n = sleutel.getKey();
        if (n == null) {
            throw new IllegalStateException("no generated key");
        }
        return n.longValue();
    }
}
