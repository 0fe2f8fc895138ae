package nl.samenspel.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the data source of a test context at the shared embedded PostgreSQL: database {@code samenspel}, or the one
 * named in the property {@value #EIGEN_DATABASE} for a test class with a context of its own (so two contexts never
 * share tables, as their H2 twins do not either).
 */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String DATABASE = "samenspel";
    public static final String EIGEN_DATABASE = "samenspel.test.postgres-database";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String database = context.getEnvironment().getProperty(EIGEN_DATABASE, DATABASE);
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "embedded-postgres",
                        Map.of(
                                "spring.datasource.url",
                                PostgresServer.jdbcUrl(database),
                                "spring.datasource.username",
                                PostgresServer.GEBRUIKER,
                                "spring.datasource.password",
                                "",
                                // As in production (application-postgres.properties).
                                "spring.datasource.hikari.data-source-properties.reWriteBatchedInserts",
                                "true")));
    }
}
