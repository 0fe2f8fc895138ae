package nl.samenspel.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.security.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL on account_aanvraag. */
@Repository
class AccountAanvraagRepository {

    private final JdbcClient jdbc;

    AccountAanvraagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Nieuw(
            long samenwerkingId,
            String weergavenaam,
            @Nullable String email,
            Rol rol,
            String gemeenteCode,
            @Nullable String toelichting,
            String aangevraagdDoor) {}

    long voegToe(Nieuw n) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO account_aanvraag (samenwerking_id, weergavenaam, email, rol, gemeente_code, toelichting,
                    aangevraagd_door, aangevraagd_op, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                // A list: JdbcClient.params(Object...) does not declare that it takes nulls (SQL NULL).
                .params(Arrays.asList(
                        n.samenwerkingId(),
                        n.weergavenaam(),
                        n.email(),
                        n.rol().name(),
                        n.gemeenteCode(),
                        n.toelichting(),
                        n.aangevraagdDoor(),
                        OffsetDateTime.now(ZoneOffset.UTC),
                        AccountAanvraag.Status.OPEN.name()))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "generated id").longValue();
    }

    Optional<AccountAanvraag> vind(long id) {
        return jdbc.sql("SELECT * FROM account_aanvraag WHERE id = ?")
                .param(id)
                .query(this::rij)
                .optional();
    }

    /** As {@link #vind}, holding a row lock until the transaction ends: two beheerders never both handle it. */
    Optional<AccountAanvraag> vindOmAfTeHandelen(long id) {
        return jdbc.sql("SELECT * FROM account_aanvraag WHERE id = ? FOR UPDATE")
                .param(id)
                .query(this::rij)
                .optional();
    }

    /** Open requests, oldest first. */
    List<AccountAanvraag> open() {
        return jdbc.sql("SELECT * FROM account_aanvraag WHERE status = ? ORDER BY aangevraagd_op, id")
                .param(AccountAanvraag.Status.OPEN.name())
                .query(this::rij)
                .list();
    }

    /** Every request for these samenwerkingen, newest first. */
    List<AccountAanvraag> voorSamenwerkingen(Collection<Long> samenwerkingIds) {
        if (samenwerkingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM account_aanvraag WHERE samenwerking_id IN (:ids)
                ORDER BY aangevraagd_op DESC, id DESC""")
                .param("ids", List.copyOf(samenwerkingIds))
                .query(this::rij)
                .list();
    }

    void handelAf(
            long id,
            long versie,
            AccountAanvraag.Status status,
            String door,
            @Nullable String reden,
            @Nullable Long accountId) {
        int rijen = jdbc.sql("""
                UPDATE account_aanvraag
                SET status = ?, afgehandeld_door = ?, afgehandeld_op = ?, reden = ?, account_id = ?, versie = versie + 1
                WHERE id = ? AND versie = ? AND status = ?""")
                .params(Arrays.asList(
                        status.name(),
                        door,
                        OffsetDateTime.now(ZoneOffset.UTC),
                        reden,
                        accountId,
                        id,
                        versie,
                        AccountAanvraag.Status.OPEN.name()))
                .update();
        if (rijen == 0) {
            throw new VersieConflictException();
        }
    }

    private AccountAanvraag rij(ResultSet rs, int i) throws SQLException {
        long accountId = rs.getLong("account_id");
        Long account = rs.wasNull() ? null : accountId;
        return new AccountAanvraag(
                rs.getLong("id"),
                rs.getLong("samenwerking_id"),
                rs.getString("weergavenaam"),
                rs.getString("email"),
                Rol.valueOf(rs.getString("rol")),
                rs.getString("gemeente_code"),
                rs.getString("toelichting"),
                rs.getString("aangevraagd_door"),
                Objects.requireNonNull(tijd(rs.getTimestamp("aangevraagd_op")), "aangevraagd_op"),
                AccountAanvraag.Status.valueOf(rs.getString("status")),
                rs.getString("afgehandeld_door"),
                tijd(rs.getTimestamp("afgehandeld_op")),
                rs.getString("reden"),
                account,
                rs.getLong("versie"));
    }

    private static @Nullable Instant tijd(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
