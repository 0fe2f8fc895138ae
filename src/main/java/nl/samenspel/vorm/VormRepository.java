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
        jdbc.sql("DELETE FROM vorm_antwoorden WHERE samenwerking_id = :sw")
                .param("sw", samenwerkingId)
                .update();
    }

    Optional<VormAntwoorden> antwoorden(long samenwerkingId) {
        return antwoorden(List.of(samenwerkingId)).stream().findFirst();
    }

    /** The recorded answers of these samenwerkingen (absent where none were given), in one query. */
    List<VormAntwoorden> antwoorden(Collection<Long> samenwerkingIds) {
        if (samenwerkingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT samenwerking_id, personeel, vermogen, heffingen, alleen_bedrijfsvoering, maatwerk,
                               risico, gewijzigd_door, gewijzigd_op, versie
                        FROM vorm_antwoorden WHERE samenwerking_id IN (:ids)""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> {
                    String risico = rs.getString("risico");
                    return new VormAntwoorden(
                            rs.getLong("samenwerking_id"),
                            new Antwoorden(
                                    rs.getObject("personeel", Boolean.class),
                                    rs.getObject("vermogen", Boolean.class),
                                    rs.getObject("heffingen", Boolean.class),
                                    rs.getObject("alleen_bedrijfsvoering", Boolean.class),
                                    rs.getObject("maatwerk", Boolean.class),
                                    risico == null ? null : Risico.valueOf(risico)),
                            rs.getString("gewijzigd_door"),
                            rs.getTimestamp("gewijzigd_op").toInstant(),
                            rs.getLong("versie"));
                })
                .list();
    }

    void bewaar(long samenwerkingId, Antwoorden a, String door, Instant op, long versie) {
        String set = """
                personeel = :personeel, vermogen = :vermogen, heffingen = :heffingen,
                alleen_bedrijfsvoering = :alleen, maatwerk = :maatwerk, risico = :risico,
                gewijzigd_door = :door, gewijzigd_op = :op, versie = :versie""";
        int bijgewerkt = antwoordParams(
                        jdbc.sql("UPDATE vorm_antwoorden SET " + set + " WHERE samenwerking_id = :sw"),
                        samenwerkingId,
                        a,
                        door,
                        op,
                        versie)
                .update();
        if (bijgewerkt == 0) {
            antwoordParams(jdbc.sql("""
                                    INSERT INTO vorm_antwoorden (samenwerking_id, personeel, vermogen, heffingen,
                                        alleen_bedrijfsvoering, maatwerk, risico, gewijzigd_door, gewijzigd_op, versie)
                                    VALUES (:sw, :personeel, :vermogen, :heffingen, :alleen, :maatwerk, :risico, :door,
                                        :op, :versie)"""), samenwerkingId, a, door, op, versie).update();
        }
    }

    private static JdbcClient.StatementSpec antwoordParams(
            JdbcClient.StatementSpec spec, long samenwerkingId, Antwoorden a, String door, Instant op, long versie) {
        Risico risico = a.risico();
        return spec.param("sw", samenwerkingId)
                .param("personeel", a.personeel())
                .param("vermogen", a.vermogen())
                .param("heffingen", a.heffingen())
                .param("alleen", a.alleenBedrijfsvoering())
                .param("maatwerk", a.maatwerk())
                .param("risico", risico == null ? null : risico.name())
                .param("door", door)
                .param("op", op.atOffset(ZoneOffset.UTC))
                .param("versie", versie);
    }
}
