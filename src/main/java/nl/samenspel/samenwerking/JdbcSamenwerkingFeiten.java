package nl.samenspel.samenwerking;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link SamenwerkingFeiten} in three queries per batch: the samenwerkingen, their municipalities, their phase changes. */
@Component
class JdbcSamenwerkingFeiten implements SamenwerkingFeiten {

    /** Keeps IN lists well below every database's parameter limit. */
    static final int BATCH = 1000;

    private final JdbcClient jdbc;

    JdbcSamenwerkingFeiten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void vergrendel(Collection<Long> alle) {
        List<Long> ids = new ArrayList<>(new TreeSet<>(alle));
        for (int i = 0; i < ids.size(); i += BATCH) {
            jdbc.sql("SELECT id FROM samenwerking WHERE id IN (:ids) ORDER BY id FOR UPDATE")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + BATCH)))
                    .query(Long.class)
                    .list();
        }
    }

    @Override
    public List<Long> alleIds() {
        return jdbc.sql("SELECT id FROM samenwerking ORDER BY id")
                .query(Long.class)
                .list();
    }

    @Override
    public List<Long> metGemeente(String gemeenteCode) {
        return jdbc.sql(
                        "SELECT samenwerking_id FROM samenwerking_gemeente WHERE gemeente_code = ? ORDER BY samenwerking_id")
                .param(gemeenteCode)
                .query(Long.class)
                .list();
    }

    @Override
    public List<Long> metRegisseur(String gebruikersnaam) {
        return jdbc.sql("SELECT id FROM samenwerking WHERE regisseur = ? ORDER BY id")
                .param(gebruikersnaam)
                .query(Long.class)
                .list();
    }

    private static final class Bouw {
        final long id;
        final Fase fase;
        final String regisseur;
        final List<Deelnemer> deelnemers = new ArrayList<>();
        final List<Overgang> overgangen = new ArrayList<>();
        final List<Deelnemer> vertrokken = new ArrayList<>();

        Bouw(long id, Fase fase, String regisseur) {
            this.id = id;
            this.fase = fase;
            this.regisseur = regisseur;
        }
    }

    @Override
    public List<Stand> lees(Collection<Long> alle) {
        List<Long> ids = new ArrayList<>(new TreeSet<>(alle));
        List<Stand> uit = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            uit.addAll(leesBatch(ids.subList(i, Math.min(ids.size(), i + BATCH))));
        }
        return uit;
    }

    private List<Stand> leesBatch(List<Long> ids) {
        Map<Long, Bouw> bouw = new LinkedHashMap<>();
        jdbc.sql("SELECT id, fase, regisseur FROM samenwerking WHERE id IN (:ids) ORDER BY id")
                .param("ids", ids)
                .query((RowCallbackHandler) rs -> bouw.put(
                        rs.getLong(1), new Bouw(rs.getLong(1), Fase.valueOf(rs.getString(2)), rs.getString(3))));
        if (bouw.isEmpty()) {
            return List.of();
        }
        jdbc.sql("""
                SELECT sg.samenwerking_id, g.code, g.naam FROM samenwerking_gemeente sg
                JOIN gemeente g ON g.code = sg.gemeente_code
                WHERE sg.samenwerking_id IN (:ids) ORDER BY sg.samenwerking_id, sg.volgorde""").param("ids", ids).query((RowCallbackHandler) rs -> Objects.requireNonNull(bouw.get(rs.getLong(1)))
                .deelnemers
                .add(new Deelnemer(rs.getString(2), rs.getString(3))));
        jdbc.sql("""
                SELECT sv.samenwerking_id, g.code, g.naam FROM samenwerking_vertrokken sv
                JOIN gemeente g ON g.code = sv.gemeente_code
                WHERE sv.samenwerking_id IN (:ids) ORDER BY sv.samenwerking_id, sv.volgorde""").param("ids", ids).query((RowCallbackHandler) rs -> Objects.requireNonNull(bouw.get(rs.getLong(1)))
                .vertrokken
                .add(new Deelnemer(rs.getString(2), rs.getString(3))));
        // The one place where another module reads the phase history: adapt this string when the table moves.
        jdbc.sql("""
                SELECT samenwerking_id, id, van_fase, naar_fase, override, deels_besproken, op, datum
                FROM samenwerking_fase_overgang WHERE samenwerking_id IN (:ids) ORDER BY samenwerking_id, op, id""").param("ids", ids).query((RowCallbackHandler) rs -> Objects.requireNonNull(bouw.get(rs.getLong(1)))
                .overgangen
                .add(new Overgang(
                        rs.getLong(2),
                        Fase.valueOf(rs.getString(3)),
                        Fase.valueOf(rs.getString(4)),
                        rs.getBoolean(5),
                        lijst(rs.getString(6)),
                        rs.getObject(7, OffsetDateTime.class).toInstant(),
                        rs.getObject(8, java.time.LocalDate.class))));
        return bouw.values().stream()
                .map(b -> new Stand(b.id, b.fase, b.regisseur, b.deelnemers, b.overgangen, b.vertrokken))
                .toList();
    }

    private static List<String> lijst(String kommaGescheiden) {
        if (kommaGescheiden == null || kommaGescheiden.isBlank()) {
            return List.of();
        }
        return Arrays.stream(kommaGescheiden.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
