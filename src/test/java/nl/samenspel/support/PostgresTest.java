package nl.samenspel.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs an H2 test class again on a real PostgreSQL 17: put it on a subclass of a
 * {@link SamenspelTest} class, e.g. {@code @PostgresTest class SmokeIT extends SmokeTest {}}.
 * Adds the profile {@code postgres-test} (on top of {@code test}) and points the data source at the one
 * embedded PostgreSQL of this JVM; Flyway migrates it like any other database. All such classes share
 * one Spring context. The class name must end in {@code IT} so Failsafe, not Surefire, runs it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles("postgres-test")
@ContextConfiguration(initializers = PostgresInitializer.class)
public @interface PostgresTest {}
