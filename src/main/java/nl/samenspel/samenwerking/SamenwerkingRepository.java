package nl.samenspel.samenwerking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.platform.Pagina;
import nl.samenspel.platform.VersieConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Hand-written SQL for samenwerkingen. Lists take two queries whatever their length: one for the page of
 * samenwerkingen (with the total as a window count) and one for all their municipalities and the accounts that
 * carry them out.
 */
@Repository
class SamenwerkingRepository {

    /** Which rows a user may see, as a SQL condition on alias {@code s}; null means "all". */
    record Zicht(
            @Nullable String gebruiker,
            @Nullable String gemeente,
            @Nullable String uitvoerder,
            boolean alles) {

        /** A regisseur ({@code gebruiker}) or a municipality's reader ({@code gemeente}). */
        Zicht(@Nullable String gebruiker, @Nullable String gemeente, boolean alles) {
            this(gebruiker, gemeente, null, alles);
        }

        String voorwaarde() {
            if (alles) {
                return "TRUE";
            }
            List<String> delen = new ArrayList<>();
            if (gebruiker != null) {
                delen.add("s.regisseur = :gebruiker");
            }
            if (gemeente != null) {
                delen.add("EXISTS (SELECT 1 FROM samenwerking_gemeente z "
                        + "WHERE z.samenwerking_id = s.id AND z.gemeente_code = :gemeente)");
            }
            if (uitvoerder != null) {
                delen.add("EXISTS (SELECT 1 FROM samenwerking_uitvoerder u "
                        + "WHERE u.samenwerking_id = s.id AND u.gebruikersnaam = :uitvoerder)");
            }
            return delen.isEmpty() ? "FALSE" : "(" + String.join(" OR ", delen) + ")";
        }

        boolean niets() {
            return !alles && gebruiker == null && gemeente == null && uitvoerder == null;
        }
    }

    private record Rij(
            long id,
            String titel,
            String omschrijving,
            Fase fase,
            String regisseur,
            boolean oefencasus,
            boolean gearchiveerd,
            long versie,
            java.time.Instant aangemaaktOp,
            java.time.Instant gewijzigdOp,
            long totaal,
            @Nullable Long opvolgerId) {}

    private static final String MEMO = SamenwerkingRepository.class.getName() + ".gelezen";

    private final JdbcClient jdbc;

    SamenwerkingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Samenwerking> vind(long id) {
        Map<Long, Optional<Samenwerking>> memo = memo();
        Optional<Samenwerking> bekend = memo == null ? null : memo.get(id);
        if (bekend != null) {
            return bekend;
        }
        Optional<Samenwerking> gevonden = jdbc.sql("SELECT s.*, 1 AS totaal FROM samenwerking s WHERE s.id = :id")
                .param("id", id)
                .query(SamenwerkingRepository::rij)
                .optional()
                .map(r -> metGemeenten(List.of(r)).get(0));
        if (memo != null) {
            memo.put(id, gevonden);
        }
        return gevonden;
    }

