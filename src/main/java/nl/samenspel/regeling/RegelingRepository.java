package nl.samenspel.regeling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL on the regeling module's own tables. Every read takes many samenwerkingen at once (one query each). */
@Repository
class RegelingRepository {

    /** The part of {@code regeling_stand}: the draft's day and the version. */
    record Kop(long samenwerkingId, @Nullable LocalDate ontwerpVerzonden, long versie) {}

    /** A marked item of one samenwerking. */
    record Markering(
            long samenwerkingId,
            RegelingOnderdeel onderdeel,
            OnderdeelStatus status,
            String verwijzing,
            String door,
            Instant op) {}

    /** A raad's decision of one samenwerking. */
    record Besluit(long samenwerkingId, Raadsbesluit besluit) {}

    private final JdbcClient jdbc;

    RegelingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Kop> koppen(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT samenwerking_id, ontwerp_verzonden, versie FROM regeling_stand"
                        + " WHERE samenwerking_id IN (:ids)")
                .param("ids", ids)
                .query((rs, i) -> new Kop(
                        rs.getLong("samenwerking_id"),
                        rs.getObject("ontwerp_verzonden", LocalDate.class),
                        rs.getLong("versie")))
                .list();
    }

    Optional<Kop> kop(long id) {
        return koppen(List.of(id)).stream().findFirst();
    }

    List<Markering> markeringen(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT samenwerking_id, onderdeel, status, verwijzing, door, op FROM regeling_onderdeel
                        WHERE samenwerking_id IN (:ids) ORDER BY samenwerking_id, onderdeel""")
                .param("ids", ids)
                .query((rs, i) -> new Markering(
                        rs.getLong("samenwerking_id"),
                        RegelingOnderdeel.valueOf(rs.getString("onderdeel")),
                        OnderdeelStatus.valueOf(rs.getString("status")),
                        rs.getString("verwijzing"),
                        rs.getString("door"),
                        rs.getTimestamp("op").toInstant()))
                .list();
    }

    List<Besluit> besluiten(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT samenwerking_id, gemeente_code, soort, datum, document, url, door, op
                        FROM regeling_raadsbesluit WHERE samenwerking_id IN (:ids)
                        ORDER BY samenwerking_id, gemeente_code, soort""")
                .param("ids", ids)
                .query((rs, i) -> new Besluit(
                        rs.getLong("samenwerking_id"),
                        new Raadsbesluit(
                                rs.getString("gemeente_code"),
                                RaadsbesluitSoort.valueOf(rs.getString("soort")),
                                rs.getObject("datum", LocalDate.class),
                                rs.getString("document"),
                                rs.getString("url"),
                                rs.getString("door"),
                                rs.getTimestamp("op").toInstant())))
                .list();
    }

    /**
     * Moves the version from {@code versie} to {@code versie + 1} (creating the row at 0 → 1); false when the stored
     * version is another (a stale write). Called after {@code Samenwerkingen.vindOmTeWijzigen} locked the
     * samenwerking, so two writers never both create the row.
     */
    boolean verhoogVersie(long id, long versie) {
        if (versie == 0 && kop(id).isEmpty()) {
            jdbc.sql("INSERT INTO regeling_stand (samenwerking_id, ontwerp_verzonden, versie) VALUES (:sw, NULL, 1)")
                    .param("sw", id)
                    .update();
            return true;
        }
        return jdbc.sql("UPDATE regeling_stand SET versie = versie + 1 WHERE samenwerking_id = :sw AND versie = :v")
                        .param("sw", id)
                        .param("v", versie)
                        .update()
                == 1;
    }

    void ontwerpVerzonden(long id, @Nullable LocalDate datum) {
        jdbc.sql("UPDATE regeling_stand SET ontwerp_verzonden = :d WHERE samenwerking_id = :sw")
                .param("sw", id)
                .param("d", datum)
                .update();
    }

    void markeer(long id, RegelingOnderdeel onderdeel, OnderdeelStatus status, String verwijzing, String door) {
        wisMarkering(id, onderdeel);
        jdbc.sql("""
                        INSERT INTO regeling_onderdeel (samenwerking_id, onderdeel, status, verwijzing, door, op)
                        VALUES (:sw, :o, :s, :v, :door, :op)""")
                .param("sw", id)
                .param("o", onderdeel.name())
                .param("s", status.name())
                .param("v", verwijzing)
                .param("door", door)
                .param("op", Instant.now().atOffset(ZoneOffset.UTC))
                .update();
    }

    void wisMarkering(long id, RegelingOnderdeel onderdeel) {
        jdbc.sql("DELETE FROM regeling_onderdeel WHERE samenwerking_id = :sw AND onderdeel = :o")
                .param("sw", id)
                .param("o", onderdeel.name())
                .update();
    }

    void legBesluitVast(long id, Raadsbesluit b) {
        wisBesluit(id, b.gemeenteCode(), b.soort());
        jdbc.sql("""
                        INSERT INTO regeling_raadsbesluit
                            (samenwerking_id, gemeente_code, soort, datum, document, url, door, op)
                        VALUES (:sw, :g, :s, :d, :doc, :url, :door, :op)""")
                .param("sw", id)
                .param("g", b.gemeenteCode())
                .param("s", b.soort().name())
                .param("d", b.datum())
                .param("doc", b.document())
                .param("url", b.url())
                .param("door", b.door())
                .param("op", b.op().atOffset(ZoneOffset.UTC))
                .update();
    }

    void wisBesluit(long id, String gemeenteCode, RaadsbesluitSoort soort) {
        jdbc.sql("DELETE FROM regeling_raadsbesluit WHERE samenwerking_id = :sw AND gemeente_code = :g AND soort = :s")
                .param("sw", id)
                .param("g", gemeenteCode)
                .param("s", soort.name())
                .update();
    }

    void verwijderAlles(long id) {
        for (String tabel : List.of("regeling_onderdeel", "regeling_raadsbesluit", "regeling_stand")) {
            jdbc.sql("DELETE FROM " + tabel + " WHERE samenwerking_id = :sw")
                    .param("sw", id)
                    .update();
        }
    }
}
