package nl.samenspel.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GemeenteCodeTest {

    @ParameterizedTest
    @CsvSource({"GM0344, GM0344", "gm0344, GM0344", "'  GM0355 ', GM0355", "Gm0001, GM0001"})
    void eenCbsCodeWordtGelezenZoalsCbsHemSchrijft(String invoer, String code) {
        assertThat(GemeenteCode.lees(invoer)).contains(new GemeenteCode(code));
        assertThat(GemeenteCode.lees(invoer).orElseThrow()).hasToString(code);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "GM344",
                "GM03444",
                "0344",
                "PV26",
                "GM03A4",
                "GM 0344",
                "GM0344x",
                "GM\u0660\u0663\u0664\u0664"
            })
    void allesAndersIsGeenCode(String invoer) {
        assertThat(GemeenteCode.lees(invoer)).isEmpty();
        assertThatThrownBy(() -> new GemeenteCode(invoer)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void nietsIsGeenCode() {
        assertThat(GemeenteCode.lees(null)).isEmpty();
        assertThatThrownBy(() -> new GemeenteCode(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
