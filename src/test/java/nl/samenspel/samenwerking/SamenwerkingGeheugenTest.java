package nl.samenspel.samenwerking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Within one web request a samenwerking is read once however many modules ask for it, and never shown stale:
 * a write in the same request is seen at once, and a write that is rolled back is not seen at all.
 */
@SamenspelTest
class SamenwerkingGeheugenTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private final List<String> sql = new ArrayList<>();
    private DataSource tellend;
    private SamenwerkingRepository repository;
    private long id;

    @BeforeEach
    void verzoek() {
        id = TestData.id(TestData.maak(port, "regisseur", TestData.uniek("Geheugen"), TestData.ZEIST, TestData.BUNNIK));
        tellend = SamenwerkingLijstQueryTest.tellend(dataSource, sql);
        repository = new SamenwerkingRepository(JdbcClient.create(tellend));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @AfterEach
    void einde() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void binnenEenVerzoekWordtDeSamenwerkingEenKeerGelezen() {
        Samenwerking eerst = repository.vind(id).orElseThrow();
        int na = sql.size();
        assertThat(repository.vind(id)).contains(eerst);
        assertThat(sql).hasSize(na);
    }

    @Test
    void eenWijzigingInHetzelfdeVerzoekIsMeteenTeZien() {
        Samenwerking voor = repository.vind(id).orElseThrow();
        repository.wijzig(id, voor.versie(), "Nieuwe titel", voor.omschrijving(), false, codes(voor));
        Samenwerking na = repository.vind(id).orElseThrow();
        assertThat(na.titel()).isEqualTo("Nieuwe titel");
        assertThat(na.versie()).isEqualTo(voor.versie() + 1);
    }

    @Test
    void eenTeruggedraaideWijzigingWordtNietGetoond() {
        Samenwerking voor = repository.vind(id).orElseThrow();
        TransactionTemplate transactie = new TransactionTemplate(new DataSourceTransactionManager(tellend));
        assertThatThrownBy(() -> transactie.executeWithoutResult(status -> {
                    repository.wijzig(
                            id, voor.versie(), "Wordt teruggedraaid", voor.omschrijving(), false, codes(voor));
                    assertThat(repository.vind(id).orElseThrow().titel()).isEqualTo("Wordt teruggedraaid");
                    throw new IllegalStateException("iets anders mislukt in dezelfde transactie");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(repository.vind(id).orElseThrow().titel()).isEqualTo(voor.titel());
    }

    @Test
    void buitenEenVerzoekWordtAltijdOpnieuwGelezen() {
        RequestContextHolder.resetRequestAttributes();
        repository.vind(id);
        int na = sql.size();
        repository.vind(id);
        assertThat(sql.size()).isGreaterThan(na);
    }

    private static List<String> codes(Samenwerking s) {
        return s.gemeenten().stream().map(Gemeente::code).toList();
    }
}
