package nl.samenspel.evaluatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * "Over tijd" against a fixed day: an evaluation not carried out after its planned day, an action not done after its
 * deadline; the day itself is still on time. And what counts as settled conditions for an uittreding.
 */
class OverTijdTest {

    static final LocalDate VANDAAG = LocalDate.of(2027, 3, 15);

    static Actie actie(LocalDate deadline, @Nullable LocalDate afgerond) {
        return new Actie(1, 1, "Tarieven herzien", "Directeur", deadline, afgerond, 1);
    }

    static Evaluatie evaluatie(LocalDate gepland, @Nullable LocalDate uitgevoerd, List<Actie> acties) {
        return new Evaluatie(1, 1, gepland, "Alles", "Bureau", null, uitgevoerd, 1, acties);
    }

    @Test
    void eenEvaluatieIsOverTijdAlsZeNaHaarDatumNietIsUitgevoerd() {
        assertThat(evaluatie(VANDAAG.minusDays(1), null, List.of()).overTijd(VANDAAG))
                .isTrue();
        assertThat(evaluatie(VANDAAG, null, List.of()).overTijd(VANDAAG))
                .as("op de dag zelf")
                .isFalse();
        assertThat(evaluatie(VANDAAG.plusDays(1), null, List.of()).overTijd(VANDAAG))
                .isFalse();
        assertThat(evaluatie(VANDAAG.minusYears(1), VANDAAG.minusMonths(1), List.of())
                        .overTijd(VANDAAG))
                .as("uitgevoerd, al was het laat")
                .isFalse();
    }

    @Test
    void eenActieIsOverTijdAlsZeNaHaarDeadlineNietIsAfgerond() {
        Actie laat = actie(VANDAAG.minusDays(1), null);
        Actie vandaag = actie(VANDAAG, null);
        Actie klaar = actie(VANDAAG.minusDays(10), VANDAAG.minusDays(2));
        assertThat(laat.overTijd(VANDAAG)).isTrue();
        assertThat(vandaag.overTijd(VANDAAG)).isFalse();
        assertThat(klaar.overTijd(VANDAAG)).isFalse();
        assertThat(evaluatie(VANDAAG, VANDAAG, List.of(laat, vandaag, klaar)).actiesOverTijd(VANDAAG))
                .isEqualTo(1);
    }

    @Test
    void voorwaardenZijnGeregeldMetTekstEnEenAfrekeningMetRichting() {
        Uittreding zonder = uittreding(null, null, null);
        Uittreding alleenTekst = uittreding("Opzegtermijn twee jaar", null, null);
        Uittreding zonderRichting = uittreding("Opzegtermijn twee jaar", new BigDecimal("1000.00"), null);
        Uittreding geregeld = uittreding("Opzegtermijn twee jaar", new BigDecimal("0.00"), AfrekeningRichting.ONTVANGT);
        assertThat(zonder.voorwaardenGeregeld()).isFalse();
        assertThat(alleenTekst.voorwaardenGeregeld()).isFalse();
        assertThat(zonderRichting.voorwaardenGeregeld()).isFalse();
        assertThat(geregeld.voorwaardenGeregeld()).isTrue();
    }

    static Uittreding uittreding(
            @Nullable String voorwaarden, @Nullable BigDecimal bedrag, @Nullable AfrekeningRichting richting) {
        return new Uittreding(
                1,
                1,
                "GM0355",
                VANDAAG,
                VANDAAG.plusYears(1),
                "Reden",
                voorwaarden,
                bedrag,
                richting,
                null,
                null,
                null,
                UittredingStatus.AANGEKONDIGD,
                1);
    }
}
