package nl.samenspel.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * One embedded PostgreSQL 17 per test JVM, started on first use and stopped by a shutdown hook.
 * Each Spring context gets its own database in it, so contexts with different data never meet.
 */
public final class PostgresServer {

    public static final String GEBRUIKER = "postgres";
    private static final Pattern NAAM = Pattern.compile("[a-z][a-z0-9_]{0,40}");
    private static EmbeddedPostgres server;

    private PostgresServer() {}

    /** JDBC URL of database {@code naam}; created (empty) the first time it is asked for. */
    public static synchronized String jdbcUrl(String naam) {
        if (!NAAM.matcher(naam).matches()) {
            throw new IllegalArgumentException("ongeldige databasenaam: " + naam);
        }
        EmbeddedPostgres pg = server();
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + naam + "'")) {
                if (!r.next()) {
                    s.execute("CREATE DATABASE " + naam);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database " + naam + " aanmaken mislukt", e);
        }
        return pg.getJdbcUrl(GEBRUIKER, naam);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                // Throw-away data: durability settings off for speed.
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setRegisterShutdownHook(false)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL starten mislukt", e);
            }
            EmbeddedPostgres gestart = server;
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    gestart.close();
                                } catch (IOException e) {
                                    System.err.println("embedded PostgreSQL stoppen mislukt: " + e.getMessage());
                                }
                            },
                            "postgres-stop"));
        }
        return server;
    }
}
