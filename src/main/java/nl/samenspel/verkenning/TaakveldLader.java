package nl.samenspel.verkenning;

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
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Fills the Iv3 taakvelden from {@code referentie/taakvelden.csv}; idempotent, adds only what is missing. */
@Component
@Order(12)
class TaakveldLader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TaakveldLader.class);
    static final String BRON = "referentie/taakvelden.csv";

    private final VerkenningRepository repository;

    TaakveldLader(VerkenningRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int toegevoegd = 0;
        List<Taakveld> alle = lees();
        for (Taakveld t : alle) {
            if (!repository.taakveldBestaat(t.geldigVanaf(), t.code())) {
                repository.voegTaakveldToe(t);
                toegevoegd++;
            }
        }
        LOG.info("event=taakvelden-geladen totaal={} toegevoegd={}", alle.size(), toegevoegd);
    }

    static List<Taakveld> lees() {
        List<Taakveld> lijst = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new ClassPathResource(BRON).getInputStream(), StandardCharsets.UTF_8))) {
            in.readLine();
            String regel;
            while ((regel = in.readLine()) != null) {
                if (regel.isBlank()) {
                    continue;
                }
                List<String> v = velden(regel);
                lijst.add(new Taakveld(
                        Integer.parseInt(v.get(0)),
                        v.get(1).isBlank() ? null : Integer.valueOf(v.get(1)),
                        v.get(2),
                        v.get(3),
                        v.get(4)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lijst;
    }

    /** CSV with optional double quotes around a field (names contain commas). */
    static List<String> velden(String regel) {
        List<String> velden = new ArrayList<>();
        StringBuilder veld = new StringBuilder();
        boolean tussenAanhalingstekens = false;
        for (int i = 0; i < regel.length(); i++) {
            char c = regel.charAt(i);
            if (c == '"') {
                if (tussenAanhalingstekens && i + 1 < regel.length() && regel.charAt(i + 1) == '"') {
                    veld.append('"');
                    i++;
                } else {
                    tussenAanhalingstekens = !tussenAanhalingstekens;
                }
            } else if (c == ',' && !tussenAanhalingstekens) {
                velden.add(veld.toString());
                veld.setLength(0);
            } else {
                veld.append(c);
            }
        }
        velden.add(veld.toString());
        return velden;
    }
}
