package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Every module owns its migrations (ADR 0012): each migration lives in {@code db/migration/<module>/} (SQL) or
 * package {@code db.migration.<module>} (Java) of a module that exists, is named
 * {@code V<yyyyMMddHHmm>__<module>_<what>}, and no two migrations share a version. The migrations from before this
 * layout (V1..V12) keep their names: renaming an applied migration would change its version for existing databases.
 */
class MigratieIndelingTest {

    /** Applied before the layout existed; their names and contents stay as they are. */
    private static final Set<String> GESCHIEDENIS = Set.of(
            "V1__gemeente",
            "V2__account",
            "V3__audit",
            "V4__samenwerking",
            "V5__referentie_stand",
            "V6__verkenning",
            "V7__stappen",
            "V8__toets",
            "V9__toets_weergave",
            "V12__toegevoegd_door");

    private static final Pattern PAD = Pattern.compile(".*/db/migration/(?:([^/]+)/)?([^/]+)\\.(sql|class)$");
    private static final Pattern NIEUW = Pattern.compile("V(\\d{12})__([a-z]+)_([a-z0-9_]+)");
    private static final Pattern VERSIE = Pattern.compile("V(\\d+)__.*");

    record Migratie(String module, String naam, String pad) {}

    static List<Migratie> migraties = new ArrayList<>();

    @BeforeAll
    static void lees() throws IOException {
        PathMatchingResourcePatternResolver r = new PathMatchingResourcePatternResolver();
        List<Resource> bestanden = new ArrayList<>();
        bestanden.addAll(List.of(r.getResources("classpath*:db/migration/**/V*.sql")));
        bestanden.addAll(List.of(r.getResources("classpath*:db/migration/**/V*.class")));
        for (Resource b : bestanden) {
            String pad = b.getURL().toString();
            Matcher m = PAD.matcher(pad);
            assertThat(m.matches())
                    .as("migration at an unexpected place: %s", pad)
                    .isTrue();
            if (m.group(2).contains("$")) {
                continue; // inner class of a Java migration
            }
            migraties.add(new Migratie(m.group(1), m.group(2), pad));
        }
    }

    @Test
    void erZijnMigratiesGevonden() {
        assertThat(migraties).extracting(Migratie::naam).containsAll(GESCHIEDENIS);
    }

    @Test
    void elkeMigratieStaatInDeMapVanEenBestaandeModule() {
        ApplicationModules modules = ApplicationModules.of(SamenspelApplication.class);
        for (Migratie m : migraties) {
            assertThat(m.module())
                    .as("migration outside a module folder: %s", m.pad())
                    .isNotNull();
            assertThat(modules.getModuleByName(m.module()))
                    .as("folder %s of %s is not a module", m.module(), m.pad())
                    .isPresent();
        }
    }

    @Test
    void nieuweMigratiesVolgenHetNaamschema() {
        for (Migratie m : migraties) {
            if (GESCHIEDENIS.contains(m.naam())) {
                continue;
            }
            Matcher n = NIEUW.matcher(m.naam());
            assertThat(n.matches())
                    .as("%s: expected V<yyyyMMddHHmm>__<module>_<what> (lower case, digits, _)", m.pad())
                    .isTrue();
            assertThat(n.group(2))
                    .as("%s: the name starts with its module", m.pad())
                    .isEqualTo(m.module());
            try {
                LocalDateTime.parse(n.group(1), DateTimeFormatter.ofPattern("uuuuMMddHHmm"));
            } catch (DateTimeParseException e) {
                throw new AssertionError(m.pad() + ": version " + n.group(1) + " is not a time yyyyMMddHHmm", e);
            }
        }
    }

    @Test
    void geenTweeMigratiesMetDezelfdeVersie() {
        Map<Long, String> versies = new HashMap<>();
        for (Migratie m : migraties) {
            Matcher v = VERSIE.matcher(m.naam());
            assertThat(v.matches()).as(m.pad()).isTrue();
            String eerder = versies.put(Long.parseLong(v.group(1)), m.pad());
            assertThat(eerder)
                    .as("version of %s already used by %s", m.pad(), eerder)
                    .isNull();
        }
    }
}
