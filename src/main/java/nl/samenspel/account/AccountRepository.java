package nl.samenspel.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.security.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> vindOpNaam(String gebruikersnaam) {
        return jdbc.sql("SELECT * FROM account WHERE gebruikersnaam = ?")
                .param(gebruikersnaam)
                .query(this::zonderRollen)
                .optional()
                .map(this::metRollen);
    }

    Optional<Account> vind(long id) {
        return jdbc.sql("SELECT * FROM account WHERE id = ?")
                .param(id)
                .query(this::zonderRollen)
                .optional()
                .map(this::metRollen);
    }

    List<Account> alle() {
        List<Account> accounts = jdbc.sql("SELECT * FROM account ORDER BY gebruikersnaam")
                .query(this::zonderRollen)
                .list();
        Map<Long, Set<Rol>> rollen = jdbc
                .sql("SELECT account_id, rol FROM account_rol")
                .query((rs, i) -> Map.entry(rs.getLong(1), Rol.valueOf(rs.getString(2))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey,
                        Collectors.mapping(
                                Map.Entry::getValue, Collectors.toCollection(() -> EnumSet.noneOf(Rol.class)))));
        return accounts.stream()
                .map(a -> metRollen(a, rollen.getOrDefault(a.id(), Set.of())))
                .toList();
    }

    /** One page, ordered by user name; roles loaded for the page only. */
    List<Account> pagina(int pagina, int grootte) {
        List<Account> accounts = jdbc.sql("SELECT * FROM account ORDER BY gebruikersnaam LIMIT ? OFFSET ?")
                .params(grootte, (long) (pagina - 1) * grootte)
                .query(this::zonderRollen)
                .list();
        return accounts.stream().map(this::metRollen).toList();
    }

    /** Lifts a login block; bookkeeping like the throttling itself, so no version bump. */
    void deblokkeer(long id) {
        jdbc.sql("UPDATE account SET mislukte_pogingen = 0, geblokkeerd_tot = NULL WHERE id = ?")
                .param(id)
                .update();
    }

    boolean bestaat(String gebruikersnaam) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE gebruikersnaam = ?")
                        .param(gebruikersnaam)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long aantal() {
        return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
    }

    long voegToe(
            String gebruikersnaam,
            String weergavenaam,
            String hash,
            @Nullable String gemeenteCode,
            Set<Rol> rollen,
            boolean moetWachtwoordWijzigen) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO account (gebruikersnaam, weergavenaam, wachtwoord_hash, gemeente_code, aangemaakt_op,
                    wachtwoord_wijzigen)
                VALUES (?, ?, ?, ?, ?, ?)""")
                // A list: JdbcClient.params(Object...) does not declare that it takes nulls (SQL NULL).
                .params(Arrays.asList(gebruikersnaam, weergavenaam, hash, gemeenteCode, nu(), moetWachtwoordWijzigen))
                .update(keys, "id");
        long id = Objects.requireNonNull(keys.getKey(), "generated id").longValue();
        zetRollen(id, rollen);
        return id;
    }

    /** Optimistic update: refused when someone changed the account since {@code versie} was read. */
    void wijzig(
            long id, long versie, String weergavenaam, @Nullable String gemeenteCode, Set<Rol> rollen, boolean actief) {
        int rijen = jdbc.sql("""
                UPDATE account SET weergavenaam = ?, gemeente_code = ?, actief = ?, versie = versie + 1
                WHERE id = ? AND versie = ?""")
                // A list: JdbcClient.params(Object...) does not declare that it takes nulls (SQL NULL).
                .params(Arrays.asList(weergavenaam, gemeenteCode, actief, id, versie))
                .update();
        if (rijen == 0) {
            throw new VersieConflictException();
        }
        zetRollen(id, rollen);
    }

    void wijzigWachtwoord(long id, long versie, String hash) {
        int rijen = jdbc.sql("UPDATE account SET wachtwoord_hash = ?, versie = versie + 1 WHERE id = ? AND versie = ?")
                .params(hash, id, versie)
                .update();
        if (rijen == 0) {
            throw new VersieConflictException();
        }
    }

    /** The user's own new password: clears the one-time flag. */
    void wijzigEigenWachtwoord(long id, long versie, String hash) {
        int rijen = jdbc.sql("""
                UPDATE account SET wachtwoord_hash = ?, wachtwoord_wijzigen = FALSE, versie = versie + 1
                WHERE id = ? AND versie = ?""").params(hash, id, versie).update();
        if (rijen == 0) {
            throw new VersieConflictException();
        }
    }

    @Nullable
    String wachtwoordHash(String gebruikersnaam) {
        return jdbc.sql("SELECT wachtwoord_hash FROM account WHERE gebruikersnaam = ?")
                .param(gebruikersnaam)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** A stronger hash of the same password (see AccountDetailsService): no version bump, the password is unchanged. */
    void vervangHash(String gebruikersnaam, String hash) {
        jdbc.sql("UPDATE account SET wachtwoord_hash = ? WHERE gebruikersnaam = ?")
                .params(hash, gebruikersnaam)
                .update();
    }

    private void zetRollen(long id, Set<Rol> rollen) {
        jdbc.sql("DELETE FROM account_rol WHERE account_id = ?").param(id).update();
        for (Rol rol : rollen) {
            jdbc.sql("INSERT INTO account_rol (account_id, rol) VALUES (?, ?)")
                    .params(id, rol.name())
                    .update();
        }
    }

    private Account metRollen(Account a) {
        Set<Rol> rollen = jdbc.sql("SELECT rol FROM account_rol WHERE account_id = ?")
                .param(a.id())
                .query((rs, i) -> Rol.valueOf(rs.getString(1)))
                .set();
        return metRollen(a, rollen);
    }

    private Account metRollen(Account a, Set<Rol> rollen) {
        return new Account(
                a.id(),
                a.gebruikersnaam(),
                a.weergavenaam(),
                a.gemeenteCode(),
                rollen.isEmpty() ? Set.of() : EnumSet.copyOf(rollen),
                a.actief(),
                a.misluktePogingen(),
                a.geblokkeerdTot(),
                a.versie(),
                a.moetWachtwoordWijzigen());
    }

    private Account zonderRollen(ResultSet rs, int rij) throws SQLException {
        Timestamp tot = rs.getTimestamp("geblokkeerd_tot");
        return new Account(
                rs.getLong("id"),
                rs.getString("gebruikersnaam"),
                rs.getString("weergavenaam"),
                rs.getString("gemeente_code"),
                Set.of(),
                rs.getBoolean("actief"),
                rs.getInt("mislukte_pogingen"),
                tot == null ? null : tot.toInstant(),
                rs.getLong("versie"),
                rs.getBoolean("wachtwoord_wijzigen"));
    }

    private static OffsetDateTime nu() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
