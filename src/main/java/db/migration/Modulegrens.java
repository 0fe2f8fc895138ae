package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Drops the foreign keys from some tables to a table of another module (ADR 0012: modules own their data; deletion
 * across modules is an event, not a cascade). Not a migration itself: the module migrations call it.
 *
 * <p>The keys were declared inline without a name, and H2 and PostgreSQL name them differently, so the names are
 * looked up in the information schema, which both have.
 */
public final class Modulegrens {

    private Modulegrens() {}

    /**
     * Drops every foreign key from one of {@code van} to {@code naar}; each table in {@code van} must have exactly
     * one, otherwise the schema is not what this migration was written for and it fails.
     */
    public static void verwijderSleutels(Connection c, String naar, Set<String> van) throws SQLException {
        record Sleutel(String tabel, String naam) {}
        List<Sleutel> sleutels = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT tc.table_name, tc.constraint_name
                FROM information_schema.table_constraints tc
                JOIN information_schema.referential_constraints rc
                  ON rc.constraint_schema = tc.constraint_schema AND rc.constraint_name = tc.constraint_name
                JOIN information_schema.table_constraints doel
                  ON doel.constraint_schema = rc.unique_constraint_schema
                 AND doel.constraint_name = rc.unique_constraint_name
                WHERE tc.constraint_type = 'FOREIGN KEY'
                  AND LOWER(doel.table_name) = ?
                  AND LOWER(tc.table_schema) = LOWER(CURRENT_SCHEMA)""")) {
            ps.setString(1, naar.toLowerCase(Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String tabel = rs.getString(1).toLowerCase(Locale.ROOT);
                    if (van.contains(tabel)) {
                        sleutels.add(new Sleutel(rs.getString(1), rs.getString(2)));
                    }
                }
            }
        }
        Set<String> gevonden = new TreeSet<>();
        sleutels.forEach(s -> gevonden.add(s.tabel().toLowerCase(Locale.ROOT)));
        if (sleutels.size() != van.size() || !gevonden.equals(new TreeSet<>(van))) {
            throw new IllegalStateException("expected one foreign key to " + naar + " from each of "
                    + new TreeSet<>(van) + ", found " + sleutels);
        }
        try (Statement st = c.createStatement()) {
            for (Sleutel s : sleutels) {
                st.execute("ALTER TABLE " + s.tabel() + " DROP CONSTRAINT \""
                        + s.naam().replace("\"", "") + "\"");
            }
        }
    }
}
