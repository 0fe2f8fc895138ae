package nl.samenspel.vorm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.samenspel.samenwerking.BesluitOrgaan;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL on the form module's own tables. */
@Repository
class VormRepository {

    private final JdbcClient jdbc;

    VormRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Vormbesluit> besluit(long samenwerkingId) {
        return besluiten(List.of(samenwerkingId)).stream().findFirst();
    }

    /** The decisions of these samenwerkingen (absent where none is recorded), in one query. */
    List<Vormbesluit> besluiten(Collection<Long> samenwerkingIds) {
        if (samenwerkingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT samenwerking_id, vorm, motivering, datum, besluit_orgaan, besloten_door, besloten_op,
                               versie
                        FROM vorm_besluit WHERE samenwerking_id IN (:ids)""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> {
                    String orgaan = rs.getString("besluit_orgaan");
                    return new Vormbesluit(
                            rs.getLong("samenwerking_id"),
                            Vorm.valueOf(rs.getString("vorm")),
                            rs.getString("motivering"),
                            rs.getObject("datum", LocalDate.class),
                            orgaan == null ? null : BesluitOrgaan.valueOf(orgaan),
                            rs.getString("besloten_door"),
                            rs.getTimestamp("besloten_op").toInstant(),
                            rs.getLong("versie"));
                })
                .list();
    }

    void bewaar(
            long samenwerkingId,
            Vorm vorm,
            @Nullable String motivering,
            LocalDate datum,
            @Nullable BesluitOrgaan orgaan,
            String door,
            Instant op,
            long versie) {
        int bijgewerkt = jdbc.sql("""
                        UPDATE vorm_besluit SET vorm = :vorm, motivering = :motivering, datum = :datum,
                            besluit_orgaan = :orgaan, besloten_door = :door, besloten_op = :op, versie = :versie
                        WHERE samenwerking_id = :sw""")
                .param("sw", samenwerkingId)
                .param("vorm", vorm.name())
                .param("motivering", motivering)
                .param("datum", datum)
                .param("orgaan", orgaan == null ? null : orgaan.name())
                .param("door", door)
                .param("op", op.atOffset(ZoneOffset.UTC))
                .param("versie", versie)
                .update();
        if (bijgewerkt == 0) {
            jdbc.sql("""
                            INSERT INTO vorm_besluit (samenwerking_id, vorm, motivering, datum, besluit_orgaan,
                                besloten_door, besloten_op, versie)
                            VALUES (:sw, :vorm, :motivering, :datum, :orgaan, :door, :op, :versie)""")
                    .param("sw", samenwerkingId)
                    .param("vorm", vorm.name())
                    .param("motivering", motivering)
                    .param("datum", datum)
                    .param("orgaan", orgaan == null ? null : orgaan.name())
                    .param("door", door)
                    .param("op", op.atOffset(ZoneOffset.UTC))
                    .param("versie", versie)
                    .update();
        }
    }

    void verwijderAlles(long samenwerkingId) {
        jdbc.sql("DELETE FROM vorm_besluit WHERE samenwerking_id = :sw")
                .param("sw", samenwerkingId)
                .update();
    }
}
