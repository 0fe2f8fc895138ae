package nl.samenspel.overgang;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL on the overgang module's own tables; every read takes many samenwerkingen in one query. */
@Repository
class OvergangRepository {

    private final JdbcClient jdbc;

    OvergangRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- start and transition ----

    /** The recorded start and transition of these samenwerkingen, by id (absent: nothing recorded); one query. */
    Map<Long, Overgangsstand> standen(Collection<Long> samenwerkingIds) {
        Map<Long, Overgangsstand> uit = new LinkedHashMap<>();
        if (samenwerkingIds.isEmpty()) {
            return uit;
        }
        jdbc.sql("""
                        SELECT samenwerking_id, formele_start, transitie_start, transitie_eind, toelichting, versie
                        FROM overgang_stand WHERE samenwerking_id IN (:ids)""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> {
                    LocalDate ts = datum(rs, "transitie_start");
                    LocalDate te = datum(rs, "transitie_eind");
                    return new Overgangsstand(
                            rs.getLong("samenwerking_id"),
                            datum(rs, "formele_start"),
                            ts == null || te == null ? null : new Transitie(ts, te),
                            rs.getString("toelichting"),
                            rs.getLong("versie"));
                })
                .list()
                .forEach(s -> uit.put(s.samenwerkingId(), s));
        return uit;
    }

    Optional<Overgangsstand> stand(long samenwerkingId) {
        return Optional.ofNullable(standen(List.of(samenwerkingId)).get(samenwerkingId));
    }

    void maakStand(
            long samenwerkingId,
            @Nullable LocalDate start,
            @Nullable Transitie transitie,
            @Nullable String toelichting) {
        jdbc.sql("""
                        INSERT INTO overgang_stand (samenwerking_id, formele_start, transitie_start, transitie_eind,
                            toelichting, versie)
                        VALUES (:sw, :start, :ts, :te, :toelichting, 1)""")
                .param("sw", samenwerkingId)
                .param("start", start)
                .param("ts", transitie == null ? null : transitie.start())
                .param("te", transitie == null ? null : transitie.eind())
                .param("toelichting", toelichting)
                .update();
    }

    boolean wijzigStand(
            long samenwerkingId,
            long versie,
            @Nullable LocalDate start,
            @Nullable Transitie transitie,
            @Nullable String toelichting) {
        return jdbc.sql("""
                                UPDATE overgang_stand SET formele_start = :start, transitie_start = :ts,
                                    transitie_eind = :te, toelichting = :toelichting, versie = versie + 1
                                WHERE samenwerking_id = :sw AND versie = :versie""")
                        .param("sw", samenwerkingId)
                        .param("versie", versie)
                        .param("start", start)
                        .param("ts", transitie == null ? null : transitie.start())
                        .param("te", transitie == null ? null : transitie.eind())
                        .param("toelichting", toelichting)
                        .update()
                == 1;
    }

    // ---- measures ----

    /** The measures of these samenwerkingen, by id (absent: none), in the order they were made; one query. */
    Map<Long, List<Maatregel>> maatregelen(Collection<Long> samenwerkingIds) {
        Map<Long, List<Maatregel>> uit = new LinkedHashMap<>();
        if (samenwerkingIds.isEmpty()) {
            return uit;
        }
        jdbc.sql("""
                        SELECT id, samenwerking_id, soort, omschrijving, jaar, bedrag, versie
                        FROM overgang_maatregel WHERE samenwerking_id IN (:ids) ORDER BY id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> new Maatregel(
                        rs.getLong("id"),
                        rs.getLong("samenwerking_id"),
                        MaatregelSoort.valueOf(rs.getString("soort")),
                        rs.getString("omschrijving"),
                        geheel(rs, "jaar"),
                        bedrag(rs.getBigDecimal("bedrag")),
                        rs.getLong("versie")))
                .list()
                .forEach(m -> uit.computeIfAbsent(m.samenwerkingId(), k -> new ArrayList<>())
                        .add(m));
        return uit;
    }

    List<Maatregel> maatregelen(long samenwerkingId) {
        return maatregelen(List.of(samenwerkingId)).getOrDefault(samenwerkingId, List.of());
    }

