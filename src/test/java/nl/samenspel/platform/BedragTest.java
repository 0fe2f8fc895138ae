package nl.samenspel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one reader and writer of amounts: a table of what people type and what must come of it. */
class BedragTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            150000            | 150000.00
            150.000           | 150000.00
            150.000,50        | 150000.50
            150.000,5         | 150000.50
            € 150.000         | 150000.00
            €150.000,00       | 150000.00
            150.000 €         | 150000.00
            EUR 150.000       | 150000.00
            150.000,-         | 150000.00
            150.000,--        | 150000.00
            1.500.000         | 1500000.00
            1.500             | 1500.00
            0                 | 0.00
            0,05              | 0.05
            75000,50          | 75000.50
            "  12,3  "        | 12.30
            1234567890123     | 1234567890123.00
            """)
    void geaccepteerd(String invoer, String verwacht) {
        Bedrag.Uitkomst u = Bedrag.lees(invoer);
        assertThat(u.foutSleutel()).as(invoer).isNull();
        assertThat(u.bedrag()).isEqualTo(new BigDecimal(verwacht));
    }

    @ParameterizedTest(name = "\"{0}\" wordt geweigerd: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            150,000           | bedrag.fout.centen
            1,505             | bedrag.fout.centen
            1.5               | bedrag.fout.punt
            150.00            | bedrag.fout.punt
            1.50              | bedrag.fout.punt
            1.5000            | bedrag.fout.punt
            15.0000           | bedrag.fout.punt
            150,000.50        | bedrag.fout.ongeldig
            1,5,0             | bedrag.fout.ongeldig
            abc               | bedrag.fout.ongeldig
            1e5               | bedrag.fout.ongeldig
            "1 500"           | bedrag.fout.ongeldig
            ",50"             | bedrag.fout.ongeldig
            +5                | bedrag.fout.ongeldig
            -5                | bedrag.fout.negatief
            € -5              | bedrag.fout.negatief
            12345678901234    | bedrag.fout.te-groot
            """)
    void geweigerd(String invoer, String sleutel) {
        Bedrag.Uitkomst u = Bedrag.lees(invoer);
        assertThat(u.bedrag()).as(invoer).isNull();
        assertThat(u.foutSleutel()).isEqualTo(sleutel);
    }

    @ParameterizedTest(name = "leeg \"{0}\"")
    @CsvSource(
            quoteCharacter = '"',
            value = {"\"\"", "\"   \""})
    void leegIsGeenBedrag(String invoer) {
        assertThat(Bedrag.lees(invoer)).isEqualTo(new Bedrag.Uitkomst(null, null));
        assertThat(Bedrag.lees(null)).isEqualTo(new Bedrag.Uitkomst(null, null));
    }

    @ParameterizedTest(name = "getal {0}")
    @CsvSource(delimiter = '|', textBlock = """
            1e-400     | bedrag.fout.centen
            0.001      | bedrag.fout.centen
            10.123     | bedrag.fout.centen
            1e400      | bedrag.fout.te-groot
            1e13       | bedrag.fout.te-groot
            -0.5       | bedrag.fout.negatief
            """)
    void getallenDieNietPreciesPassenWordenGeweigerd(String getal, String sleutel) {
        assertThat(Bedrag.van(new BigDecimal(getal)).foutSleutel()).isEqualTo(sleutel);
    }

    @ParameterizedTest(name = "getal {0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            80000.5      | 80000.50
            1.5E+5       | 150000.00
            125000       | 125000.00
            0.10         | 0.10
            9999999999999.99 | 9999999999999.99
            """)
    void getallenDiePassenBlijvenPrecies(String getal, String verwacht) {
        assertThat(Bedrag.van(new BigDecimal(getal)).bedrag()).isEqualTo(new BigDecimal(verwacht));
    }

    @ParameterizedTest(name = "{0} leest als \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            150000.00     | € 150.000,00
            150000.5      | € 150.000,50
            0.05          | € 0,05
            1234567.89    | € 1.234.567,89
            999           | € 999,00
            """)
    void weergaveInNederlandseNotatieEnTerugTeLezen(String bedrag, String weergave) {
        BigDecimal b = new BigDecimal(bedrag);
        assertThat(Bedrag.formatteer(b)).isEqualTo(weergave);
        assertThat(Bedrag.lees(Bedrag.invoerTekst(b)).bedrag()).isEqualByComparingTo(b);
        assertThat(Bedrag.lees(Bedrag.formatteer(b)).bedrag()).isEqualByComparingTo(b);
    }
}
