package nl.samenspel.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.samenspel.security.Rol;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link AccountFeiten} in one query per batch: the accounts with their roles. */
@Component
class JdbcAccountFeiten implements AccountFeiten {

    /** Keeps IN lists well below every database's parameter limit. */
    static final int BATCH = 1000;

    private final JdbcClient jdbc;

    JdbcAccountFeiten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Bouw(String gebruikersnaam, boolean actief, String gemeenteCode, Set<Rol> rollen) {}

    @Override
    public List<Stand> lees(Collection<String> alle) {
        List<String> namen = new ArrayList<>(new TreeSet<>(alle));
        Map<String, Bouw> bouw = new LinkedHashMap<>();
        for (int i = 0; i < namen.size(); i += BATCH) {
            jdbc.sql("""
                    SELECT a.gebruikersnaam, a.actief, a.gemeente_code, r.rol
                    FROM account a LEFT JOIN account_rol r ON r.account_id = a.id
                    WHERE a.gebruikersnaam IN (:namen) ORDER BY a.gebruikersnaam""")
                    .param("namen", namen.subList(i, Math.min(namen.size(), i + BATCH)))
                    .query((RowCallbackHandler) rs -> {
                        Bouw b = bouw.get(rs.getString(1));
                        if (b == null) {
                            b = new Bouw(rs.getString(1), rs.getBoolean(2), rs.getString(3), EnumSet.noneOf(Rol.class));
                            bouw.put(b.gebruikersnaam(), b);
                        }
                        String rol = rs.getString(4);
                        if (rol != null) {
                            b.rollen().add(Rol.valueOf(rol));
                        }
                    });
        }
        return bouw.values().stream()
                .map(b -> new Stand(b.gebruikersnaam(), b.actief(), b.gemeenteCode(), b.rollen()))
                .toList();
    }

    @Override
    public Set<String> gemeentenMetAccount(Collection<String> gemeenteCodes) {
        List<String> codes = new ArrayList<>(new TreeSet<>(gemeenteCodes));
        Set<String> met = new HashSet<>();
        for (int i = 0; i < codes.size(); i += BATCH) {
            met.addAll(jdbc.sql("""
                    SELECT DISTINCT a.gemeente_code
                    FROM account a JOIN account_rol r ON r.account_id = a.id
                    WHERE a.actief = TRUE AND r.rol IN ('AMBTENAAR', 'BESTUURDER') AND a.gemeente_code IN (:codes)""")
                    .param("codes", codes.subList(i, Math.min(codes.size(), i + BATCH)))
                    .query(String.class)
                    .list());
        }
        return Set.copyOf(met);
    }

    @Override
    public Set<String> gemeentenMetOpenAanvraag(long samenwerkingId) {
        return Set.copyOf(
                jdbc.sql("""
                SELECT DISTINCT gemeente_code FROM account_aanvraag WHERE samenwerking_id = ? AND status = 'OPEN'""").param(samenwerkingId).query(String.class).list());
    }

    @Override
    public Map<Long, Set<String>> gemeentenMetOpenAanvraag(Collection<Long> samenwerkingIds) {
        Map<Long, Set<String>> uit = new LinkedHashMap<>();
        if (samenwerkingIds.isEmpty()) {
            return uit;
        }
        jdbc.sql("""
                SELECT DISTINCT samenwerking_id, gemeente_code FROM account_aanvraag
                WHERE samenwerking_id IN (:ids) AND status = 'OPEN'""").param("ids", samenwerkingIds).query((RowCallbackHandler)
                rs -> uit.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2)));
        return uit;
    }
}
