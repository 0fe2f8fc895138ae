package nl.samenspel.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * For the few tests about the demo module itself: the whole application as {@link SamenspelTest} starts it, but with
 * the demo on ({@code samenspel.demo.enabled=true}) and without the test fixture's accounts, so what the test sees is
 * what the demo module made. Its own Spring context and its own in-memory H2 database ({@code samenspel-demo}), so
 * the demo data never reaches the other tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(
        properties = {
            "samenspel.demo.enabled=true",
            "spring.datasource.url=jdbc:h2:mem:samenspel-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE;QUERY_CACHE_SIZE=128;LOCK_TIMEOUT=10000;"
                    + "DB_CLOSE_DELAY=-1"
        })
public @interface DemoTest {}
