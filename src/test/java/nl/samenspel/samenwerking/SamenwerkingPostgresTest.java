package nl.samenspel.samenwerking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.Locale;
import nl.samenspel.platform.Pagina;
import nl.samenspel.platform.VersieConflictException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The migration and the hand-written SQL run unchanged on PostgreSQL, the production database. */
class SamenwerkingPostgresTest {

    @Test
    void migratieEnQueriesWerkenOpPostgresql() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            var ds = pg.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            JdbcClient jdbc = JdbcClient.create(ds);
            for (String[] g : new String[][] {{"GM0355", "Zeist"}, {"GM0310", "De Bilt"}, {"GM0312", "Bunnik"}}) {
                jdbc.sql(
                                "INSERT INTO gemeente (code, naam, naam_zoek, provincie, provincie_code) VALUES (?, ?, ?, 'Utrecht', 'PV26')")
                        .params(g[0], g[1], g[1].toLowerCase(Locale.ROOT))
                        .update();
            }
            jdbc.sql("INSERT INTO account (gebruikersnaam, weergavenaam, wachtwoord_hash, aangemaakt_op) "
                            + "VALUES ('regisseur', 'R', 'x', CURRENT_TIMESTAMP)")
                    .update();

            SamenwerkingRepository repository = new SamenwerkingRepository(jdbc);
            long id = repository.voegToe("Belastingen", "Samen WOZ", "regisseur", true, List.of("GM0355", "GM0310"));
            repository.voegToe("ICT", "Samen ICT", "regisseur", false, List.of("GM0312", "GM0355"));

            Pagina<Samenwerking> alles =
                    repository.zichtbaar(new SamenwerkingRepository.Zicht(null, null, true), false, 1, 50);
            assertThat(alles.totaal()).isEqualTo(2);
            assertThat(repository
                            .zichtbaar(new SamenwerkingRepository.Zicht(null, null, true), false, true, 1, 50)
                            .items())
                    .extracting(Samenwerking::id)
                    .containsExactly(id);
            assertThat(repository
                            .zichtbaar(new SamenwerkingRepository.Zicht(null, null, true), false, false, 1, 50)
                            .totaal())
                    .isEqualTo(1);
            Pagina<Samenwerking> deBilt =
                    repository.zichtbaar(new SamenwerkingRepository.Zicht(null, "GM0310", false), false, 1, 50);
            assertThat(deBilt.items()).extracting(Samenwerking::id).containsExactly(id);
            assertThat(deBilt.items().get(0).gemeenteNamen()).isEqualTo("Zeist, De Bilt");
            Pagina<Samenwerking> regisseur =
                    repository.zichtbaar(new SamenwerkingRepository.Zicht("regisseur", null, false), false, 2, 1);
            assertThat(regisseur.totaal()).isEqualTo(2);
            assertThat(repository
                            .zichtbaar(new SamenwerkingRepository.Zicht("regisseur", null, false), false, 5, 10)
                            .totaal())
                    .isEqualTo(2);

            repository.wijzig(id, 0, "Belastingen samen", "Samen WOZ", true, List.of("GM0310", "GM0312"));
            assertThatThrownBy(() -> repository.wijzig(id, 0, "Oud", "Oud", false, List.of("GM0310", "GM0312")))
                    .isInstanceOf(VersieConflictException.class);
            Samenwerking na = repository.vind(id).orElseThrow();
            assertThat(na.versie()).isEqualTo(1);
            assertThat(na.gearchiveerd()).isTrue();
            assertThat(na.oefencasus()).isTrue();
            assertThat(repository.vindOefencasus("Belastingen samen")).contains(id);
            assertThat(repository
                            .zichtbaar(new SamenwerkingRepository.Zicht(null, null, true), false, 1, 50)
                            .totaal())
                    .isEqualTo(1);
        }
    }
}
