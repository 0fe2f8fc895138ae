package nl.samenspel.bestuur;

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

/** SQL on the governance module's own tables. */
@Repository
class BestuurRepository {

    private final JdbcClient jdbc;

    BestuurRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The bodies with their seats of each of these samenwerkingen, by id (absent: none); two queries. */
    Map<Long, List<Orgaan>> organen(Collection<Long> samenwerkingIds) {
        Map<Long, List<Orgaan>> uit = new LinkedHashMap<>();
        if (samenwerkingIds.isEmpty()) {
            return uit;
        }
        Map<Long, List<Zetel>> zetels = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT id, orgaan_id, samenwerking_id, persoon, gemeente_code, rol, portefeuilles, functie,
                               stemmen, account, versie
                        FROM bestuur_zetel WHERE samenwerking_id IN (:ids) ORDER BY id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> new Zetel(
                        rs.getLong("id"),
                        rs.getLong("orgaan_id"),
                        rs.getLong("samenwerking_id"),
                        rs.getString("persoon"),
                        rs.getString("gemeente_code"),
                        ZetelRol.valueOf(rs.getString("rol")),
                        lijst(rs.getString("portefeuilles")),
                        rs.getString("functie"),
                        rs.getInt("stemmen"),
                        rs.getString("account"),
                        rs.getLong("versie")))
                .list()
                .forEach(z -> zetels.computeIfAbsent(z.orgaanId(), k -> new ArrayList<>())
                        .add(z));
        jdbc.sql("""
                        SELECT id, samenwerking_id, naam, lijn, soort, gemeente_code, versie
                        FROM bestuur_orgaan WHERE samenwerking_id IN (:ids) ORDER BY id""")
                .param("ids", samenwerkingIds)
                .query((rs, i) -> {
                    String soort = rs.getString("soort");
                    long id = rs.getLong("id");
                    return new Orgaan(
                            id,
                            rs.getLong("samenwerking_id"),
                            rs.getString("naam"),
                            Lijn.valueOf(rs.getString("lijn")),
                            soort == null ? null : OrgaanSoort.valueOf(soort),
                            rs.getString("gemeente_code"),
                            rs.getLong("versie"),
                            zetels.getOrDefault(id, List.of()));
                })
                .list()
                .forEach(o -> uit.computeIfAbsent(o.samenwerkingId(), k -> new ArrayList<>())
                        .add(o));
        return uit;
    }

    List<Orgaan> organen(long samenwerkingId) {
        return organen(List.of(samenwerkingId)).getOrDefault(samenwerkingId, List.of());
    }

    Optional<Orgaan> orgaan(long samenwerkingId, long orgaanId) {
        return organen(samenwerkingId).stream().filter(o -> o.id() == orgaanId).findFirst();
    }

    /** Which of these samenwerkingen have at least one body; one query. */
    List<Long> metOrganen(Collection<Long> samenwerkingIds) {
        if (samenwerkingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT samenwerking_id FROM bestuur_orgaan WHERE samenwerking_id IN (:ids)")
                .param("ids", samenwerkingIds)
                .query(Long.class)
                .list();
    }

    long maakOrgaan(
            long samenwerkingId, String naam, Lijn lijn, @Nullable OrgaanSoort soort, @Nullable String gemeente) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO bestuur_orgaan (samenwerking_id, naam, lijn, soort, gemeente_code, versie)
                        VALUES (:sw, :naam, :lijn, :soort, :gemeente, 1)""")
                .param("sw", samenwerkingId)
                .param("naam", naam)
                .param("lijn", lijn.name())
                .param("soort", soort == null ? null : soort.name())
                .param("gemeente", gemeente)
                .update(sleutel, "id");
        return id(sleutel);
    }

    /** Writes the body if its version is still {@code versie}; false when it changed meanwhile. */
    boolean wijzigOrgaan(
            long orgaanId,
            long versie,
            String naam,
            Lijn lijn,
            @Nullable OrgaanSoort soort,
            @Nullable String gemeente) {
        return jdbc.sql("""
                                UPDATE bestuur_orgaan SET naam = :naam, lijn = :lijn, soort = :soort,
                                    gemeente_code = :gemeente, versie = versie + 1
                                WHERE id = :id AND versie = :versie""")
                        .param("id", orgaanId)
                        .param("versie", versie)
                        .param("naam", naam)
                        .param("lijn", lijn.name())
                        .param("soort", soort == null ? null : soort.name())
                        .param("gemeente", gemeente)
                        .update()
                == 1;
    }

    boolean verwijderOrgaan(long orgaanId, long versie) {
        jdbc.sql("DELETE FROM bestuur_zetel WHERE orgaan_id = :id AND EXISTS"
                        + " (SELECT 1 FROM bestuur_orgaan WHERE id = :id AND versie = :versie)")
                .param("id", orgaanId)
                .param("versie", versie)
                .update();
        return jdbc.sql("DELETE FROM bestuur_orgaan WHERE id = :id AND versie = :versie")
                        .param("id", orgaanId)
                        .param("versie", versie)
                        .update()
                == 1;
    }

    long maakZetel(long orgaanId, long samenwerkingId, GecontroleerdeZetel z) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO bestuur_zetel (orgaan_id, samenwerking_id, persoon, gemeente_code, rol,
                            portefeuilles, functie, stemmen, account, versie)
                        VALUES (:orgaan, :sw, :persoon, :gemeente, :rol, :portefeuilles, :functie, :stemmen,
                            :account, 1)""")
                .param("orgaan", orgaanId)
                .param("sw", samenwerkingId)
                .param("persoon", z.persoon())
                .param("gemeente", z.gemeenteCode())
                .param("rol", z.rol().name())
                .param("portefeuilles", String.join("\n", z.portefeuilles()))
                .param("functie", z.functie())
                .param("stemmen", z.stemmen())
                .param("account", z.account())
                .update(sleutel, "id");
        return id(sleutel);
    }

    boolean wijzigZetel(long zetelId, long versie, GecontroleerdeZetel z) {
        return jdbc.sql("""
                                UPDATE bestuur_zetel SET persoon = :persoon, gemeente_code = :gemeente, rol = :rol,
                                    portefeuilles = :portefeuilles, functie = :functie, stemmen = :stemmen,
                                    account = :account, versie = versie + 1
                                WHERE id = :id AND versie = :versie""")
                        .param("id", zetelId)
                        .param("versie", versie)
                        .param("persoon", z.persoon())
                        .param("gemeente", z.gemeenteCode())
                        .param("rol", z.rol().name())
                        .param("portefeuilles", String.join("\n", z.portefeuilles()))
                        .param("functie", z.functie())
                        .param("stemmen", z.stemmen())
                        .param("account", z.account())
                        .update()
                == 1;
    }

    boolean verwijderZetel(long zetelId, long versie) {
        return jdbc.sql("DELETE FROM bestuur_zetel WHERE id = :id AND versie = :versie")
                        .param("id", zetelId)
                        .param("versie", versie)
                        .update()
                == 1;
    }

    void verwijderAlles(long samenwerkingId) {
        jdbc.sql("DELETE FROM bestuur_zetel WHERE samenwerking_id = :sw")
                .param("sw", samenwerkingId)
                .update();
        jdbc.sql("DELETE FROM bestuur_orgaan WHERE samenwerking_id = :sw")
                .param("sw", samenwerkingId)
                .update();
    }

    private static List<String> lijst(@Nullable String tekst) {
        return tekst == null || tekst.isEmpty() ? List.of() : Arrays.asList(tekst.split("\n"));
    }

    private static long id(KeyHolder sleutel) {
        Number n = sleutel.getKey();
        if (n == null) {
            throw new IllegalStateException("no generated key");
        }
        return n.longValue();
    }

    /** A seat's checked values, ready to store. */
    record GecontroleerdeZetel(
            String persoon,
            @Nullable String gemeenteCode,
            ZetelRol rol,
            List<String> portefeuilles,
            @Nullable String functie,
            int stemmen,
            @Nullable String account) {}
}
