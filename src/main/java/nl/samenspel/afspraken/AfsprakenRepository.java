package nl.samenspel.afspraken;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
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

/** SQL on the agreements module's own tables; every read for many samenwerkingen is a fixed number of queries. */
@Repository
class AfsprakenRepository {

    private final JdbcClient jdbc;

    AfsprakenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- catalogue ----

    /** The services with variants and wishes of each samenwerking, by id; three queries. */
    Map<Long, List<Dienst>> diensten(Collection<Long> samenwerkingIds) {
        Map<Long, List<Dienst>> uit = new LinkedHashMap<>();
        if (samenwerkingIds.isEmpty()) {
            return uit;
        }
        Map<Long, List<Dienst.Variant>> varianten = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT id, dienst_id, naam, omschrijving, gemeenten, versie FROM afspraken_variant
                        WHERE samenwerking_id IN (:ids) ORDER BY id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> new Dienst.Variant(
                        rs.getLong("id"),
                        rs.getLong("dienst_id"),
                        rs.getString("naam"),
                        rs.getString("omschrijving"),
                        lijst(rs.getString("gemeenten"), ","),
                        rs.getLong("versie")))
                .list()
                .forEach(v -> varianten
                        .computeIfAbsent(v.dienstId(), k -> new ArrayList<>())
                        .add(v));
        Map<Long, List<Dienst.Wens>> wensen = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT id, dienst_id, gemeente_code, tekst, versie FROM afspraken_wens
                        WHERE samenwerking_id IN (:ids) ORDER BY id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> new Dienst.Wens(
                        rs.getLong("id"),
                        rs.getLong("dienst_id"),
                        rs.getString("gemeente_code"),
                        rs.getString("tekst"),
                        rs.getLong("versie")))
                .list()
                .forEach(w -> wensen.computeIfAbsent(w.dienstId(), k -> new ArrayList<>())
                        .add(w));
        jdbc.sql("""
                        SELECT id, samenwerking_id, naam, backoffice, volgorde, versie FROM afspraken_dienst
                        WHERE samenwerking_id IN (:ids) ORDER BY volgorde, id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> {
                    long id = rs.getLong("id");
                    return new Dienst(
                            id,
                            rs.getLong("samenwerking_id"),
                            rs.getString("naam"),
                            rs.getString("backoffice"),
                            rs.getInt("volgorde"),
                            rs.getLong("versie"),
                            varianten.getOrDefault(id, List.of()),
                            wensen.getOrDefault(id, List.of()));
                })
                .list()
                .forEach(d -> uit.computeIfAbsent(d.samenwerkingId(), k -> new ArrayList<>())
                        .add(d));
        return uit;
    }

    List<Dienst> diensten(long samenwerkingId) {
        return diensten(List.of(samenwerkingId)).getOrDefault(samenwerkingId, List.of());
    }

    Optional<Dienst> dienst(long samenwerkingId, long dienstId) {
        return diensten(samenwerkingId).stream().filter(d -> d.id() == dienstId).findFirst();
    }

    int volgendeVolgorde(long samenwerkingId) {
        Integer max = jdbc.sql("SELECT MAX(volgorde) FROM afspraken_dienst WHERE samenwerking_id = :sw")
                .param("sw", samenwerkingId)
                .query(Integer.class)
                .optional()
                .orElse(null);
        return max == null ? 1 : max + 1;
    }

    long maakDienst(long samenwerkingId, String naam, String backoffice, int volgorde) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO afspraken_dienst (samenwerking_id, naam, backoffice, volgorde, versie)
                        VALUES (:sw, :naam, :backoffice, :volgorde, 1)""")
                .param("sw", samenwerkingId)
                .param("naam", naam)
                .param("backoffice", backoffice)
                .param("volgorde", volgorde)
                .update(sleutel, "id");
        return id(sleutel);
    }

    boolean wijzigDienst(long id, long versie, String naam, String backoffice, int volgorde) {
        return jdbc.sql("""
                                UPDATE afspraken_dienst SET naam = :naam, backoffice = :backoffice,
                                    volgorde = :volgorde, versie = versie + 1
                                WHERE id = :id AND versie = :versie""")
                        .param("id", id)
                        .param("versie", versie)
                        .param("naam", naam)
                        .param("backoffice", backoffice)
                        .param("volgorde", volgorde)
                        .update()
                == 1;
    }

    boolean verwijderDienst(long id, long versie) {
        return jdbc.sql("DELETE FROM afspraken_dienst WHERE id = :id AND versie = :versie")
                        .param("id", id)
                        .param("versie", versie)
                        .update()
                == 1;
    }

    /** Whether a line of any DVO uses the service (or, with {@code variant}, the variant). */
    boolean inGebruik(String kolom, long id) {
        String sql = "variant_id".equals(kolom)
                ? "SELECT COUNT(*) FROM afspraken_regel WHERE variant_id = :id"
                : "SELECT COUNT(*) FROM afspraken_regel WHERE dienst_id = :id";
        return jdbc.sql(sql).param("id", id).query(Long.class).single() > 0;
    }

    long maakVariant(long dienstId, long samenwerkingId, String naam, String omschrijving, List<String> gemeenten) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO afspraken_variant (dienst_id, samenwerking_id, naam, omschrijving, gemeenten, versie)
                        VALUES (:dienst, :sw, :naam, :omschrijving, :gemeenten, 1)""")
                .param("dienst", dienstId)
                .param("sw", samenwerkingId)
                .param("naam", naam)
                .param("omschrijving", omschrijving)
                .param("gemeenten", String.join(",", gemeenten))
                .update(sleutel, "id");
        return id(sleutel);
    }

    boolean wijzigVariant(long id, long versie, String naam, String omschrijving, List<String> gemeenten) {
        return jdbc.sql("""
                                UPDATE afspraken_variant SET naam = :naam, omschrijving = :omschrijving,
                                    gemeenten = :gemeenten, versie = versie + 1
                                WHERE id = :id AND versie = :versie""")
                        .param("id", id)
                        .param("versie", versie)
                        .param("naam", naam)
                        .param("omschrijving", omschrijving)
                        .param("gemeenten", String.join(",", gemeenten))
                        .update()
                == 1;
    }

    boolean verwijderVariant(long id, long versie) {
        return jdbc.sql("DELETE FROM afspraken_variant WHERE id = :id AND versie = :versie")
                        .param("id", id)
                        .param("versie", versie)
                        .update()
                == 1;
    }

    long maakWens(long dienstId, long samenwerkingId, String gemeente, String tekst) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO afspraken_wens (dienst_id, samenwerking_id, gemeente_code, tekst, versie)
                        VALUES (:dienst, :sw, :gemeente, :tekst, 1)""")
                .param("dienst", dienstId)
                .param("sw", samenwerkingId)
                .param("gemeente", gemeente)
                .param("tekst", tekst)
                .update(sleutel, "id");
        return id(sleutel);
    }

    boolean wijzigWens(long id, long versie, String tekst) {
        return jdbc.sql(
                                "UPDATE afspraken_wens SET tekst = :tekst, versie = versie + 1 WHERE id = :id AND versie = :versie")
                        .param("id", id)
                        .param("versie", versie)
                        .param("tekst", tekst)
                        .update()
                == 1;
    }

    boolean verwijderWens(long id, long versie) {
        return jdbc.sql("DELETE FROM afspraken_wens WHERE id = :id AND versie = :versie")
                        .param("id", id)
                        .param("versie", versie)
                        .update()
                == 1;
    }

    // ---- settings ----

    /** The indicator cap and its lock version of each samenwerking that set one; one query. */
    Map<Long, Instelling> instellingen(Collection<Long> samenwerkingIds) {
        Map<Long, Instelling> uit = new LinkedHashMap<>();
        if (samenwerkingIds.isEmpty()) {
            return uit;
        }
        jdbc.sql("SELECT samenwerking_id, indicatorplafond, versie FROM afspraken_instelling"
                        + " WHERE samenwerking_id IN (:ids)")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> new Instelling(
                        rs.getLong("samenwerking_id"), rs.getInt("indicatorplafond"), rs.getLong("versie")))
                .list()
                .forEach(s -> uit.put(s.samenwerkingId(), s));
        return uit;
    }

    Instelling instelling(long samenwerkingId) {
        return instellingen(List.of(samenwerkingId))
                .getOrDefault(
                        samenwerkingId, new Instelling(samenwerkingId, AfsprakenFeiten.STANDAARD_INDICATORPLAFOND, 0));
    }

    /** Stores the cap if the settings' version is still {@code versie} (0: none stored yet). */
    boolean zetPlafond(long samenwerkingId, long versie, int plafond) {
        if (versie == 0) {
            if (instellingen(List.of(samenwerkingId)).containsKey(samenwerkingId)) {
                return false;
            }
            jdbc.sql("INSERT INTO afspraken_instelling (samenwerking_id, indicatorplafond, versie)"
                            + " VALUES (:sw, :plafond, 1)")
                    .param("sw", samenwerkingId)
                    .param("plafond", plafond)
                    .update();
            return true;
        }
        return jdbc.sql("""
                                UPDATE afspraken_instelling SET indicatorplafond = :plafond, versie = versie + 1
                                WHERE samenwerking_id = :sw AND versie = :versie""")
                        .param("sw", samenwerkingId)
                        .param("versie", versie)
                        .param("plafond", plafond)
                        .update()
                == 1;
    }

    /** The module's settings of a samenwerking; version 0 while none were stored. */
    record Instelling(long samenwerkingId, int indicatorplafond, long versie) {}

    // ---- DVOs ----

    /** The DVOs with lines, rek use, review dates and versions of each samenwerking; five queries. */
    Map<Long, List<Dvo>> dvos(Collection<Long> samenwerkingIds) {
        Map<Long, List<Dvo>> uit = new LinkedHashMap<>();
        if (samenwerkingIds.isEmpty()) {
            return uit;
        }
        Map<Long, List<Dvo.Regel>> regels = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT id, dvo_id, dienst_id, variant_id, resultaat, processtappen, indicatoren,
                               indicator_reden, prijs, volume, eenheid, status, versie
                        FROM afspraken_regel WHERE samenwerking_id IN (:ids) ORDER BY id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> new Dvo.Regel(
                        rs.getLong("id"),
                        rs.getLong("dvo_id"),
                        rs.getLong("dienst_id"),
                        langOfNull(rs, "variant_id"),
                        rs.getString("resultaat"),
                        rs.getString("processtappen"),
                        lijst(rs.getString("indicatoren"), "\n"),
                        rs.getString("indicator_reden"),
                        rs.getBigDecimal("prijs"),
                        rs.getBigDecimal("volume"),
                        rs.getString("eenheid"),
                        RegelStatus.valueOf(rs.getString("status")),
                        rs.getLong("versie")))
                .list()
                .forEach(r -> regels.computeIfAbsent(r.dvoId(), k -> new ArrayList<>())
                        .add(r));
        Map<Long, List<Dvo.Rekgebruik>> gebruik = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT id, dvo_id, datum, uren, euro, waarvoor, door FROM afspraken_rekgebruik
                        WHERE samenwerking_id IN (:ids) ORDER BY datum, id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> Map.entry(
                        rs.getLong("dvo_id"),
                        new Dvo.Rekgebruik(
                                rs.getLong("id"),
                                rs.getObject("datum", LocalDate.class),
                                rs.getBigDecimal("uren"),
                                rs.getBigDecimal("euro"),
                                rs.getString("waarvoor"),
                                rs.getString("door"))))
                .list()
                .forEach(e -> gebruik.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        Map<Long, List<Dvo.Herzieningsmoment>> momenten = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT id, dvo_id, datum, onderwerp FROM afspraken_moment
                        WHERE samenwerking_id IN (:ids) ORDER BY datum, id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> Map.entry(
                        rs.getLong("dvo_id"),
                        new Dvo.Herzieningsmoment(
                                rs.getLong("id"), rs.getObject("datum", LocalDate.class), rs.getString("onderwerp"))))
                .list()
                .forEach(e -> momenten.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        Map<Long, List<Dvo.Versie>> versies = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT dvo_id, nummer, reden, aanleiding_soort, aanleiding_id, aanleiding_titel, geopend_door,
                               geopend_op, vastgesteld_door, vastgesteld_op
                        FROM afspraken_versie WHERE samenwerking_id IN (:ids) ORDER BY dvo_id, nummer""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> {
                    String soort = rs.getString("aanleiding_soort");
                    Aanleiding aanleiding = soort == null
                            ? null
                            : new Aanleiding(
                                    Aanleiding.Soort.valueOf(soort),
                                    rs.getLong("aanleiding_id"),
                                    rs.getString("aanleiding_titel"));
                    return Map.entry(
                            rs.getLong("dvo_id"),
                            new Dvo.Versie(
                                    rs.getInt("nummer"),
                                    rs.getString("reden"),
                                    aanleiding,
                                    rs.getString("geopend_door"),
                                    moment(rs, "geopend_op"),
                                    rs.getString("vastgesteld_door"),
                                    rs.getTimestamp("vastgesteld_op") == null ? null : moment(rs, "vastgesteld_op")));
                })
                .list()
                .forEach(e -> versies.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        jdbc.sql("""
                        SELECT id, samenwerking_id, gemeente_code, jaar, staat, versienummer, rek_uren, rek_euro,
                               rek_toelichting, versie
                        FROM afspraken_dvo WHERE samenwerking_id IN (:ids) ORDER BY jaar, gemeente_code, id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> {
                    long id = rs.getLong("id");
                    return new Dvo(
                            id,
                            rs.getLong("samenwerking_id"),
                            rs.getString("gemeente_code"),
                            rs.getInt("jaar"),
                            DvoStaat.valueOf(rs.getString("staat")),
                            rs.getInt("versienummer"),
                            rs.getBigDecimal("rek_uren"),
                            rs.getBigDecimal("rek_euro"),
                            rs.getString("rek_toelichting"),
                            rs.getLong("versie"),
                            regels.getOrDefault(id, List.of()),
                            gebruik.getOrDefault(id, List.of()),
                            momenten.getOrDefault(id, List.of()),
                            versies.getOrDefault(id, List.of()));
                })
                .list()
                .forEach(d -> uit.computeIfAbsent(d.samenwerkingId(), k -> new ArrayList<>())
                        .add(d));
        return uit;
    }

    List<Dvo> dvos(long samenwerkingId) {
        return dvos(List.of(samenwerkingId)).getOrDefault(samenwerkingId, List.of());
    }

    Optional<Dvo> dvo(long samenwerkingId, long dvoId) {
        return dvos(samenwerkingId).stream().filter(d -> d.id() == dvoId).findFirst();
    }

    boolean bestaatDvo(long samenwerkingId, String gemeente, int jaar) {
        return jdbc.sql("SELECT COUNT(*) FROM afspraken_dvo WHERE samenwerking_id = :sw AND gemeente_code = :gm"
                                + " AND jaar = :jaar")
                        .param("sw", samenwerkingId)
                        .param("gm", gemeente)
                        .param("jaar", jaar)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long maakDvo(long samenwerkingId, String gemeente, int jaar) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO afspraken_dvo (samenwerking_id, gemeente_code, jaar, staat, versienummer, versie)
                        VALUES (:sw, :gm, :jaar, 'CONCEPT', 1, 1)""")
                .param("sw", samenwerkingId)
                .param("gm", gemeente)
                .param("jaar", jaar)
                .update(sleutel, "id");
        return id(sleutel);
    }

    boolean zetStaat(long dvoId, long versie, DvoStaat staat, int versienummer) {
        return jdbc.sql("""
                                UPDATE afspraken_dvo SET staat = :staat, versienummer = :nummer, versie = versie + 1
                                WHERE id = :id AND versie = :versie""")
                        .param("id", dvoId)
                        .param("versie", versie)
                        .param("staat", staat.name())
                        .param("nummer", versienummer)
                        .update()
                == 1;
    }

    boolean zetRek(
            long dvoId,
            long versie,
            @Nullable BigDecimal uren,
            @Nullable BigDecimal euro,
            @Nullable String toelichting) {
        return jdbc.sql("""
                                UPDATE afspraken_dvo SET rek_uren = :uren, rek_euro = :euro,
                                    rek_toelichting = :toelichting, versie = versie + 1
                                WHERE id = :id AND versie = :versie""")
                        .param("id", dvoId)
                        .param("versie", versie)
                        .param("uren", uren)
                        .param("euro", euro)
                        .param("toelichting", toelichting)
                        .update()
                == 1;
    }

    void maakVersie(
            long dvoId,
            long samenwerkingId,
            int nummer,
            @Nullable String reden,
            @Nullable Aanleiding aanleiding,
            String door) {
        jdbc.sql("""
                        INSERT INTO afspraken_versie (dvo_id, samenwerking_id, nummer, reden, aanleiding_soort,
                            aanleiding_id, aanleiding_titel, geopend_door, geopend_op)
                        VALUES (:dvo, :sw, :nummer, :reden, :soort, :aid, :titel, :door, :op)""")
                .param("dvo", dvoId)
                .param("sw", samenwerkingId)
                .param("nummer", nummer)
                .param("reden", reden)
                .param("soort", aanleiding == null ? null : aanleiding.soort().name())
                .param("aid", aanleiding == null ? null : aanleiding.id())
                .param("titel", aanleiding == null ? null : aanleiding.titel())
                .param("door", door)
                .param("op", nu())
                .update();
    }

    /** Marks version {@code nummer} agreed and stores its lines as they are now (with the names they have now). */
    void stelVast(long dvoId, long samenwerkingId, int nummer, String door, List<Verschillen.VersieRegel> regels) {
        jdbc.sql("""
                        UPDATE afspraken_versie SET vastgesteld_door = :door, vastgesteld_op = :op
                        WHERE dvo_id = :dvo AND nummer = :nummer""")
                .param("dvo", dvoId)
                .param("nummer", nummer)
                .param("door", door)
                .param("op", nu())
                .update();
        long versieId = jdbc.sql("SELECT id FROM afspraken_versie WHERE dvo_id = :dvo AND nummer = :nummer")
                .param("dvo", dvoId)
                .param("nummer", nummer)
                .query(Long.class)
                .single();
        for (Verschillen.VersieRegel r : regels) {
            jdbc.sql("""
                            INSERT INTO afspraken_versie_regel (versie_id, samenwerking_id, regel_id, dienst_id,
                                dienst_naam, variant_id, variant_naam, resultaat, processtappen, indicatoren,
                                indicator_reden, prijs, volume, eenheid, status)
                            VALUES (:versie, :sw, :regel, :dienst, :dienstNaam, :variant, :variantNaam, :resultaat,
                                :processtappen, :indicatoren, :reden, :prijs, :volume, :eenheid, :status)""")
                    .param("versie", versieId)
                    .param("sw", samenwerkingId)
                    .param("regel", r.regelId())
                    .param("dienst", r.dienstId())
                    .param("dienstNaam", r.dienstNaam())
                    .param("variant", r.variantId())
                    .param("variantNaam", r.variantNaam())
                    .param("resultaat", r.resultaat())
                    .param("processtappen", r.processtappen())
                    .param("indicatoren", String.join("\n", r.indicatoren()))
                    .param("reden", r.indicatorReden())
                    .param("prijs", r.prijs())
                    .param("volume", r.volume())
                    .param("eenheid", r.eenheid())
                    .param("status", r.status().name())
                    .update();
        }
    }

    /**
     * The agreed lines per version of the DVOs of these samenwerkingen, by DVO id then version number (only the
     * versions {@code alleenEerste} when true: version 1); one query.
     */
    Map<Long, Map<Integer, List<Verschillen.VersieRegel>>> versieRegels(
            Collection<Long> samenwerkingIds, boolean alleenEerste) {
        Map<Long, Map<Integer, List<Verschillen.VersieRegel>>> uit = new LinkedHashMap<>();
        if (samenwerkingIds.isEmpty()) {
            return uit;
        }
        jdbc.sql("""
                        SELECT v.dvo_id, v.nummer, r.regel_id, r.dienst_id, r.dienst_naam, r.variant_id,
                               r.variant_naam, r.resultaat, r.processtappen, r.indicatoren, r.indicator_reden,
                               r.prijs, r.volume, r.eenheid, r.status
                        FROM afspraken_versie_regel r JOIN afspraken_versie v ON v.id = r.versie_id
                        WHERE r.samenwerking_id IN (:ids) AND (:alle = 1 OR v.nummer = 1)
                        ORDER BY v.dvo_id, v.nummer, r.id""")
                .param("ids", samenwerkingIds)
                .param("alle", alleenEerste ? 0 : 1)
                .query((rs, i) -> {
                    Verschillen.VersieRegel r = new Verschillen.VersieRegel(
                            rs.getLong("regel_id"),
                            rs.getLong("dienst_id"),
                            rs.getString("dienst_naam"),
                            langOfNull(rs, "variant_id"),
                            rs.getString("variant_naam"),
                            rs.getString("resultaat"),
                            rs.getString("processtappen"),
                            lijst(rs.getString("indicatoren"), "\n"),
                            rs.getString("indicator_reden"),
                            rs.getBigDecimal("prijs"),
                            rs.getBigDecimal("volume"),
                            rs.getString("eenheid"),
                            RegelStatus.valueOf(rs.getString("status")));
                    uit.computeIfAbsent(rs.getLong("dvo_id"), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getInt("nummer"), k -> new ArrayList<>())
                            .add(r);
                    return r;
                })
                .list();
        return uit;
    }

    /**
     * Per DVO of these samenwerkingen, per agreed version in order, the number of indicators its snapshot lines
     * carry (a version agreed without lines counts 0); one query.
     */
    Map<Long, List<Integer>> indicatorenPerVersie(Collection<Long> samenwerkingIds) {
        Map<Long, Map<Integer, Integer>> tellingen = new LinkedHashMap<>();
        if (samenwerkingIds.isEmpty()) {
            return Map.of();
        }
        jdbc.sql("""
                        SELECT v.dvo_id, v.nummer, r.indicatoren
                        FROM afspraken_versie v LEFT JOIN afspraken_versie_regel r ON r.versie_id = v.id
                        WHERE v.samenwerking_id IN (:ids) AND v.vastgesteld_op IS NOT NULL
                        ORDER BY v.dvo_id, v.nummer, r.id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> {
                    int aantal = lijst(rs.getString("indicatoren"), "\n").size();
                    tellingen
                            .computeIfAbsent(rs.getLong("dvo_id"), k -> new LinkedHashMap<>())
                            .merge(rs.getInt("nummer"), aantal, Integer::sum);
                    return aantal;
                })
                .list();
        Map<Long, List<Integer>> uit = new LinkedHashMap<>();
        tellingen.forEach((dvo, perVersie) -> uit.put(dvo, List.copyOf(perVersie.values())));
        return uit;
    }

    long maakRegel(long dvoId, long samenwerkingId, Regelwaarden r) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO afspraken_regel (dvo_id, samenwerking_id, dienst_id, variant_id, resultaat,
                            processtappen, indicatoren, indicator_reden, prijs, volume, eenheid, status, versie)
                        VALUES (:dvo, :sw, :dienst, :variant, :resultaat, :processtappen, :indicatoren, :reden,
                            :prijs, :volume, :eenheid, :status, 1)""")
                .param("dvo", dvoId)
                .param("sw", samenwerkingId)
                .param("dienst", r.dienstId())
                .param("variant", r.variantId())
                .param("resultaat", r.resultaat())
                .param("processtappen", r.processtappen())
                .param("indicatoren", String.join("\n", r.indicatoren()))
                .param("reden", r.indicatorReden())
                .param("prijs", r.prijs())
                .param("volume", r.volume())
                .param("eenheid", r.eenheid())
                .param("status", r.status().name())
                .update(sleutel, "id");
        return id(sleutel);
    }

    boolean wijzigRegel(long regelId, long versie, Regelwaarden r) {
        return jdbc.sql("""
                                UPDATE afspraken_regel SET dienst_id = :dienst, variant_id = :variant,
                                    resultaat = :resultaat, processtappen = :processtappen, indicatoren = :indicatoren,
                                    indicator_reden = :reden, prijs = :prijs, volume = :volume, eenheid = :eenheid,
                                    status = :status, versie = versie + 1
                                WHERE id = :id AND versie = :versie""")
                        .param("id", regelId)
                        .param("versie", versie)
                        .param("dienst", r.dienstId())
                        .param("variant", r.variantId())
                        .param("resultaat", r.resultaat())
                        .param("processtappen", r.processtappen())
                        .param("indicatoren", String.join("\n", r.indicatoren()))
                        .param("reden", r.indicatorReden())
                        .param("prijs", r.prijs())
                        .param("volume", r.volume())
                        .param("eenheid", r.eenheid())
                        .param("status", r.status().name())
                        .update()
                == 1;
    }

    boolean verwijderRegel(long regelId, long versie) {
        return jdbc.sql("DELETE FROM afspraken_regel WHERE id = :id AND versie = :versie")
                        .param("id", regelId)
                        .param("versie", versie)
                        .update()
                == 1;
    }

    /** A line's checked values, ready to store. */
    record Regelwaarden(
            long dienstId,
            @Nullable Long variantId,
            String resultaat,
            @Nullable String processtappen,
            List<String> indicatoren,
            @Nullable String indicatorReden,
            @Nullable BigDecimal prijs,
            @Nullable BigDecimal volume,
            @Nullable String eenheid,
            RegelStatus status) {}

    long maakGebruik(
            long dvoId,
            long samenwerkingId,
            LocalDate datum,
            @Nullable BigDecimal uren,
            @Nullable BigDecimal euro,
            String waarvoor,
            String door) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO afspraken_rekgebruik (dvo_id, samenwerking_id, datum, uren, euro, waarvoor, door)
                        VALUES (:dvo, :sw, :datum, :uren, :euro, :waarvoor, :door)""")
                .param("dvo", dvoId)
                .param("sw", samenwerkingId)
                .param("datum", datum)
                .param("uren", uren)
                .param("euro", euro)
                .param("waarvoor", waarvoor)
                .param("door", door)
                .update(sleutel, "id");
        return id(sleutel);
    }

    long maakMoment(long dvoId, long samenwerkingId, LocalDate datum, String onderwerp) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO afspraken_moment (dvo_id, samenwerking_id, datum, onderwerp)
                        VALUES (:dvo, :sw, :datum, :onderwerp)""")
                .param("dvo", dvoId)
                .param("sw", samenwerkingId)
                .param("datum", datum)
                .param("onderwerp", onderwerp)
                .update(sleutel, "id");
        return id(sleutel);
    }

    boolean verwijderMoment(long dvoId, long momentId) {
        return jdbc.sql("DELETE FROM afspraken_moment WHERE id = :id AND dvo_id = :dvo")
                        .param("id", momentId)
                        .param("dvo", dvoId)
                        .update()
                == 1;
    }

    /** Everything of a samenwerking, children first. */
    void verwijderAlles(long samenwerkingId) {
        for (String tabel : List.of(
                "afspraken_versie_regel",
                "afspraken_versie",
                "afspraken_rekgebruik",
                "afspraken_moment",
                "afspraken_regel",
                "afspraken_dvo",
                "afspraken_wens",
                "afspraken_variant",
                "afspraken_dienst",
                "afspraken_instelling")) {
            jdbc.sql("DELETE FROM " + tabel + " WHERE samenwerking_id = :sw")
                    .param("sw", samenwerkingId)
                    .update();
        }
    }

    private static List<String> lijst(@Nullable String tekst, String scheiding) {
        return tekst == null || tekst.isEmpty() ? List.of() : Arrays.asList(tekst.split(scheiding));
    }

    private static @Nullable Long langOfNull(ResultSet rs, String kolom) throws SQLException {
        long waarde = rs.getLong(kolom);
        return rs.wasNull() ? null : waarde;
    }

    private static Instant moment(ResultSet rs, String kolom) throws SQLException {
        return rs.getTimestamp(kolom).toInstant();
    }

    private static OffsetDateTime nu() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static long id(KeyHolder sleutel) {
        Number n = sleutel.getKey();
        if (n == null) {
            throw new IllegalStateException("no generated key");
        }
        return n.longValue();
    }
}
