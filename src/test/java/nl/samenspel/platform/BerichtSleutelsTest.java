package nl.samenspel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key the code and the templates name exists in exactly one bundle under
 * {@code src/main/resources/messages}. A missing key reaches users as the raw key (see {@link Teksten}).
 */
class BerichtSleutelsTest {

    private static final Path BUNDELS = Path.of("src/main/resources/messages");
    /** A string literal shaped like a key: lower-case words joined by dots; a trailing dot is a prefix. */
    private static final Pattern LITERAAL = Pattern.compile("\"([a-z]+(?:\\.[A-Za-z0-9_-]+)+\\.?)\"");

    private static List<Path> bestanden(String map, String extensie) {
        try (Stream<Path> s = Files.walk(Path.of(map))) {
            return s.filter(p -> p.toString().endsWith(extensie)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lees(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Key to the bundles that define it; a key twice in one file counts twice. */
    static Map<String, List<String>> sleutels() {
        Map<String, List<String>> uit = new HashMap<>();
        for (Path bundel : bestanden(BUNDELS.toString(), ".properties")) {
            for (String regel : lees(bundel).split("\\R")) {
                String r = regel.strip();
                int is = r.indexOf('=');
                if (r.isEmpty() || r.startsWith("#") || r.startsWith("!") || is < 0) {
                    continue;
                }
                uit.computeIfAbsent(r.substring(0, is).strip(), k -> new ArrayList<>())
                        .add(bundel.getFileName().toString());
            }
        }
        return uit;
    }

    @Test
    void geenSleutelStaatTweeKeer() {
        Map<String, List<String>> sleutels = sleutels();
        assertThat(sleutels).hasSizeGreaterThan(500);
        assertThat(sleutels.entrySet().stream()
                        .filter(e -> e.getValue().size() > 1)
                        .map(Map.Entry::toString)
                        .toList())
                .isEmpty();
    }

    @Test
    void elkeGebruikteSleutelBestaat() {
        Map<String, List<String>> sleutels = sleutels();
        // Only the namespaces the bundles use: other dotted literals (file names, properties) are not keys.
        Set<String> naamruimten = new TreeSet<>();
        sleutels.keySet().forEach(k -> naamruimten.add(k.substring(0, k.indexOf('.'))));
        Set<String> ontbreekt = new TreeSet<>();
        int gevonden = 0;
        List<Path> bronnen = new ArrayList<>(bestanden("src/main/java", ".java"));
        bronnen.addAll(bestanden("src/main/jte", ".jte"));
        for (Path bron : bronnen) {
            Matcher m = LITERAAL.matcher(lees(bron));
            while (m.find()) {
                String sleutel = m.group(1);
                if (!naamruimten.contains(sleutel.substring(0, sleutel.indexOf('.')))) {
                    continue;
                }
                gevonden++;
                boolean bestaat = sleutel.endsWith(".")
                        ? sleutels.keySet().stream().anyMatch(k -> k.startsWith(sleutel))
                        : sleutels.containsKey(sleutel)
                                || sleutels.keySet().stream().anyMatch(k -> k.startsWith(sleutel + "."));
                if (!bestaat) {
                    ontbreekt.add(sleutel + " (" + bron + ")");
                }
            }
        }
        assertThat(gevonden).as("keys found in the sources").isGreaterThan(300);
        assertThat(ontbreekt).isEmpty();
    }

    /** An enum whose constants' names complete a key the code builds as prefix + name (+ suffix). */
    record Opbouw(
            String voor, Class<? extends Enum<?>> soort, java.util.function.Function<Enum<?>, String> naam, String na) {
        @Override
        public String toString() {
            return voor + "<" + soort.getSimpleName() + ">" + na;
        }
    }

    private static java.util.function.Function<Enum<?>, String> naam() {
        return Enum::name;
    }

    static Stream<Opbouw> opgebouwdeSleutels() {
        java.util.function.Function<Enum<?>, String> klein = e -> e.name().toLowerCase(java.util.Locale.ROOT);
        return Stream.of(
                new Opbouw("verkenning.sterkte.", nl.samenspel.verkenning.Sterkte.class, naam(), ""),
                new Opbouw("verkenning.patroon.", nl.samenspel.verkenning.Patroon.class, naam(), ""),
                new Opbouw("verkenning.advies.", nl.samenspel.verkenning.Advies.class, naam(), ""),
                new Opbouw("verkenning.classificatie.", nl.samenspel.verkenning.Classificatie.class, naam(), ""),
                new Opbouw("rol.", nl.samenspel.security.Rol.class, naam(), ""),
                new Opbouw("historie.actie.", nl.samenspel.audit.Actie.class, naam(), ""),
                new Opbouw("toets.gezondheid.", nl.samenspel.toets.Gezondheid.class, naam(), ""),
                new Opbouw(
                        "toets.indicator.",
                        nl.samenspel.toets.Gezondheid.class,
                        e -> e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                        ""),
                new Opbouw("toets.ernst.", nl.samenspel.toets.Ernst.class, naam(), ""),
                new Opbouw("toets.status.", nl.samenspel.toets.Status.class, naam(), ""),
                new Opbouw("fase.", nl.samenspel.samenwerking.Fase.class, naam(), ".label"),
                new Opbouw("fase.", nl.samenspel.samenwerking.Fase.class, naam(), ".uitleg"),
                new Opbouw("gedrag.", nl.samenspel.stappen.Gedrag.class, naam(), ".label"),
                new Opbouw("gedrag.", nl.samenspel.stappen.Gedrag.class, naam(), ".uitleg"),
                new Opbouw("stap.", nl.samenspel.stappen.Stap.class, klein, ".label"),
                new Opbouw("stap.", nl.samenspel.stappen.Stap.class, klein, ".uitleg"),
                new Opbouw("spanning.status.", nl.samenspel.stappen.SpanningStatus.class, naam(), ""),
                new Opbouw("spanning.soort.", nl.samenspel.stappen.SpanningSoort.class, naam(), ""),
                new Opbouw("doel.soort.", nl.samenspel.stappen.DoelSoort.class, naam(), ""));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("opgebouwdeSleutels")
    void sleutelsOpgebouwdUitEenEnumBestaanVoorElkeWaarde(Opbouw opbouw) {
        Map<String, List<String>> sleutels = sleutels();
        List<String> ontbreekt = new ArrayList<>();
        for (Enum<?> waarde : opbouw.soort().getEnumConstants()) {
            String sleutel = opbouw.voor() + opbouw.naam().apply(waarde) + opbouw.na();
            if (!sleutels.containsKey(sleutel)) {
                ontbreekt.add(sleutel);
            }
        }
        assertThat(ontbreekt).isEmpty();
    }

    @Test
    void deSleutelmethodenVanDeEnumsWijzenNaarBestaandeSleutels() throws ReflectiveOperationException {
        Map<String, List<String>> sleutels = sleutels();
        List<String> ontbreekt = new ArrayList<>();
        int gezien = 0;
        for (Class<? extends Enum<?>> soort : List.<Class<? extends Enum<?>>>of(
                nl.samenspel.samenwerking.Fase.class,
                nl.samenspel.stappen.Gedrag.class,
                nl.samenspel.stappen.Stap.class,
                nl.samenspel.stappen.SpanningStatus.class,
                nl.samenspel.stappen.SpanningSoort.class,
                nl.samenspel.stappen.DoelSoort.class)) {
            for (java.lang.reflect.Method m : soort.getMethods()) {
                if (m.getName().endsWith("Sleutel")
                        && m.getParameterCount() == 0
                        && m.getReturnType() == String.class) {
                    for (Enum<?> waarde : soort.getEnumConstants()) {
                        gezien++;
                        String sleutel = (String) m.invoke(waarde);
                        if (!sleutels.containsKey(sleutel)) {
                            ontbreekt.add(soort.getSimpleName() + "." + waarde + "." + m.getName() + "() = " + sleutel);
                        }
                    }
                }
            }
        }
        assertThat(gezien).isGreaterThan(30);
        assertThat(ontbreekt).isEmpty();
    }

    @Test
    void elkeGoudenRegelHeeftEenNaam() {
        Map<String, List<String>> sleutels = sleutels();
        for (int regel = 1; regel <= 7; regel++) {
            assertThat(sleutels).containsKey("toets.regel." + regel);
        }
    }
}
