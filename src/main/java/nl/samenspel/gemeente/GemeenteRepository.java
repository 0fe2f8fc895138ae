package nl.samenspel.gemeente;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspel.platform.Pagina;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GemeenteRepository implements Gemeenten {

    private static final RowMapper<Gemeente> GEMEENTE = (rs, i) -> new Gemeente(rs.getString("code"),
            rs.getString("naam"), rs.getString("provincie"), rs.getString("provincie_code"),
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
        return jdbc.sql("SELECT * FROM gemeente WHERE code = ?").param(code).query(GEMEENTE).optional();
    }

    @Override
    public List<Gemeente> vindAlle(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        Map<String, Gemeente> opCode = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM gemeente WHERE code IN (:codes)").param("codes", codes).query(GEMEENTE).list()
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
                && jdbc.sql("SELECT COUNT(*) FROM gemeente WHERE code = ?").param(code).query(Long.class).single() > 0;
    }

    @Override
    public Pagina<Gemeente> zoek(String naam, String provincie, int pagina, int grootte) {
        String patroon = "%" + Zoeknaam.van(naam) + "%";
        boolean metProvincie = provincie != null && !provincie.isBlank();
        String waar = " WHERE naam_zoek LIKE :patroon" + (metProvincie ? " AND provincie = :provincie" : "");
        var telling = jdbc.sql("SELECT COUNT(*) FROM gemeente" + waar).param("patroon", patroon);
        var lijst = jdbc.sql("SELECT * FROM gemeente" + waar + " ORDER BY naam_zoek, code LIMIT :grootte OFFSET :vanaf")
                .param("patroon", patroon).param("grootte", grootte).param("vanaf", (long) (pagina - 1) * grootte);
        if (metProvincie) {
            telling = telling.param("provincie", provincie);
            lijst = lijst.param("provincie", provincie);
        }
        long totaal = telling.query(Long.class).single();
        return new Pagina<>(lijst.query(GEMEENTE).list(), pagina, grootte, totaal);
    }

    @Override
    public List<Regio> regios(String code) {
        return jdbc.sql("""
                SELECT regio_type, regio_code, regio_naam, peiljaar, bron FROM gemeente_regio
                WHERE gemeente_code = ? ORDER BY CASE regio_type WHEN 'provincie' THEN 0
                WHEN 'veiligheidsregio' THEN 1 ELSE 2 END, regio_type""")
                .param(code)
                .query((rs, i) -> new Regio(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)))
                .list();
    }

    @Override
    public List<String> provincies() {
        return jdbc.sql("SELECT DISTINCT provincie FROM gemeente ORDER BY provincie").query(String.class).list();
    }
}
