package nl.samenspel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TekensTest {

    static Stream<Arguments> toegestaan() {
        return Stream.of(
                Arguments.of("gewone tekst"),
                Arguments.of("tab\tregel\nnog een\r\n"),
                Arguments.of("Zeist – De Bilt · ‘Bunnik’ €"),
                Arguments.of("emoji 😀 blijft"),
                Arguments.of("\u200b nulbreedte en \u00ad zachte afbreking zijn opmaak, geen stuurteken"),
                Arguments.of(""));
    }

    static Stream<Arguments> geweigerd() {
        return Stream.of(
                Arguments.of("a\u0000b", "U+0000", 2),
                Arguments.of("\u0001", "U+0001", 1),
                Arguments.of("regel\u000bverticale tab", "U+000B", 6),
                Arguments.of("x\u001b[31m", "U+001B", 2),
                Arguments.of("del\u007f", "U+007F", 4),
                Arguments.of("c1\u0085", "U+0085", 3),
                Arguments.of("los \ud800 hoog", "U+D800", 5),
                Arguments.of("los \udc00 laag", "U+DC00", 5),
                Arguments.of("einde\ud83d", "U+D83D", 6),
                Arguments.of("omgekeerd \ude00\ud83d", "U+DE00", 11));
    }

    @ParameterizedTest
    @MethodSource
    void toegestaan(String tekst) {
        assertThat(Tekens.eersteOngeldige(tekst)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource
    void geweigerd(String tekst, String code, int positie) {
        assertThat(Tekens.eersteOngeldige(tekst)).contains(new Tekens.Ongeldig(positie, code));
    }
}
