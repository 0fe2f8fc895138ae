package nl.samenspel.toets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The check owns two tables and reads everything else through the read interfaces of the owning modules
 * (SamenwerkingFeiten, AccountFeiten, VerkenningFeiten, StappenFeiten): no SQL in the toets module names another
 * module's table, so a module can change its tables without the check reading them behind its back.
 */
class ToetsEigenTabellenTest {

    private static final Set<String> EIGEN = Set.of("bevinding", "bevinding_gebeurtenis", "toets_stand");
    private static final Pattern TEKSTBLOK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern TEKST = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern TABEL =
            Pattern.compile("\\b(?:FROM|JOIN|INTO|(?<!FOR )UPDATE)\\s+([A-Za-z_][A-Za-z0-9_]*)");

    /** Every table named after FROM, JOIN, INTO or UPDATE in a string literal or text block of this source. */
    static Set<String> tabellen(String bron) {
        List<String> teksten = new ArrayList<>();
        Matcher blok = TEKSTBLOK.matcher(bron);
        StringBuilder rest = new StringBuilder();
        while (blok.find()) {
            teksten.add(blok.group(1));
            blok.appendReplacement(rest, "");
        }
        blok.appendTail(rest);
        Matcher tekst = TEKST.matcher(rest);
        while (tekst.find()) {
            teksten.add(tekst.group(1));
        }
        // Adjacent literals joined with + form one statement.
        String sql = String.join(" ", teksten);
        Set<String> uit = new TreeSet<>();
        Matcher t = TABEL.matcher(sql);
        while (t.find()) {
            uit.add(t.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return uit;
    }

    @Test
    void deHerkenningVindtTabellenInTekstblokkenEnLosseTeksten() {
        String bron = "jdbc.sql(\"\"\"\n SELECT s.id FROM samenwerking s\n JOIN positie p ON p.id = s.id\"\"\");\n"
                + "jdbc.sql(\"UPDATE bevinding SET x = 1 \" + \"WHERE id IN (SELECT id FROM taak)\");\n"
                + "jdbc.sql(\"SELECT id FROM account WHERE id IN (:ids) FOR UPDATE\").param(\"ids\", ids);\n"
                + "// read from the stored findings\n";
        assertThat(tabellen(bron)).containsExactlyInAnyOrder("samenwerking", "positie", "bevinding", "taak", "account");
    }

    @Test
    void deToetsLeestEnSchrijftAlleenHaarEigenTabellen() throws IOException {
        Path module = Path.of("src/main/java/nl/samenspel/toets");
        assertThat(module).isDirectory();
        List<String> vreemd = new ArrayList<>();
        try (Stream<Path> bronnen = Files.walk(module)) {
            for (Path bron : bronnen.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String tabel : tabellen(Files.readString(bron))) {
                    if (!EIGEN.contains(tabel)) {
                        vreemd.add(module.relativize(bron) + ": " + tabel);
                    }
                }
            }
        }
        assertThat(vreemd)
                .as("tables of other modules named in the toets module")
                .isEmpty();
    }
}
