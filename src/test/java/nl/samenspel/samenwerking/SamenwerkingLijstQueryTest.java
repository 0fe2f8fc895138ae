package nl.samenspel.samenwerking;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.samenspel.platform.Pagina;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The list page is read at high rates: it must cost a fixed number of queries, however many rows it shows. */
@SamenspelTest
class SamenwerkingLijstQueryTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void deLijstKostHoogstensTweeQueriesOngeachtHetAantalSamenwerkingen() {
        for (int i = 0; i < 12; i++) {
            TestData.maak(port, "regisseur", TestData.uniek("Veel"), TestData.ZEIST, TestData.DE_BILT, TestData.BUNNIK);
        }
        List<String> sql = new ArrayList<>();
        SamenwerkingRepository repository = new SamenwerkingRepository(JdbcClient.create(tellend(dataSource, sql)));

        Pagina<Samenwerking> alles =
                repository.zichtbaar(new SamenwerkingRepository.Zicht(null, null, true), true, 1, 50);
        assertThat(alles.items().size()).isGreaterThanOrEqualTo(13);
        assertThat(alles.items()).allSatisfy(s -> assertThat(s.gemeenten()).isNotEmpty());
        assertThat(sql).as(String.join("\n", sql)).hasSize(2);

        // The accounts that carry a samenwerking out come with its municipalities, in the same statement (issue 12).
        repository.zetUitvoerders(alles.items().get(0).id(), java.util.Set.of("uitvoerder-a", "uitvoerder-b"));
        sql.clear();
        Samenwerking uitgevoerd = repository.vind(alles.items().get(0).id()).orElseThrow();
        assertThat(uitgevoerd.uitvoerders()).containsExactlyInAnyOrder("uitvoerder-a", "uitvoerder-b");
        assertThat(uitgevoerd.gemeenten()).isNotEmpty();
        assertThat(sql).as(String.join("\n", sql)).hasSize(2);
        repository.zetUitvoerders(alles.items().get(0).id(), java.util.Set.of());

        sql.clear();
        Pagina<Samenwerking> ambtenaar =
                repository.zichtbaar(new SamenwerkingRepository.Zicht(null, TestData.DE_BILT, false), false, 1, 50);
        assertThat(ambtenaar.items())
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.neemtDeel(TestData.DE_BILT)).isTrue());
        assertThat(sql).hasSize(2);
    }

    /** A DataSource that records every statement prepared on its connections. */
    static DataSource tellend(DataSource echt, List<String> sql) {
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, methode, args) -> {
                    Object resultaat = aanroep(echt, methode, args);
                    if (resultaat instanceof Connection verbinding) {
                        return Proxy.newProxyInstance(
                                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
                                    if (m.getName().equals("prepareStatement")
                                            || m.getName().equals("createStatement")
                                            || m.getName().equals("prepareCall")) {
                                        sql.add(a == null || a.length == 0 ? "(statement)" : String.valueOf(a[0]));
                                    }
                                    return aanroep(verbinding, m, a);
                                });
                    }
                    return resultaat;
                });
    }

    private static Object aanroep(Object doel, java.lang.reflect.Method methode, Object[] args) throws Throwable {
        try {
            return methode.invoke(doel, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
