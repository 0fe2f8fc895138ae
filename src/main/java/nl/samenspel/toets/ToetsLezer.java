package nl.samenspel.toets;

import org.springframework.jdbc.core.RowCallbackHandler;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.verkenning.Behoefte;
import nl.samenspel.verkenning.Partij;
import nl.samenspel.verkenning.Sterkte;
import nl.samenspel.verkenning.Taak;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read model of the check (ADR 0008): reads the tables of the samenwerking, verkenning and stappen modules
 * directly, in bulk: one query per table for a whole batch of samenwerkingen, grouped in memory, so evaluating
 * N samenwerkingen costs a fixed number of queries. Read-only; every write goes through the owning module.
 * Position texts are never selected, only whether they are filled in.
 *
 * <p>Every samenwerking is read once and given in two views (ADR 0010): {@link Weergave#VOLLEDIG} with every position
 * and answer, and {@link Weergave#GEDEELD} with only the shared positions and the answers in them, as if the
 * unshared ones did not exist (exactly what a reader who may not read them can know).
 */
@Component
class ToetsLezer {

    /** Keeps IN lists well below every database's parameter limit. */
    static final int BATCH = 1000;

    private final JdbcClient jdbc;

    ToetsLezer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the samenwerking rows until the transaction ends, in id order (so two evaluations never wait on each
     * other crosswise): the same row lock every writer takes, so evaluations of one samenwerking take turns.
     */
    void vergrendel(Collection<Long> alle) {
        List<Long> ids = new ArrayList<>(new java.util.TreeSet<>(alle));
        for (int i = 0; i < ids.size(); i += BATCH) {
            jdbc.sql("SELECT id FROM samenwerking WHERE id IN (:ids) ORDER BY id FOR UPDATE")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + BATCH))).query(Long.class).list();
        }
    }

    List<Long> alleIds() {
        return jdbc.sql("SELECT id FROM samenwerking ORDER BY id").query(Long.class).list();
    }

    /**
     * Both views of one samenwerking.
     *
     * @param gelijk true when every position is shared, so both views hold the same facts
     */
    record Beeld(ToetsFeiten volledig, ToetsFeiten gedeeld, boolean gelijk) {
        ToetsFeiten van(Weergave w) {
            return w == Weergave.VOLLEDIG ? volledig : gedeeld;
        }
    }

    /** The snapshots of these samenwerkingen in both views (ids that do not exist are left out). */
    Map<Long, Beeld> lees(Collection<Long> alle) {
        Map<Long, Beeld> uit = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(new java.util.LinkedHashSet<>(alle));
        for (int i = 0; i < ids.size(); i += BATCH) {
            uit.putAll(leesBatch(ids.subList(i, Math.min(ids.size(), i + BATCH))));
        }
        return uit;
    }

    private static final class Bouw {
        long id;
        Fase fase;
        String regisseur;
        boolean accountBestaat;
        boolean actief;
        String accountGemeente;
        final Set<String> rollen = new HashSet<>();
        final List<Partij> partijen = new ArrayList<>();
        final List<Taak> taken = new ArrayList<>();
        final Map<String, ToetsFeiten.Positie> posities = new HashMap<>();
        final Set<String> gedeeld = new HashSet<>();
        final List<Behoefte> behoeften = new ArrayList<>();
        final List<ToetsFeiten.Spanning> spanningen = new ArrayList<>();
        final List<ToetsFeiten.FaseOvergang> overgangen = new ArrayList<>();
        boolean vormOntgrendeld;
        final List<ToetsFeiten.Uitstel> uitstel = new ArrayList<>();
        final Map<String, Set<String>> besproken = new HashMap<>();
    }

    private Map<Long, Beeld> leesBatch(List<Long> ids) {
        Map<Long, Bouw> bouw = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT s.id, s.fase, s.regisseur, a.id AS account_id, a.actief, a.gemeente_code
                FROM samenwerking s LEFT JOIN account a ON a.gebruikersnaam = s.regisseur
                WHERE s.id IN (:ids) ORDER BY s.id""").param("ids", ids).query((RowCallbackHandler) rs -> {
            Bouw b = new Bouw();
            b.id = rs.getLong("id");
            b.fase = Fase.valueOf(rs.getString("fase"));
            b.regisseur = rs.getString("regisseur");
            rs.getLong("account_id");
            b.accountBestaat = !rs.wasNull();
            b.actief = rs.getBoolean("actief");
            b.accountGemeente = rs.getString("gemeente_code");
            bouw.put(b.id, b);
        });
        if (bouw.isEmpty()) {
            return Map.of();
        }
        jdbc.sql("""
                SELECT s.id, r.rol FROM samenwerking s JOIN account a ON a.gebruikersnaam = s.regisseur
                JOIN account_rol r ON r.account_id = a.id WHERE s.id IN (:ids)""").param("ids", ids)
                .query((RowCallbackHandler) rs -> bouw.get(rs.getLong(1)).rollen.add(rs.getString(2)));
        jdbc.sql("""
                SELECT sg.samenwerking_id, g.code, g.naam FROM samenwerking_gemeente sg
                JOIN gemeente g ON g.code = sg.gemeente_code
                WHERE sg.samenwerking_id IN (:ids) ORDER BY sg.samenwerking_id, sg.volgorde""").param("ids", ids)
                .query((RowCallbackHandler) rs -> bouw.get(rs.getLong(1)).partijen.add(new Partij(rs.getString(2), rs.getString(3))));
        jdbc.sql("SELECT samenwerking_id, id, naam FROM taak WHERE samenwerking_id IN (:ids) ORDER BY samenwerking_id, volgorde, id")
                .param("ids", ids)
                .query((RowCallbackHandler) rs -> bouw.get(rs.getLong(1)).taken.add(new Taak(rs.getLong(2), rs.getString(3))));
        // Only whether the fields are filled in: the text of a position never leaves the database here.
        jdbc.sql("""
                SELECT samenwerking_id, gemeente_code,
                  CASE WHEN wat_willen_wij_niet IS NULL OR LENGTH(TRIM(wat_willen_wij_niet)) = 0 THEN 0 ELSE 1 END AS niet,
                  CASE WHEN maximum_per_jaar IS NULL THEN 0 ELSE 1 END AS maximum,
                  CASE WHEN eigen_ruimte IS NULL OR LENGTH(TRIM(eigen_ruimte)) = 0 THEN 0 ELSE 1 END AS ruimte,
                  gedeeld
                FROM positie WHERE samenwerking_id IN (:ids)""").param("ids", ids).query((RowCallbackHandler) rs -> {
            String code = rs.getString(2);
            Bouw b = bouw.get(rs.getLong(1));
            b.posities.put(code, new ToetsFeiten.Positie(code, rs.getInt(3) == 1, rs.getInt(4) == 1, rs.getInt(5) == 1));
            if (rs.getBoolean(6)) {
                b.gedeeld.add(code);
            }
        });
        jdbc.sql("SELECT samenwerking_id, taak_id, van_gemeente, naar_gemeente, sterkte FROM behoefte WHERE samenwerking_id IN (:ids)")
                .param("ids", ids).query((RowCallbackHandler) rs -> bouw.get(rs.getLong(1)).behoeften.add(
                        new Behoefte(rs.getLong(2), rs.getString(3), rs.getString(4), Sterkte.valueOf(rs.getString(5)))));
        Map<Long, Set<String>> spanningPartijen = new HashMap<>();
        jdbc.sql("""
                SELECT sp.spanning_id, sp.gemeente_code FROM spanning_partij sp JOIN spanning s ON s.id = sp.spanning_id
                WHERE s.samenwerking_id IN (:ids)""").param("ids", ids).query((RowCallbackHandler) rs ->
                spanningPartijen.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2)));
        jdbc.sql("""
                SELECT samenwerking_id, id, soort, status,
                  CASE WHEN backoffice_frontoffice IS NULL OR LENGTH(TRIM(backoffice_frontoffice)) = 0 THEN 0 ELSE 1 END AS bf
                FROM spanning WHERE samenwerking_id IN (:ids) ORDER BY samenwerking_id, id""").param("ids", ids)
                .query((RowCallbackHandler) rs -> bouw.get(rs.getLong(1)).spanningen.add(new ToetsFeiten.Spanning(rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getInt(5) == 1,
                        spanningPartijen.getOrDefault(rs.getLong(2), Set.of()))));
        jdbc.sql("""
                SELECT samenwerking_id, id, van_fase, naar_fase, override, deels_besproken, op
                FROM samenwerking_fase_overgang WHERE samenwerking_id IN (:ids) ORDER BY samenwerking_id, op, id""").param("ids", ids)
                .query((RowCallbackHandler) rs -> bouw.get(rs.getLong(1)).overgangen.add(new ToetsFeiten.FaseOvergang(
                        rs.getLong(2), Fase.valueOf(rs.getString(3)), Fase.valueOf(rs.getString(4)), rs.getBoolean(5),
                        lijst(rs.getString(6)), rs.getObject(7, OffsetDateTime.class).toInstant())));
        jdbc.sql("SELECT samenwerking_id FROM vorm_ontgrendeling WHERE samenwerking_id IN (:ids)").param("ids", ids)
                .query((RowCallbackHandler) rs -> bouw.get(rs.getLong(1)).vormOntgrendeld = true);
        jdbc.sql("SELECT samenwerking_id, onderwerp, soort FROM besluit_uitstel WHERE samenwerking_id IN (:ids)")
                .param("ids", ids).query((RowCallbackHandler) rs -> bouw.get(rs.getLong(1)).uitstel
                        .add(new ToetsFeiten.Uitstel(rs.getString(2), rs.getString(3))));
        jdbc.sql("SELECT samenwerking_id, stap, gemeente_code FROM stap_besproken WHERE samenwerking_id IN (:ids)")
                .param("ids", ids).query((RowCallbackHandler) rs -> bouw.get(rs.getLong(1)).besproken
                        .computeIfAbsent(rs.getString(2), k -> new HashSet<>()).add(rs.getString(3)));

        Map<Long, Beeld> uit = new LinkedHashMap<>();
        for (Bouw b : bouw.values()) {
            uit.put(b.id, beeld(b));
        }
        return uit;
    }

    private static Beeld beeld(Bouw b) {
        // The analysis rejects answers about parties or tasks it does not know (a party that left, say).
        Set<String> codes = new HashSet<>();
        b.partijen.forEach(p -> codes.add(p.code()));
        Set<Long> taken = new HashSet<>();
        b.taken.forEach(t -> taken.add(t.id()));
        List<Behoefte> behoeften = b.behoeften.stream()
                .filter(x -> codes.contains(x.van()) && codes.contains(x.naar()) && taken.contains(x.taakId()))
                .toList();
        Map<String, ToetsFeiten.Positie> posities = new HashMap<>(b.posities);
        posities.keySet().retainAll(codes);
        ToetsFeiten volledig = feiten(b, posities, behoeften);
        if (b.gedeeld.containsAll(posities.keySet())) {
            return new Beeld(volledig, volledig, true);
        }
        // An unshared position and the answers in it do not exist for this view: a missing answer, never NIET.
        Map<String, ToetsFeiten.Positie> gedeeldePosities = new HashMap<>(posities);
        gedeeldePosities.keySet().retainAll(b.gedeeld);
        List<Behoefte> gedeeldeBehoeften = behoeften.stream().filter(x -> b.gedeeld.contains(x.van())).toList();
        return new Beeld(volledig, feiten(b, gedeeldePosities, gedeeldeBehoeften), false);
    }

    private static ToetsFeiten feiten(Bouw b, Map<String, ToetsFeiten.Positie> posities, List<Behoefte> behoeften) {
        return new ToetsFeiten(b.id, b.fase, b.partijen,
                new ToetsFeiten.Regisseur(b.regisseur, b.accountBestaat, b.accountBestaat && b.actief, b.rollen,
                        b.accountGemeente),
                b.taken, posities, behoeften, b.spanningen, b.overgangen, b.vormOntgrendeld, b.uitstel, b.besproken);
    }

    private static List<String> lijst(String kommaGescheiden) {
        if (kommaGescheiden == null || kommaGescheiden.isBlank()) {
            return List.of();
        }
        return Arrays.stream(kommaGescheiden.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

}
