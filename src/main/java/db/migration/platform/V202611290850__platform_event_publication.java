package db.migration.platform;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The table of Spring Modulith's event publication registry (ADR 0012): every event for a transactional listener
 * is recorded when it is published and marked complete when the listener succeeded, so a failed listener (the
 * check's re-evaluation) is retried instead of lost.
 *
 * <p>The DDL is the schema that spring-modulith-events-jdbc 2.0.3 ships ({@code schemas/v2/schema-h2.sql} and
 * {@code schemas/v2/schema-postgresql.sql}), copied here rather than read from the jar, so an upgrade of Modulith never
 * changes an applied migration; a new schema version needs a new migration. In Java because the two DDLs differ
 * (column types, a hash index on PostgreSQL).
 */
public class V202611290850__platform_event_publication extends BaseJavaMigration {

    private static final String[] POSTGRESQL = {
        """
            CREATE TABLE event_publication (
              id                     UUID NOT NULL,
              listener_id            TEXT NOT NULL,
              event_type             TEXT NOT NULL,
              serialized_event       TEXT NOT NULL,
              publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
              completion_date        TIMESTAMP WITH TIME ZONE,
              status                 TEXT,
              completion_attempts    INT,
              last_resubmission_date TIMESTAMP WITH TIME ZONE,
              PRIMARY KEY (id)
            )""",
        "CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event)",
        "CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date)"
    };

    private static final String[] H2 = {
        """
            CREATE TABLE event_publication (
              id                     UUID NOT NULL,
              completion_date        TIMESTAMP(9) WITH TIME ZONE,
              event_type             VARCHAR(512) NOT NULL,
              listener_id            VARCHAR(512) NOT NULL,
              publication_date       TIMESTAMP(9) WITH TIME ZONE NOT NULL,
              serialized_event       VARCHAR(4000) NOT NULL,
              status                 VARCHAR(20),
              completion_attempts    INT,
              last_resubmission_date TIMESTAMP(9) WITH TIME ZONE,
              PRIMARY KEY (id)
            )""",
        "CREATE INDEX event_publication_by_listener_id_and_serialized_event_idx "
                + "ON event_publication (listener_id, serialized_event)",
        "CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date)"
    };

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        String product = c.getMetaData().getDatabaseProductName();
        String[] ddl = switch (product) {
            case "PostgreSQL" -> POSTGRESQL;
            case "H2" -> H2;
            default -> throw new IllegalStateException("event_publication: no schema for " + product);
        };
        try (Statement st = c.createStatement()) {
            for (String sql : ddl) {
                st.execute(sql);
            }
        }
    }
}