    /**
     * One page of a samenwerking reads it several times (the check indicator, the page, the phase criteria); within
     * one web request one read is enough. Only this repository writes the samenwerking, and every write forgets the
     * memo, also once its transaction ends, so a rolled-back change is never shown.
     */
    @SuppressWarnings("unchecked")
    private static @Nullable Map<Long, Optional<Samenwerking>> memo() {
        RequestAttributes verzoek = RequestContextHolder.getRequestAttributes();
        if (verzoek == null) {
            return null;
        }
        Object memo = verzoek.getAttribute(MEMO, RequestAttributes.SCOPE_REQUEST);
        if (memo == null) {
            memo = new HashMap<Long, Optional<Samenwerking>>();
            verzoek.setAttribute(MEMO, memo, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<Long, Optional<Samenwerking>>) memo;
    }

    private static void vergeet() {
        RequestAttributes verzoek = RequestContextHolder.getRequestAttributes();
        if (verzoek == null) {
            return;
        }
        verzoek.removeAttribute(MEMO, RequestAttributes.SCOPE_REQUEST);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    verzoek.removeAttribute(MEMO, RequestAttributes.SCOPE_REQUEST);
                }
            });
        }
    }

    /**
     * Locks the samenwerking's row until the surrounding transaction ends, so writers of the same samenwerking
     * take turns; what a writer reads after this is what the previous writer committed (READ COMMITTED on
     * PostgreSQL and H2). The memo is dropped: it may hold a copy read before the lock.
     */
    void vergrendel(long id) {
        vergeet();
        jdbc.sql("SELECT id FROM samenwerking WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(Long.class)
                .list();
    }

    /** Real and practice cases together. */
    Pagina<Samenwerking> zichtbaar(Zicht zicht, boolean metGearchiveerd, int pagina, int grootte) {
        return zichtbaar(zicht, metGearchiveerd, null, pagina, grootte);
    }

    /** {@code oefen}: only practice cases (true), only real ones (false), or both (null). */
    Pagina<Samenwerking> zichtbaar(
            Zicht zicht, boolean metGearchiveerd, @Nullable Boolean oefen, int pagina, int grootte) {
        if (zicht.niets()) {
            return new Pagina<>(List.of(), pagina, grootte, 0);
        }
        // Practice cases live in their own list, never among the real ones.
        String waar = " WHERE " + zicht.voorwaarde() + (metGearchiveerd ? "" : " AND s.gearchiveerd = FALSE")
                + (oefen == null ? "" : oefen ? " AND s.oefencasus = TRUE" : " AND s.oefencasus = FALSE");
        var lijst = jdbc.sql("SELECT s.*, COUNT(*) OVER () AS totaal FROM samenwerking s" + waar
                        + " ORDER BY s.gewijzigd_op DESC, s.id DESC LIMIT :grootte OFFSET :vanaf")
                .param("grootte", grootte)
                .param("vanaf", (long) (pagina - 1) * grootte);
        lijst = zichtParams(lijst, zicht);
        List<Rij> rijen = lijst.query(SamenwerkingRepository::rij).list();
        long totaal;
        if (!rijen.isEmpty()) {
            totaal = rijen.get(0).totaal();
        } else if (pagina == 1) {
            totaal = 0;
        } else {
            // Only a page past the end needs a separate count.
            totaal = zichtParams(jdbc.sql("SELECT COUNT(*) FROM samenwerking s" + waar), zicht)
                    .query(Long.class)
                    .single();
        }
        return new Pagina<>(metGemeenten(rijen), pagina, grootte, totaal);
    }

    private static JdbcClient.StatementSpec zichtParams(JdbcClient.StatementSpec spec, Zicht zicht) {
        if (zicht.alles()) {
            return spec;
        }
        if (zicht.gebruiker() != null) {
            spec = spec.param("gebruiker", zicht.gebruiker());
        }
        if (zicht.gemeente() != null) {
            spec = spec.param("gemeente", zicht.gemeente());
        }
        if (zicht.uitvoerder() != null) {
            spec = spec.param("uitvoerder", zicht.uitvoerder());
        }
        return spec;
    }

    Optional<Long> vindOefencasus(String titel) {
        return jdbc
                .sql("SELECT id FROM samenwerking WHERE titel = :titel AND oefencasus = TRUE ORDER BY id")
                .param("titel", titel)
                .query(Long.class)
                .list()
                .stream()
                .findFirst();
    }

    Optional<Long> eersteOefencasusZonderPrefix(String prefix) {
        return jdbc
                .sql("SELECT id FROM samenwerking WHERE oefencasus = TRUE AND titel NOT LIKE :prefix ORDER BY id")
                .param("prefix", prefix + "%")
                .query(Long.class)
                .list()
                .stream()
                .findFirst();
    }

    long voegToe(String titel, String omschrijving, String regisseur, boolean oefencasus, List<String> gemeenten) {
        vergeet();
        var keys = new GeneratedKeyHolder();
        OffsetDateTime nu = nu();
        jdbc.sql("""
                INSERT INTO samenwerking (titel, omschrijving, fase, regisseur, oefencasus, gearchiveerd, versie,
                                          aangemaakt_op, gewijzigd_op)
                VALUES (:titel, :omschrijving, :fase, :regisseur, :oefencasus, FALSE, 0, :nu, :nu)""")
                .param("titel", titel)
                .param("omschrijving", omschrijving)
                .param("fase", Fase.VERKENNEN.name())
                .param("regisseur", regisseur)
                .param("oefencasus", oefencasus)
                .param("nu", nu)
                .update(keys, "id");
        long id = Objects.requireNonNull(keys.getKey(), "generated id").longValue();
        zetGemeenten(id, gemeenten);
        return id;
    }

    /**
     * A municipality taken out of the party list through an edit (issue 13): it leaves on {@code datum} for
     * {@code reden} instead of being dropped, so what it recorded stays readable as history.
     */
    record Vertrek(java.time.LocalDate datum, String reden) {}

    /** Optimistic update: refused when the samenwerking changed since {@code versie} was read. */
    void wijzig(long id, long versie, String titel, String omschrijving, boolean gearchiveerd, List<String> gemeenten) {
        wijzig(id, versie, titel, omschrijving, gearchiveerd, gemeenten, null, false, null);
    }

    /**
     * As {@link #wijzig(long, long, String, String, boolean, List)}; a municipality no longer named leaves as
     * {@code vertrek} says (when given), and with {@code zetOpvolger} the successor becomes {@code opvolger}.
     */
    void wijzig(
            long id,
            long versie,
            String titel,
            String omschrijving,
            boolean gearchiveerd,
            List<String> gemeenten,
            @Nullable Vertrek vertrek,
            boolean zetOpvolger,
            @Nullable Long opvolger) {
        vergeet();
        int rijen = jdbc.sql("""
                UPDATE samenwerking SET titel = :titel, omschrijving = :omschrijving, gearchiveerd = :gearchiveerd,
                       versie = versie + 1, gewijzigd_op = :nu
                WHERE id = :id AND versie = :versie""")
                .param("titel", titel)
                .param("omschrijving", omschrijving)
                .param("gearchiveerd", gearchiveerd)
                .param("nu", nu())
                .param("id", id)
                .param("versie", versie)
                .update();
        if (rijen == 0) {
            throw new VersieConflictException();
        }
        if (zetOpvolger) {
            jdbc.sql("UPDATE samenwerking SET opvolger_id = :opvolger WHERE id = :id")
                    .param("opvolger", opvolger, java.sql.Types.BIGINT)
                    .param("id", id)
                    .update();
        }
        if (vertrek != null) {
            vertrekAlleBehalve(id, gemeenten, vertrek);
        }
        zetGemeenten(id, gemeenten);
    }

    /** Moves every participating municipality not in {@code blijven} to the leavers, keeping its place. */
    private void vertrekAlleBehalve(long id, List<String> blijven, Vertrek vertrek) {
        List<Map.Entry<String, Integer>> nu = jdbc.sql(
                        "SELECT gemeente_code, volgorde FROM samenwerking_gemeente WHERE samenwerking_id = :id")
                .param("id", id)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list();
        for (Map.Entry<String, Integer> partij : nu) {
            if (blijven.contains(partij.getKey())) {
                continue;
            }
            jdbc.sql("DELETE FROM samenwerking_vertrokken WHERE samenwerking_id = :id AND gemeente_code = :code")
                    .param("id", id)
                    .param("code", partij.getKey())
                    .update();
            jdbc.sql("""
                            INSERT INTO samenwerking_vertrokken (samenwerking_id, gemeente_code, volgorde, datum, reden)
                            VALUES (:id, :code, :volgorde, :datum, :reden)""")
                    .param("id", id)
                    .param("code", partij.getKey())
                    .param("volgorde", partij.getValue())
                    .param("datum", vertrek.datum())
                    .param("reden", vertrek.reden())
                    .update();
        }
    }

    /** The successor named by samenwerking {@code id}, if any (one step of the cycle check). */
    Optional<Long> opvolgerVan(long id) {
        return jdbc
                .sql("SELECT opvolger_id FROM samenwerking WHERE id = :id AND opvolger_id IS NOT NULL")
                .param("id", id)
                .query(Long.class)
                .list()
                .stream()
                .findFirst();
    }

    /** Per samenwerking in {@code ids} the ids of those naming it as their successor, in one query. */
    Map<Long, List<Long>> voorgangers(Collection<Long> ids) {
        Map<Long, List<Long>> uit = new HashMap<>();
        if (ids.isEmpty()) {
            return uit;
        }
        jdbc.sql("SELECT opvolger_id, id FROM samenwerking WHERE opvolger_id IN (:ids) ORDER BY opvolger_id, id")
                .param("ids", ids)
                .query((org.springframework.jdbc.core.RowCallbackHandler)
                        rs -> uit.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(rs.getLong(2)));
        return uit;
    }

    /** The samenwerkingen with these ids that exist, in two queries whatever their number. */
    List<Samenwerking> vindAlle(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return metGemeenten(jdbc.sql("SELECT s.*, 1 AS totaal FROM samenwerking s WHERE s.id IN (:ids) ORDER BY s.id")
                .param("ids", ids)
                .query(SamenwerkingRepository::rij)
                .list());
    }

    /** Optimistic phase change; refused when the samenwerking changed since {@code versie} was read. */
    void zetFase(long id, long versie, Fase fase) {
        vergeet();
        int rijen = jdbc.sql("UPDATE samenwerking SET fase = :fase, versie = versie + 1, gewijzigd_op = :nu "
                        + "WHERE id = :id AND versie = :versie")
                .param("fase", fase.name())
                .param("nu", nu())
                .param("id", id)
                .param("versie", versie)
                .update();
        if (rijen == 0) {
            throw new VersieConflictException();
        }
    }

    void verwijder(long id, long versie) {
        vergeet();
        int rijen = jdbc.sql("DELETE FROM samenwerking WHERE id = :id AND versie = :versie AND oefencasus = TRUE")
                .param("id", id)
                .param("versie", versie)
                .update();
        if (rijen == 0) {
            throw new VersieConflictException();
        }
    }

    /**
     * Records one accepted transition and returns its id. The only SQL that writes the transition table, so a
     * rename of that table touches this method and {@link #overgangen} alone.
     */
    long voegOvergangToe(
            long id,
            FaseBesluit.Overgang overgang,
            List<String> ontbrak,
            List<String> deelsBesproken,
            String door,
            java.time.LocalDate datum,
            @Nullable BesluitOrgaan besluitOrgaan) {
        String deels = deelsBesproken.isEmpty() ? null : String.join(",", deelsBesproken);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO samenwerking_fase_overgang (samenwerking_id, van_fase, naar_fase, override, reden, ontbrak,
                                           deels_besproken, door, op, datum, besluit_orgaan)
                VALUES (:id, :van, :naar, :override, :reden, :ontbrak, :deels, :door, :op, :datum, :orgaan)""")
                .param("id", id)
                .param("van", overgang.van().name())
                .param("naar", overgang.naar().name())
                .param("override", overgang.override())
                .param("reden", overgang.reden())
                .param("ontbrak", ontbrak.isEmpty() ? null : String.join("\n", ontbrak))
                .param("deels", deels == null || deels.length() <= 200 ? deels : deels.substring(0, 200))
                .param("door", door)
                .param("op", nu())
                .param("datum", datum)
                .param("orgaan", besluitOrgaan == null ? null : besluitOrgaan.name())
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "generated id").longValue();
    }

    /** Per samenwerking the day of its last recorded transition; none for one that never moved. */
    Map<Long, java.time.LocalDate> laatsteOvergangDatum(List<Long> ids) {
        Map<Long, java.time.LocalDate> uit = new HashMap<>();
        if (ids.isEmpty()) {
            return uit;
        }
        jdbc.sql("SELECT samenwerking_id, datum FROM samenwerking_fase_overgang WHERE samenwerking_id IN (:ids) "
                        + "ORDER BY samenwerking_id, op, id")
                .param("ids", ids)
                .query((org.springframework.jdbc.core.RowCallbackHandler)
                        rs -> uit.put(rs.getLong(1), rs.getObject(2, java.time.LocalDate.class)));
        return uit;
    }

    List<FaseOvergang> overgangen(long id) {
        return jdbc.sql("SELECT * FROM samenwerking_fase_overgang WHERE samenwerking_id = :id "
                        + "ORDER BY datum DESC, op DESC, id DESC")
                .param("id", id)
                .query((rs, i) -> new FaseOvergang(
                        rs.getLong("id"),
                        id,
                        Fase.valueOf(rs.getString("van_fase")),
                        Fase.valueOf(rs.getString("naar_fase")),
                        rs.getBoolean("override"),
                        rs.getString("reden"),
                        regels(rs.getString("ontbrak"), "\n"),
                        regels(rs.getString("deels_besproken"), ","),
                        rs.getString("door"),
                        rs.getTimestamp("op").toInstant(),
                        rs.getObject("datum", java.time.LocalDate.class),
                        orgaan(rs.getString("besluit_orgaan"))))
                .list();
    }

    private static @Nullable BesluitOrgaan orgaan(@Nullable String naam) {
        return naam == null ? null : BesluitOrgaan.valueOf(naam);
    }

    private static List<String> regels(String tekst, String scheiding) {
        if (tekst == null || tekst.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(tekst.split(scheiding))
                .filter(r -> !r.isBlank())
                .toList();
    }

    /**
     * Replaces the accounts that carry out the samenwerking. The caller holds its row lock ({@link #vergrendel}), so
     * two replacements never mix.
     */
    void zetUitvoerders(long id, java.util.Set<String> gebruikersnamen) {
        vergeet();
        jdbc.sql("DELETE FROM samenwerking_uitvoerder WHERE samenwerking_id = :id")
                .param("id", id)
                .update();
        for (String naam : new java.util.TreeSet<>(gebruikersnamen)) {
            jdbc.sql("INSERT INTO samenwerking_uitvoerder (samenwerking_id, gebruikersnaam) VALUES (:id, :naam)")
                    .param("id", id)
                    .param("naam", naam)
                    .update();
        }
    }

    /**
     * Moves a participating municipality to the leavers (issue 13), keeping its place in the order; a municipality
     * that rejoins through {@link #wijzig} is taken off that list again. False when it does not take part.
     */
    boolean vertrek(long id, String gemeenteCode, java.time.LocalDate datum, String reden) {
        Integer volgorde = jdbc.sql(
                        "SELECT volgorde FROM samenwerking_gemeente WHERE samenwerking_id = :id AND gemeente_code = :code")
                .param("id", id)
                .param("code", gemeenteCode)
                .query(Integer.class)
                .optional()
                .orElse(null);
        if (volgorde == null) {
            return false;
        }
        vergeet();
        jdbc.sql("UPDATE samenwerking SET versie = versie + 1, gewijzigd_op = :nu WHERE id = :id")
                .param("nu", nu())
                .param("id", id)
                .update();
        jdbc.sql("DELETE FROM samenwerking_gemeente WHERE samenwerking_id = :id AND gemeente_code = :code")
                .param("id", id)
                .param("code", gemeenteCode)
                .update();
        jdbc.sql("DELETE FROM samenwerking_vertrokken WHERE samenwerking_id = :id AND gemeente_code = :code")
                .param("id", id)
                .param("code", gemeenteCode)
                .update();
        jdbc.sql("""
                        INSERT INTO samenwerking_vertrokken (samenwerking_id, gemeente_code, volgorde, datum, reden)
                        VALUES (:id, :code, :volgorde, :datum, :reden)""")
                .param("id", id)
                .param("code", gemeenteCode)
                .param("volgorde", volgorde)
                .param("datum", datum)
                .param("reden", reden)
                .update();
        return true;
    }

    private void zetGemeenten(long id, List<String> gemeenten) {
        // A municipality named again takes part again: it is no longer a leaver.
        for (String code : gemeenten) {
            jdbc.sql("DELETE FROM samenwerking_vertrokken WHERE samenwerking_id = :id AND gemeente_code = :code")
                    .param("id", id)
                    .param("code", code)
                    .update();
        }
        jdbc.sql("DELETE FROM samenwerking_gemeente WHERE samenwerking_id = :id")
                .param("id", id)
                .update();
        int volgorde = 0;
        for (String code : gemeenten) {
            jdbc.sql(
                            "INSERT INTO samenwerking_gemeente (samenwerking_id, gemeente_code, volgorde) VALUES (:id, :code, :volgorde)")
                    .param("id", id)
                    .param("code", code)
                    .param("volgorde", volgorde++)
                    .update();
        }
    }

    private List<Samenwerking> metGemeenten(List<Rij> rijen) {
        if (rijen.isEmpty()) {
            return List.of();
        }
        Collection<Long> ids = rijen.stream().map(Rij::id).toList();
        Map<Long, List<Gemeente>> perSamenwerking = new HashMap<>();
        Map<Long, java.util.Set<String>> uitvoerders = new HashMap<>();
        Map<Long, List<VertrokkenPartij>> vertrokken = new HashMap<>();
        // The typed NULL: PostgreSQL matches UNION branches pairwise and would take an untyped NULL for text.
        // One query for both: the municipalities (soort G, in their order) and the accounts that carry the
        // samenwerking out (soort U), so a list or a single read costs no extra statement.
        jdbc.sql("""
                SELECT sg.samenwerking_id, 'G' AS soort, g.code AS waarde, g.naam, g.provincie, g.provincie_code,
                       g.inwoners, sg.volgorde, CAST(NULL AS DATE) AS datum, NULL AS reden
                FROM samenwerking_gemeente sg JOIN gemeente g ON g.code = sg.gemeente_code
                WHERE sg.samenwerking_id IN (:ids)
                UNION ALL
                SELECT su.samenwerking_id, 'U', su.gebruikersnaam, NULL, NULL, NULL, NULL, 0, CAST(NULL AS DATE), NULL
                FROM samenwerking_uitvoerder su
                WHERE su.samenwerking_id IN (:ids)
                UNION ALL
                SELECT sv.samenwerking_id, 'V' AS soort, g.code, g.naam, g.provincie, g.provincie_code,
                       g.inwoners, sv.volgorde, sv.datum, sv.reden
                FROM samenwerking_vertrokken sv JOIN gemeente g ON g.code = sv.gemeente_code
                WHERE sv.samenwerking_id IN (:ids)
                ORDER BY 1, 2, 8""").param("ids", ids).query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
            long id = rs.getLong(1);
            if ("U".equals(rs.getString(2))) {
                uitvoerders.computeIfAbsent(id, k -> new java.util.HashSet<>()).add(rs.getString(3));
            } else if ("V".equals(rs.getString(2))) {
                vertrokken
                        .computeIfAbsent(id, k -> new ArrayList<>())
                        .add(new VertrokkenPartij(
                                new Gemeente(
                                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), (Integer)
                                                rs.getObject(7)),
                                rs.getObject(9, java.time.LocalDate.class),
                                rs.getString(10)));
            } else {
                perSamenwerking
                        .computeIfAbsent(id, k -> new ArrayList<>())
                        .add(new Gemeente(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), (Integer)
                                rs.getObject(7)));
            }
        });
        Map<Long, Samenwerking> resultaat = new LinkedHashMap<>();
        for (Rij r : rijen) {
            resultaat.put(
                    r.id(),
                    new Samenwerking(
                            r.id(),
                            r.titel(),
                            r.omschrijving(),
                            r.fase(),
                            r.regisseur(),
                            r.oefencasus(),
                            r.gearchiveerd(),
                            r.versie(),
                            r.aangemaaktOp(),
                            r.gewijzigdOp(),
                            perSamenwerking.getOrDefault(r.id(), List.of()),
                            uitvoerders.getOrDefault(r.id(), java.util.Set.of()),
                            vertrokken.getOrDefault(r.id(), List.of()),
                            r.opvolgerId()));
        }
        return new ArrayList<>(resultaat.values());
    }

    private static Rij rij(ResultSet rs, int i) throws SQLException {
        return new Rij(
                rs.getLong("id"),
                rs.getString("titel"),
                rs.getString("omschrijving"),
                Fase.valueOf(rs.getString("fase")),
                rs.getString("regisseur"),
                rs.getBoolean("oefencasus"),
                rs.getBoolean("gearchiveerd"),
                rs.getLong("versie"),
                rs.getTimestamp("aangemaakt_op").toInstant(),
                rs.getTimestamp("gewijzigd_op").toInstant(),
                rs.getLong("totaal"),
                rs.getObject("opvolger_id") == null ? null : rs.getLong("opvolger_id"));
    }

    private static OffsetDateTime nu() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
