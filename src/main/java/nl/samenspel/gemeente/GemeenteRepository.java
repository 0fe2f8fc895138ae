package nl.samenspel.gemeente;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspel.platform.Pagina;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GemeenteRepository implements Gemeenten {

    private static final RowMapper<Gemeente> GEMEENTE = (rs, i) -> new Gemeente(
            rs.getString("code"),
            rs.getString("naam"),
            rs.getString("provincie"),
            rs.getString("provincie_code"),
            (Integer) rs.getObject("inwoners"));

    private final JdbcClient jdbc;

    GemeenteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Gemeente> vind(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM gemeente WHERE code = ?")
                .param(code)
                .query(GEMEENTE)
                .optional();
    }

    @Override
    public List<Gemeente> vindAlle(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        Map<String, Gemeente> opCode = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM gemeente WHERE code IN (:codes)")
                .param("codes", codes)
                .query(GEMEENTE)
                .list()
                .forEach(g -> opCode.put(g.code(), g));
        List<Gemeente> resultaat = new ArrayList<>();
        for (String code : codes) {
            Gemeente g = opCode.get(code);
            if (g != null && !resultaat.contains(g)) {
                resultaat.add(g);
            }
        }
        return resultaat;
    }

    @Override
    public boolean bestaat(String code) {
        return code != null
                && jdbc.sql("SELECT COUNT(*) FROM gemeente WHERE code = ?")
                                .param(code)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    @Override
    public Pagina<Gemeente> zoek(@Nullable String naam, @Nullable String provincie, int pagina, int grootte) {
        int p = Math.max(pagina, 1);
        int g = Math.max(grootte, 1);
        String term = Zoeknaam.van(naam);
        if (term.length() > Zoeknaam.MAX) {
            return new Pagina<>(List.of(), p, g, 0);
        }
        // The folded term holds only a-z, 0-9 and spaces, so it cannot smuggle LIKE wildcards in.
        String patroon = "%" + term + "%";
        boolean metProvincie = provincie != null && !provincie.isBlank();
        String waar = " WHERE naam_zoek LIKE :patroon" + (metProvincie ? " AND provincie = :provincie" : "");
        var telling = jdbc.sql("SELECT COUNT(*) FROM gemeente" + waar).param("patroon", patroon);
        if (metProvincie) {
            telling = telling.param("provincie", provincie);
        }
        long totaal = telling.query(Long.class).single();
        long vanaf = (long) (p - 1) * g;
        if (vanaf >= totaal) {
            return new Pagina<>(List.of(), p, g, totaal);
        }
        var lijst = jdbc.sql("SELECT * FROM gemeente" + waar + " ORDER BY naam_zoek, code LIMIT :grootte OFFSET :vanaf")
                .param("patroon", patroon)
                .param("grootte", g)
                .param("vanaf", vanaf);
        if (metProvincie) {
            lijst = lijst.param("provincie", provincie);
        }
        return new Pagina<>(lijst.query(GEMEENTE).list(), p, g, totaal);
    }

    @Override
    public List<Regio> regios(String code) {
        return jdbc.sql("""
                SELECT regio_type, regio_code, regio_naam, peiljaar, bron FROM gemeente_regio
                WHERE gemeente_code = ? ORDER BY CASE regio_type WHEN 'provincie' THEN 0
                WHEN 'veiligheidsregio' THEN 1 ELSE 2 END, regio_type""")
                .param(code)
                .query((rs, i) ->
                        new Regio(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)))
                .list();
    }

    @Override
    public List<String> provincies() {
        return jdbc.sql("SELECT DISTINCT provincie FROM gemeente ORDER BY provincie")
                .query(String.class)
                .list();
    }

    /** Per province: code, name, number of municipalities and inhabitants, ordered by name. */
    @Override
    public List<Provincie> provinciesMetCijfers() {
        return jdbc.sql("""
                SELECT provincie_code, provincie, COUNT(*) AS aantal, SUM(inwoners) AS inwoners FROM gemeente
                GROUP BY provincie_code, provincie ORDER BY provincie""")
                .query((rs, i) -> new Provincie(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4)))
                .list();
    }
}