    long maakMaatregel(
            long samenwerkingId,
            MaatregelSoort soort,
            String omschrijving,
            @Nullable Integer jaar,
            @Nullable BigDecimal bedrag) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO overgang_maatregel (samenwerking_id, soort, omschrijving, jaar, bedrag, versie)
                        VALUES (:sw, :soort, :omschrijving, :jaar, :bedrag, 1)""")
                .param("sw", samenwerkingId)
                .param("soort", soort.name())
                .param("omschrijving", omschrijving)
                .param("jaar", jaar)
                .param("bedrag", bedrag)
                .update(sleutel, "id");
        return id(sleutel);
    }

    boolean wijzigMaatregel(
            long id,
            long versie,
            MaatregelSoort soort,
            String omschrijving,
            @Nullable Integer jaar,
            @Nullable BigDecimal bedrag) {
        return jdbc.sql("""
                                UPDATE overgang_maatregel SET soort = :soort, omschrijving = :omschrijving,
                                    jaar = :jaar, bedrag = :bedrag, versie = versie + 1
                                WHERE id = :id AND versie = :versie""")
                        .param("id", id)
                        .param("versie", versie)
                        .param("soort", soort.name())
                        .param("omschrijving", omschrijving)
                        .param("jaar", jaar)
                        .param("bedrag", bedrag)
                        .update()
                == 1;
    }

    // ---- overdrachtsinventaris ----

    /** The inventory items of these samenwerkingen, by id (absent: none), in the order they were made; one query. */
    Map<Long, List<Overdracht>> inventaris(Collection<Long> samenwerkingIds) {
        Map<Long, List<Overdracht>> uit = new LinkedHashMap<>();
        if (samenwerkingIds.isEmpty()) {
            return uit;
        }
        jdbc.sql("""
                        SELECT id, samenwerking_id, soort, naam, omschrijving, gemeente_code, ontdekt_na_start, versie
                        FROM overgang_overdracht WHERE samenwerking_id IN (:ids) ORDER BY id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> new Overdracht(
                        rs.getLong("id"),
                        rs.getLong("samenwerking_id"),
                        OverdrachtSoort.valueOf(rs.getString("soort")),
                        rs.getString("naam"),
                        rs.getString("omschrijving"),
                        rs.getString("gemeente_code"),
                        rs.getBoolean("ontdekt_na_start"),
                        rs.getLong("versie")))
                .list()
                .forEach(o -> uit.computeIfAbsent(o.samenwerkingId(), k -> new ArrayList<>())
                        .add(o));
        return uit;
    }

    List<Overdracht> inventaris(long samenwerkingId) {
        return inventaris(List.of(samenwerkingId)).getOrDefault(samenwerkingId, List.of());
    }

    long maakOverdracht(long samenwerkingId, GecontroleerdeOverdracht o) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO overgang_overdracht (samenwerking_id, soort, naam, omschrijving, gemeente_code,
                            ontdekt_na_start, versie)
                        VALUES (:sw, :soort, :naam, :omschrijving, :gemeente, :ontdekt, 1)""")
                .param("sw", samenwerkingId)
                .param("soort", o.soort().name())
                .param("naam", o.naam())
                .param("omschrijving", o.omschrijving())
                .param("gemeente", o.gemeenteCode())
                .param("ontdekt", o.ontdektNaStart())
                .update(sleutel, "id");
        return id(sleutel);
    }

    boolean wijzigOverdracht(long id, long versie, GecontroleerdeOverdracht o) {
        return jdbc.sql("""
                                UPDATE overgang_overdracht SET soort = :soort, naam = :naam,
                                    omschrijving = :omschrijving, gemeente_code = :gemeente,
                                    ontdekt_na_start = :ontdekt, versie = versie + 1
                                WHERE id = :id AND versie = :versie""")
                        .param("id", id)
                        .param("versie", versie)
                        .param("soort", o.soort().name())
                        .param("naam", o.naam())
                        .param("omschrijving", o.omschrijving())
                        .param("gemeente", o.gemeenteCode())
                        .param("ontdekt", o.ontdektNaStart())
                        .update()
                == 1;
    }

    // ---- expectations ----

    /** The expectations of these samenwerkingen, by id (absent: none), in the order they were made; one query. */
    Map<Long, List<Verwachting>> verwachtingen(Collection<Long> samenwerkingIds) {
        Map<Long, List<Verwachting>> uit = new LinkedHashMap<>();
        if (samenwerkingIds.isEmpty()) {
            return uit;
        }
        jdbc.sql("""
                        SELECT id, samenwerking_id, groep, verwachting, communicatie, volgende_toets, versie
                        FROM overgang_verwachting WHERE samenwerking_id IN (:ids) ORDER BY id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> new Verwachting(
                        rs.getLong("id"),
                        rs.getLong("samenwerking_id"),
                        Belanghebbende.valueOf(rs.getString("groep")),
                        rs.getString("verwachting"),
                        rs.getString("communicatie"),
                        datum(rs, "volgende_toets"),
                        rs.getLong("versie")))
                .list()
                .forEach(v -> uit.computeIfAbsent(v.samenwerkingId(), k -> new ArrayList<>())
                        .add(v));
        return uit;
    }

    List<Verwachting> verwachtingen(long samenwerkingId) {
        return verwachtingen(List.of(samenwerkingId)).getOrDefault(samenwerkingId, List.of());
    }

    long maakVerwachting(long samenwerkingId, GecontroleerdeVerwachting v) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO overgang_verwachting (samenwerking_id, groep, verwachting, communicatie,
                            volgende_toets, versie)
                        VALUES (:sw, :groep, :verwachting, :communicatie, :toets, 1)""")
                .param("sw", samenwerkingId)
                .param("groep", v.groep().name())
                .param("verwachting", v.verwachting())
                .param("communicatie", v.communicatie())
                .param("toets", v.volgendeToets())
                .update(sleutel, "id");
        return id(sleutel);
    }

    boolean wijzigVerwachting(long id, long versie, GecontroleerdeVerwachting v) {
        return jdbc.sql("""
                                UPDATE overgang_verwachting SET groep = :groep, verwachting = :verwachting,
                                    communicatie = :communicatie, volgende_toets = :toets, versie = versie + 1
                                WHERE id = :id AND versie = :versie""")
                        .param("id", id)
                        .param("versie", versie)
                        .param("groep", v.groep().name())
                        .param("verwachting", v.verwachting())
                        .param("communicatie", v.communicatie())
                        .param("toets", v.volgendeToets())
                        .update()
                == 1;
    }

    // ---- deleting ----

    /** Deletes one row of {@code tabel} (one of this module's item tables) if its version is still {@code versie}. */
    boolean verwijder(Tabel tabel, long id, long versie) {
        return jdbc.sql("DELETE FROM " + tabel.naam + " WHERE id = :id AND versie = :versie")
                        .param("id", id)
                        .param("versie", versie)
                        .update()
                == 1;
    }

    void verwijderAlles(long samenwerkingId) {
        for (String tabel :
                List.of("overgang_stand", "overgang_maatregel", "overgang_overdracht", "overgang_verwachting")) {
            jdbc.sql("DELETE FROM " + tabel + " WHERE samenwerking_id = :sw")
                    .param("sw", samenwerkingId)
                    .update();
        }
    }

    /** The item tables, so a table name in SQL is never typed in by anyone. */
    enum Tabel {
        MAATREGEL("overgang_maatregel"),
        OVERDRACHT("overgang_overdracht"),
        VERWACHTING("overgang_verwachting");

        final String naam;

        Tabel(String naam) {
            this.naam = naam;
        }
    }

    private static @Nullable LocalDate datum(ResultSet rs, String kolom) throws SQLException {
        return rs.getObject(kolom, LocalDate.class);
    }

    private static @Nullable Integer geheel(ResultSet rs, String kolom) throws SQLException {
        int n = rs.getInt(kolom);
        return rs.wasNull() ? null : n;
    }

    private static @Nullable BigDecimal bedrag(@Nullable BigDecimal b) {
        return b == null ? null : b.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static long id(KeyHolder sleutel) {
        Number n = sleutel.getKey();
        if (n == null) {
            throw new IllegalStateException("no generated key");
        }
        return n.longValue();
    }

    /** An inventory item's checked values, ready to store. */
    record GecontroleerdeOverdracht(
            OverdrachtSoort soort,
            String naam,
            @Nullable String omschrijving,
            @Nullable String gemeenteCode,
            boolean ontdektNaStart) {}

    /** An expectation's checked values, ready to store. */
    record GecontroleerdeVerwachting(
            Belanghebbende groep,
            String verwachting,
            @Nullable String communicatie,
            @Nullable LocalDate volgendeToets) {}
}
