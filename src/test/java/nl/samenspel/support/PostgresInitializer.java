package nl.samenspel.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the data source of a test context at the shared embedded PostgreSQL (database {@code samenspel}). */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String DATABASE = "samenspel";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "embedded-postgres",
                        Map.of(
                                "spring.datasource.url",
                                PostgresServer.jdbcUrl(DATABASE),
                                "spring.datasource.username",
                                PostgresServer.GEBRUIKER,
                                "spring.datasource.password",
                                "")));
    }
}
