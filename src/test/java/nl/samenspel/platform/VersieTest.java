package nl.samenspel.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** If-Match as RFC 9110 §13.1.1 reads it, against a resource whose current ETag is "7". */
class VersieTest {

    private static final long HUIDIG = 7;

    /**
     * MATCH: the write goes ahead against the version in the last column (a single strong tag is handed to the
     * write as is, which refuses it atomically when it is not the current version: "6" is a 412 there);
     * 412: refused here, it cannot match any version; 400: not an If-Match value at all (Dutch message).
     */
    @ParameterizedTest(name = "If-Match: {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            "7"                 | MATCH | 7
            ' "7" '             | MATCH | 7
            "6"                 | MATCH | 6
            "70"                | MATCH | 70
            "07"                | 412   |
            "+7"                | 412   |
            "abc"               | 412   |
            ""                  | 412   |
            "99999999999999999999" | 412 |
            W/"7"               | 412   |
            W/"6"               | 412   |
            *                   | MATCH | 7
            ' * '               | MATCH | 7
            '"1", "7"'          | MATCH | 7
            '"7","1"'           | MATCH | 7
            '"1" ,"2", "7"'     | MATCH | 7
            '"1", "2"'          | 412   |
            'W/"7", "1"'        | 412   |
            'W/"1", "7"'        | MATCH | 7
            '"1", , "7"'        | MATCH | 7
            '"a,b", "7"'        | MATCH | 7
            '"a,b", "1"'        | 412   |
            7                   | 400   |
            '7, "7"'            | 400   |
            '"7'                | 400   |
            '7"'                | 400   |
            w/"7"               | 400   |
            '"7" "1"'           | 400   |
            '*, "7"'            | 400   |
            '"7", *'            | 400   |
            **                  | 400   |
            ','                 | 400   |
            '"a b"'             | 400   |
            '"a"b"'             | 400   |
            """)
    void ifMatchVolgensRfc9110(String ifMatch, String verwacht, Long versie) {
        switch (verwacht) {
            case "MATCH" -> assertThat(Versie.uitIfMatch(ifMatch, () -> HUIDIG)).isEqualTo(versie);
            case "412" ->
                assertThatThrownBy(() -> Versie.uitIfMatch(ifMatch, () -> HUIDIG))
                        .isInstanceOf(VersieConflictException.class);
            case "400" ->
                assertThatThrownBy(() -> Versie.uitIfMatch(ifMatch, () -> HUIDIG))
                        .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> {
                            assertThat(e.fouten().heeft("If-Match")).isTrue();
                            assertThat(e.fouten().van("If-Match").sleutel()).isEqualTo("fout.if-match");
                        });
            default -> throw new IllegalArgumentException(verwacht);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void zonderIfMatchIsEenVersieVereist(String ifMatch) {
        assertThatThrownBy(() -> Versie.uitIfMatch(ifMatch, () -> HUIDIG)).isInstanceOf(VersieVereistException.class);
    }

    /** A single strong tag is left to the write's own atomic version check, so no extra read happens. */
    @ParameterizedTest
    @ValueSource(strings = {"\"7\"", "\"3\""})
    void eenEnkeleEtagLeestDeHuidigeVersieNiet(String ifMatch) {
        AtomicInteger gelezen = new AtomicInteger();
        long versie = Versie.uitIfMatch(ifMatch, () -> {
            gelezen.incrementAndGet();
            return HUIDIG;
        });
        assertThat(versie).isEqualTo(Long.parseLong(ifMatch.replace("\"", "")));
        assertThat(gelezen).hasValue(0);
    }

    /** When the resource does not exist the usual 404 (or 412 for a create) comes from reading it. */
    @ParameterizedTest
    @ValueSource(strings = {"*", "\"1\", \"2\""})
    void sterretjeEnLijstLezenDeHuidigeVersie(String ifMatch) {
        assertThatThrownBy(() -> Versie.uitIfMatch(ifMatch, () -> {
                    throw new NietGevondenException("taak");
                }))
                .isInstanceOf(NietGevondenException.class);
    }

    @ParameterizedTest(name = "{0} past sterk bij {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            "1"     | "1"   | true
            W/"1"   | "1"   | false
            "1"     | W/"1" | false
            W/"1"   | W/"1" | false
            "1"     | "2"   | false
            *       | "9"   | true
            """)
    void sterkeVergelijking(String ifMatch, String huidig, boolean past) {
        assertThat(Versie.IfMatch.lees(ifMatch).past(huidig)).isEqualTo(past);
    }

    @ParameterizedTest(name = "formulierversie \"{0}\" is {1}")
    @CsvSource({
        "0, 0",
        "7, 7",
        "' 12 ', 12",
        "'', -1",
        "'   ', -1",
        "abc, -1",
        "-3, -1",
        "+7, -1",
        "1.5, -1",
        "'٧', -1",
        "9999999999999999999, -1"
    })
    void eenFormulierZonderLeesbareVersieKanGeenOpgeslagenVersieRaken(String veld, long verwacht) {
        assertThat(Versie.uitFormulier(veld)).isEqualTo(verwacht);
    }

    @org.junit.jupiter.api.Test
    void eenFormulierZonderVersieveldIsOnbekend() {
        assertThat(Versie.uitFormulier(null)).isEqualTo(Versie.ONBEKEND);
    }
}
