package nl.samenspel.gemeente;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the bundled reference data at start-up. A file is only read into the database when its
 * SHA-256 differs from the one recorded in {@code referentie_stand} (or {@link #VERWERKING} changed),
 * so a normal restart costs two small queries. When a file did change, rows are updated or inserted
 * by key in two JDBC batches (plain UPDATE and INSERT, so H2 and PostgreSQL behave the same).
 * Rows that disappear from a file are kept: other modules refer to municipality codes.
 */
@Component
@Order(10)
class ReferentieLader implements ApplicationRunner {

    static final String GEMEENTEN = "gemeenten.csv";
    static final String REGIOS = "regios.csv";

    /**
     * Version of the conversion from file to rows. Raise it when that conversion changes
     * (e.g. {@link Zoeknaam}), so stored rows are rebuilt even though the files did not change.
     */
    static final int VERWERKING = 1;

    private static final Logger LOG = LoggerFactory.getLogger(ReferentieLader.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate tx;

    ReferentieLader(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.tx = tx;
    }

    /** What one run did with one file. */
    record Resultaat(String bestand, boolean geladen, int bijgewerkt, int toegevoegd) {}

    @Override
    public void run(ApplicationArguments args) {
        laad();
    }

    /** Loads both bundled files; municipalities first, because region rows refer to them. */
    List<Resultaat> laad() {
        return List.of(laad(GEMEENTEN, bytes(GEMEENTEN)), laad(REGIOS, bytes(REGIOS)));
    }

    /** Loads one file's content unless exactly this content was loaded before. One transaction per file. */
    Resultaat laad(String bestand, byte[] inhoud) {
        long start = System.nanoTime();
        String sha = sha256(inhoud);
        Resultaat resultaat = tx.execute(s -> {
            if (ongewijzigd(bestand, sha)) {
                return new Resultaat(bestand, false, 0, 0);
            }
            List<String[]> rijen = lees(inhoud);
            Resultaat r = switch (bestand) {
                case GEMEENTEN -> laadGemeenten(rijen);
                case REGIOS -> laadRegios(rijen);
                default -> throw new IllegalArgumentException("Onbekend referentiebestand: " + bestand);
            };
            legStandVast(bestand, sha, rijen.size());
            return r;
        });
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (resultaat.geladen()) {
            LOG.info(
                    "event=referentiedata-geladen bestand={} bijgewerkt={} toegevoegd={} ms={}",
                    bestand,
                    resultaat.bijgewerkt(),
                    resultaat.toegevoegd(),
                    ms);
        } else {
            LOG.info("event=referentiedata-ongewijzigd bestand={} ms={}", bestand, ms);
        }
        return resultaat;
    }

    private boolean ongewijzigd(String bestand, String sha) {
        Optional<String> opgeslagen = jdbc.sql("SELECT sha256, verwerking FROM referentie_stand WHERE bestand = ?")
                .param(bestand)
                .query((rs, i) -> rs.getString(1) + "/" + rs.getInt(2))
                .optional();
        return opgeslagen.filter((sha + "/" + VERWERKING)::equals).isPresent();
    }

    private void legStandVast(String bestand, String sha, int rijen) {
        int bijgewerkt = jdbc.sql("""
                UPDATE referentie_stand SET sha256 = ?, verwerking = ?, rijen = ?, geladen_op = CURRENT_TIMESTAMP
                WHERE bestand = ?""").params(sha, VERWERKING, rijen, bestand).update();
        if (bijgewerkt == 0) {
            jdbc.sql("""
                    INSERT INTO referentie_stand (bestand, sha256, verwerking, rijen, geladen_op)
                    VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)""").params(bestand, sha, VERWERKING, rijen).update();
        }
    }

    private Resultaat laadGemeenten(List<String[]> rijen) {
        Set<String> bestaand = new HashSet<>(
                jdbc.sql("SELECT code FROM gemeente").query(String.class).list());
        int[] typen = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR};
        return upsert(
                rijen,
                r -> bestaand.contains(r[0]),
                "UPDATE gemeente SET naam = ?, naam_zoek = ?, provincie = ?, provincie_code = ?, inwoners = ? WHERE code = ?",
                "INSERT INTO gemeente (naam, naam_zoek, provincie, provincie_code, inwoners, code) VALUES (?, ?, ?, ?, ?, ?)",
                r -> new Object[] {
                    r[1], Zoeknaam.van(r[1]), r[2], r[3], r[4].isBlank() ? null : Integer.valueOf(r[4]), r[0]
                },
                typen,
                GEMEENTEN);
    }

    private Resultaat laadRegios(List<String[]> rijen) {
        Set<String> bestaand = new HashSet<>(jdbc.sql("SELECT gemeente_code, regio_type FROM gemeente_regio")
                .query((rs, i) -> rs.getString(1) + "|" + rs.getString(2))
                .list());
        int[] typen = {Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};
        return upsert(
                rijen,
                r -> bestaand.contains(r[0] + "|" + r[1]),
                "UPDATE gemeente_regio SET regio_code = ?, regio_naam = ?, peiljaar = ?, bron = ? WHERE gemeente_code = ? AND regio_type = ?",
                "INSERT INTO gemeente_regio (regio_code, regio_naam, peiljaar, bron, gemeente_code, regio_type) VALUES (?, ?, ?, ?, ?, ?)",
                r -> new Object[] {r[2], r[3], Integer.valueOf(r[4]), r[5], r[0], r[1]},
                typen,
                REGIOS);
    }

    /** Splits rows into existing (UPDATE) and new (INSERT) by key, then runs each group as one batch. */
    private Resultaat upsert(
            List<String[]> rijen,
            java.util.function.Predicate<String[]> bestaat,
            String update,
            String insert,
            Function<String[], Object[]> waarden,
            int[] typen,
            String bestand) {
        List<Object[]> bij = new ArrayList<>();
        List<Object[]> nieuw = new ArrayList<>();
        for (String[] r : rijen) {
            (bestaat.test(r) ? bij : nieuw).add(waarden.apply(r));
        }
        if (!bij.isEmpty()) {
            batch.batchUpdate(update, bij, typen);
        }
        if (!nieuw.isEmpty()) {
            batch.batchUpdate(insert, nieuw, typen);
        }
        return new Resultaat(bestand, true, bij.size(), nieuw.size());
    }

    static byte[] bytes(String bestand) {
        String pad = "/referentie/" + bestand;
        try (InputStream in = ReferentieLader.class.getResourceAsStream(pad)) {
            if (in == null) {
                throw new IllegalStateException("Referentiebestand ontbreekt: " + pad);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in elke JVM aanwezig", e);
        }
    }

    /** Reads a bundled file by name (e.g. {@code gemeenten.csv}): all rows after the header. */
    static List<String[]> lees(String bestand) {
        return lees(bytes(bestand));
    }

    static List<String[]> lees(byte[] inhoud) {
        try (var reader =
                new BufferedReader(new InputStreamReader(new ByteArrayInputStream(inhoud), StandardCharsets.UTF_8))) {
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

    /** RFC 4180 CSV as CBS-derived files use it: fields may be quoted ("Nuenen, Gerwen en Nederwetten"). */
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
