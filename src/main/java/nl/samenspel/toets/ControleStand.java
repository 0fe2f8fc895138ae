package nl.samenspel.toets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.samenspel.platform.Teksten;
import org.springframework.aop.support.AopUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The fingerprint of the registered checks (their ids, weights, first phases, finding sentences and compiled code)
 * and the one the stored findings were last evaluated with. They differ after a deploy that changed a check: a
 * stored finding may then carry arguments its new sentence does not fit (an unfilled placeholder on the page) or a
 * cause the check no longer sees, until its samenwerking changes. The start-up then evaluates everything once.
 */
@Component
class ControleStand {

    private static final String SLEUTEL = "controles";

    private final JdbcClient jdbc;
    private final Teksten teksten;

    ControleStand(JdbcClient jdbc, Teksten teksten) {
        this.jdbc = jdbc;
        this.teksten = teksten;
    }

    String vingerafdruk(List<Controle> controles) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        for (Controle c : controles) {
            String regel = c.id() + "|" + c.ernst() + "|" + c.vanaf() + "|" + teksten.t(c.sleutel("bevinding")) + "\n";
            sha.update(regel.getBytes(StandardCharsets.UTF_8));
            sha.update(code(AopUtils.getTargetClass(c)));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The compiled class: a change in what a check looks at changes the fingerprint too. */
    private static byte[] code(Class<?> klasse) {
        try (InputStream in = klasse.getResourceAsStream(klasse.getSimpleName() + ".class")) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<String> bewaard() {
        return jdbc.sql("SELECT waarde FROM toets_stand WHERE sleutel = ?")
                .param(SLEUTEL)
                .query(String.class)
                .optional();
    }

    void bewaar(String vingerafdruk) {
        int bijgewerkt = jdbc.sql("UPDATE toets_stand SET waarde = ? WHERE sleutel = ?")
                .params(vingerafdruk, SLEUTEL)
                .update();
        if (bijgewerkt == 0) {
            jdbc.sql("INSERT INTO toets_stand (sleutel, waarde) VALUES (?, ?)")
                    .params(SLEUTEL, vingerafdruk)
                    .update();
        }
    }
}
