package nl.samenspel.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdTest {

    @ParameterizedTest
    @CsvSource({"7, 7", "' 42 ', 42", "999999999999999999, 999999999999999999"})
    void eenPositiefGetalIsEenId(String invoer, long waarde) {
        assertThat(Id.lees(invoer)).contains(new Id(waarde));
    }

    /** Long.valueOf takes "+7" and Arabic-Indic digits; an id does not. */
    @ParameterizedTest
    @ValueSource(
            strings = {"", " ", "0", "-7", "+7", "07", "7.0", "7 7", "abc", "\u0667", "1e3", "9999999999999999999"})
    void allesAndersIsGeenId(String invoer) {
        assertThat(Id.lees(invoer)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void eenIdIsPositief() {
        assertThat(Id.lees(null)).isEmpty();
        assertThatThrownBy(() -> new Id(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
