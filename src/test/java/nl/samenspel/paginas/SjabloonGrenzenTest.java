package nl.samenspel.paginas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule of docs/architectuur.md, section "Pagina's": a template under {@code pages/<module>/} belongs to that
 * module and may use its own module's types (page models in {@code <module>.web} too), {@code platform} and the
 * published API of other modules (their base package); a shared template ({@code tag/}, {@code layout/}, a page
 * directly under {@code pages/}) only {@code platform} and base packages. jte compiles templates outside
 * {@code nl.samenspel}, so Spring Modulith does not see them: this test does.
 */
class SjabloonGrenzenTest {

    private static final Path SJABLONEN = Path.of("src/main/jte");
    /** A type of ours, with the module and any sub-package between module and type. */
    private static final Pattern TYPE = Pattern.compile("nl\\.samenspel\\.([a-z]+)\\.((?:[a-z]\\w*\\.)*)[A-Z]\\w*");

    static List<String> overtredingen(String module, String tekst) {
        List<String> fout = new ArrayList<>();
        Matcher m = TYPE.matcher(tekst);
        while (m.find()) {
            boolean subpakket = !m.group(2).isEmpty();
            boolean eigen = m.group(1).equals(module);
            if (subpakket && !eigen) {
                fout.add(m.group());
            }
        }
        return fout;
    }

    /** {@code pages/stappen/wat.jte} belongs to stappen; {@code tag/veld.jte} and {@code pages/fout.jte} to none. */
    static String module(Path sjabloon) {
        Path relatief = SJABLONEN.relativize(sjabloon);
        return relatief.getNameCount() > 2 && relatief.getName(0).toString().equals("pages")
                ? relatief.getName(1).toString()
                : null;
    }

    @Test
    void sjablonenGebruikenAlleenHunEigenModuleEnGepubliceerdeTypen() throws IOException {
        List<String> fout = new ArrayList<>();
        try (Stream<Path> alle = Files.walk(SJABLONEN)) {
            for (Path p : alle.filter(f -> f.toString().endsWith(".jte")).toList()) {
                overtredingen(module(p), Files.readString(p))
                        .forEach(t -> fout.add(SJABLONEN.relativize(p) + ": " + t));
            }
        }
        assertThat(fout).isEmpty();
    }

    @Test
    void elkeMapOnderPagesIsEenModule() throws IOException {
        try (Stream<Path> mappen = Files.list(SJABLONEN.resolve("pages"))) {
            for (Path map : mappen.filter(Files::isDirectory).toList()) {
                assertThat(Path.of("src/main/java/nl/samenspel")
                                .resolve(map.getFileName().toString()))
                        .as("pages/" + map.getFileName() + " is named after a module")
                        .isDirectory();
            }
        }
    }

    /** The check itself: what it must refuse and what it must allow. */
    @Test
    void deRegelWeigertEenAndereModuleVanBinnenEnLaatGepubliceerdeTypenToe() {
        assertThat(overtredingen("stappen", "@import nl.samenspel.samenwerking.web.FormulierWeergave"))
                .containsExactly("nl.samenspel.samenwerking.web.FormulierWeergave");
        assertThat(overtredingen(null, "@param nl.samenspel.verkenning.web.Keuzelijst k"))
                .containsExactly("nl.samenspel.verkenning.web.Keuzelijst");
        assertThat(overtredingen("samenwerking", "@import nl.samenspel.samenwerking.web.FormulierWeergave"))
                .isEmpty();
        assertThat(overtredingen(null, "@import nl.samenspel.samenwerking.Fase\n@import nl.samenspel.platform.Ui"))
                .isEmpty();
    }
}
