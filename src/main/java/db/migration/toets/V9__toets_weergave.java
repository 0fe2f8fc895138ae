package db.migration.toets;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The check per reader (ADR 0010): a finding belongs to one view of the check, {@code VOLLEDIG} (every position,
 * shared or not; for the regisseur) or {@code GEDEELD} (shared positions only; for everybody else). Existing
 * findings were computed from every position and become VOLLEDIG; the GEDEELD view is filled by the next
 * evaluation (the check evaluates samenwerkingen without it at start-up).
 *
 * <p>In Java rather than SQL because V8 left the unique key unnamed, and H2 and PostgreSQL name it differently:
 * the name is looked up in the information schema, which both have.
 *
 * <p>Resulting schema: {@code bevinding.weergave VARCHAR(10) NOT NULL DEFAULT 'VOLLEDIG'}, unique
 * {@code (samenwerking_id, weergave, controle, onderwerp)} named {@code bevinding_uniek}, index
 * {@code bevinding_samenwerking (samenwerking_id, weergave, status)}. Deliberately no {@code CHECK (weergave IN
 * (...))}: H2 2.4.240 loses such constraints when the connection that created them is retired (issue 8, item 3);
 * only the check module writes this column, from an enum.
 */
public class V9__toets_weergave extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        List<String> uniek = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT constraint_name FROM information_schema.table_constraints
                WHERE LOWER(table_name) = 'bevinding' AND constraint_type = 'UNIQUE'
                  AND LOWER(table_schema) = LOWER(CURRENT_SCHEMA)""");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                uniek.add(rs.getString(1));
            }
        }
        if (uniek.size() != 1) {
            throw new IllegalStateException("V9: expected exactly one unique key on bevinding, found " + uniek);
        }
        try (Statement st = c.createStatement()) {
            st.execute("ALTER TABLE bevinding ADD COLUMN weergave VARCHAR(10) DEFAULT 'VOLLEDIG' NOT NULL");
            st.execute("ALTER TABLE bevinding DROP CONSTRAINT \"" + uniek.get(0).replace("\"", "") + "\"");
            st.execute("ALTER TABLE bevinding ADD CONSTRAINT bevinding_uniek "
                    + "UNIQUE (samenwerking_id, weergave, controle, onderwerp)");
            st.execute("DROP INDEX bevinding_samenwerking");
            st.execute("CREATE INDEX bevinding_samenwerking ON bevinding (samenwerking_id, weergave, status)");
        }
    }
}
