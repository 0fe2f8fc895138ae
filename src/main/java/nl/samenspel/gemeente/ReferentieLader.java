package nl.samenspel.gemeente;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the bundled reference data at start-up. Idempotent: rows are inserted or updated by key,
 * so restarting, or shipping a newer CSV, converges on the file's content.
 */
@Component
@Order(10)
class ReferentieLader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ReferentieLader.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    ReferentieLader(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(s -> laad());
    }

    void laad() {
        List<String[]> gemeenten = lees("/referentie/gemeenten.csv");
        for (String[] r : gemeenten) {
            Integer inwoners = r[4].isBlank() ? null : Integer.valueOf(r[4]);
            int bijgewerkt = jdbc.sql("""
                    UPDATE gemeente SET naam = ?, naam_zoek = ?, provincie = ?, provincie_code = ?, inwoners = ?
                    WHERE code = ?""").params(r[1], Zoeknaam.van(r[1]), r[2], r[3], inwoners, r[0]).update();
            if (bijgewerkt == 0) {
                jdbc.sql("INSERT INTO gemeente (code, naam, naam_zoek, provincie, provincie_code, inwoners) VALUES (?, ?, ?, ?, ?, ?)")
                        .params(r[0], r[1], Zoeknaam.van(r[1]), r[2], r[3], inwoners).update();
            }
        }
        List<String[]> regios = lees("/referentie/regios.csv");
        for (String[] r : regios) {
            int bijgewerkt = jdbc.sql("""
                    UPDATE gemeente_regio SET regio_code = ?, regio_naam = ?, peiljaar = ?, bron = ?
                    WHERE gemeente_code = ? AND regio_type = ?""")
                    .params(r[2], r[3], Integer.parseInt(r[4]), r[5], r[0], r[1]).update();
            if (bijgewerkt == 0) {
                jdbc.sql("""
                        INSERT INTO gemeente_regio (gemeente_code, regio_type, regio_code, regio_naam, peiljaar, bron)
                        VALUES (?, ?, ?, ?, ?, ?)""").params(r[0], r[1], r[2], r[3], Integer.parseInt(r[4]), r[5]).update();
            }
        }
        LOG.info("event=referentiedata-geladen gemeenten={} regio-lidmaatschappen={}", gemeenten.size(), regios.size());
    }

    /** RFC 4180 CSV as CBS-derived files use it: fields may be quoted ("Nuenen, Gerwen en Nederwetten"). */
    static List<String[]> lees(String pad) {
        try (var in = ReferentieLader.class.getResourceAsStream(pad)) {
            if (in == null) {
                throw new IllegalStateException("Referentiebestand ontbreekt: " + pad);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rijen = new ArrayList<>();
            reader.readLine();
            String regel;
            while ((regel = reader.readLine()) != null) {
                if (!regel.isBlank()) {
                    rijen.add(velden(regel));
                }
            }
            return rijen;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String[] velden(String regel) {
        List<String> velden = new ArrayList<>();
        StringBuilder veld = new StringBuilder();
        boolean tussenAanhalingstekens = false;
        for (int i = 0; i < regel.length(); i++) {
            char c = regel.charAt(i);
            if (tussenAanhalingstekens) {
                if (c == '"' && i + 1 < regel.length() && regel.charAt(i + 1) == '"') {
                    veld.append('"');
                    i++;
                } else if (c == '"') {
                    tussenAanhalingstekens = false;
                } else {
                    veld.append(c);
                }
            } else if (c == '"') {
                tussenAanhalingstekens = true;
            } else if (c == ',') {
                velden.add(veld.toString());
                veld.setLength(0);
            } else {
                veld.append(c);
            }
        }
        velden.add(veld.toString());
        return velden.toArray(String[]::new);
    }
}
