package nl.samenspel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GebeurdatumTest {

    @Test
    void leegIsVandaag() {
        Fouten f = new Fouten();
        assertThat(Gebeurdatum.controleer(f, "datum", null)).isEqualTo(Gebeurdatum.vandaag());
        assertThat(Gebeurdatum.uitFormulier(f, "datum", " ")).isEqualTo(Gebeurdatum.vandaag());
        assertThat(f.leeg()).isTrue();
    }

    @Test
    void eenDagInHetVerledenBlijftStaan() {
        Fouten f = new Fouten();
        assertThat(Gebeurdatum.uitFormulier(f, "datum", "2015-06-30")).isEqualTo(LocalDate.of(2015, 6, 30));
        assertThat(Gebeurdatum.controleer(f, "datum", Gebeurdatum.vandaag())).isEqualTo(Gebeurdatum.vandaag());
        assertThat(f.leeg()).isTrue();
    }

    @Test
    void morgenWordtGeweigerd() {
        Fouten f = new Fouten();
        Gebeurdatum.controleer(f, "datum", Gebeurdatum.vandaag().plusDays(1));
        assertThat(f.van("datum")).isNotNull();
        assertThat(f.van("datum").sleutel()).isEqualTo("fout.datum.toekomst");
    }

    @Test
    void tikfoutInHetJaartalEnOnzinWordenGeweigerd() {
        Fouten f = new Fouten();
        Gebeurdatum.uitFormulier(f, "oud", "0219-03-14");
        Gebeurdatum.uitFormulier(f, "onzin", "14-03-2019");
        assertThat(f.van("oud").sleutel()).isEqualTo("fout.datum.te-vroeg");
        assertThat(f.van("onzin").sleutel()).isEqualTo("fout.datum.ongeldig");
    }
}
