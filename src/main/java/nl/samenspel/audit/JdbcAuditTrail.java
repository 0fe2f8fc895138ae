package nl.samenspel.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import nl.samenspel.security.HuidigeGebruiker;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Insert and select only: the table is append-only by construction of this class. */
@Repository
class JdbcAuditTrail implements AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcAuditTrail.class);
    private static final TypeReference<List<Wijziging>> WIJZIGINGEN = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcAuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void legVast(
            Actie actie,
            String entiteitType,
            Object entiteitId,
            @Nullable Long samenwerkingId,
            Map<String, ?> voor,
            Map<String, ?> na) {
        schrijf(actie, entiteitType, entiteitId, samenwerkingId, null, voor, na);
    }

    @Override
    public void legVastVertrouwelijk(
            Actie actie,
            String entiteitType,
            Object entiteitId,
            @Nullable Long samenwerkingId,
            String gemeenteCode,
            Map<String, ?> voor,
            Map<String, ?> na) {
        schrijf(actie, entiteitType, entiteitId, samenwerkingId, Objects.requireNonNull(gemeenteCode), voor, na);
    }

    private void schrijf(
            Actie actie,
            String entiteitType,
            Object entiteitId,
            @Nullable Long samenwerkingId,
            @Nullable String vertrouwelijkVoor,
            Map<String, ?> voor,
            Map<String, ?> na) {
        List<Wijziging> wijzigingen = verschil(voor, na);
        if (actie == Actie.GEWIJZIGD && wijzigingen.isEmpty()) {
            return;
        }
        String gebruiker = HuidigeGebruiker.naamVoorHistorie();
        jdbc.sql("""
                INSERT INTO audit_event (tijdstip, gebruiker, actie, entiteit_type, entiteit_id, samenwerking_id,
                                         vertrouwelijk_voor, wijzigingen)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                // A list: JdbcClient.params(Object...) does not declare that it takes nulls (SQL NULL).
                .params(Arrays.asList(
                        OffsetDateTime.now(ZoneOffset.UTC),
                        gebruiker,
                        actie.name(),
                        entiteitType,
                        String.valueOf(entiteitId),
                        samenwerkingId,
                        vertrouwelijkVoor,
                        json.writeValueAsString(wijzigingen)))
                .update();
        LOG.info(
                "event=wijziging actie={} entiteit={} id={} gebruiker={} velden={}",
                actie,
                entiteitType,
                entiteitId,
                gebruiker,
                wijzigingen.stream().map(Wijziging::veld).toList());
    }

    static List<Wijziging> verschil(@Nullable Map<String, ?> voor, @Nullable Map<String, ?> na) {
        Map<String, ?> oud = voor == null ? Map.of() : voor;
        Map<String, ?> nieuw = na == null ? Map.of() : na;
        TreeSet<String> velden = new TreeSet<>(oud.keySet());
        velden.addAll(nieuw.keySet());
        List<Wijziging> wijzigingen = new ArrayList<>();
        for (String veld : velden) {
            String a = tekst(oud.get(veld));
            String b = tekst(nieuw.get(veld));
            if (!Objects.equals(a, b)) {
                wijzigingen.add(new Wijziging(veld, a, b));
            }
        }
        return wijzigingen;
    }

    private static @Nullable String tekst(@Nullable Object waarde) {
        return waarde == null ? null : String.valueOf(waarde);
    }

    @Override
    public List<AuditEvent> voorSamenwerking(long samenwerkingId) {
        return jdbc.sql("SELECT * FROM audit_event WHERE samenwerking_id = ? ORDER BY tijdstip DESC, id DESC")
                .param(samenwerkingId)
                .query(this::event)
                .list();
    }

    @Override
    public List<AuditEvent> voorEntiteit(String entiteitType, Object entiteitId) {
        return jdbc.sql(
                        "SELECT * FROM audit_event WHERE entiteit_type = ? AND entiteit_id = ? ORDER BY tijdstip DESC, id DESC")
                .params(entiteitType, String.valueOf(entiteitId))
                .query(this::event)
                .list();
    }

    private AuditEvent event(ResultSet rs, int rij) throws SQLException {
        return new AuditEvent(
                rs.getLong("id"),
                rs.getTimestamp("tijdstip").toInstant(),
                rs.getString("gebruiker"),
                Actie.valueOf(rs.getString("actie")),
                rs.getString("entiteit_type"),
                rs.getString("entiteit_id"),
                rs.getObject("samenwerking_id", Long.class),
                rs.getString("vertrouwelijk_voor"),
                json.readValue(rs.getString("wijzigingen"), WIJZIGINGEN));
    }
}
