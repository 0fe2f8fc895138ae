package nl.samenspel.gemeente;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZoeknaamTest {

    @Test
    void apostrofEnStreepjeWordenSpatiesZodatGravenhageVindbaarIs() {
        assertThat(Zoeknaam.van("'s-Gravenhage")).isEqualTo("s gravenhage").contains(Zoeknaam.van("gravenhage"));
        assertThat(Zoeknaam.van("\u2019s-Hertogenbosch")).isEqualTo("s hertogenbosch");
        assertThat(Zoeknaam.van("s-Gravenhage")).isEqualTo(Zoeknaam.van("'s-Gravenhage"));
    }

    @Test
    void accentenEnHoofdlettersTellenNietMee() {
        assertThat(Zoeknaam.van("Fryslân")).isEqualTo("fryslan");
        assertThat(Zoeknaam.van("Súdwest-Fryslân")).isEqualTo("sudwest fryslan").contains(Zoeknaam.van("FRYSLAN"));
        assertThat(Zoeknaam.van("Noardeast-Fryslân")).contains("fryslan");
        assertThat(Zoeknaam.van("De Fryske Marren")).isEqualTo("de fryske marren");
    }

    @Test
    void haakjesEnPuntenVerdwijnenMaarDeNaamBlijftHerkenbaar() {
        assertThat(Zoeknaam.van("Bergen (NH.)")).isEqualTo("bergen nh");
        assertThat(Zoeknaam.van("Bergen (L.)")).isEqualTo("bergen l");
        assertThat(Zoeknaam.van("Nuenen, Gerwen en Nederwetten")).isEqualTo("nuenen gerwen en nederwetten");
    }

    @Test
    void wildcardsEnMarkupVanGebruikersWordenGewoneSpaties() {
        assertThat(Zoeknaam.van("%")).isEmpty();
        assertThat(Zoeknaam.van("a_b%c")).isEqualTo("a b c");
        assertThat(Zoeknaam.van("<script>alert(1)</script>")).isEqualTo("script alert 1 script");
        assertThat(Zoeknaam.van("  De   Bilt  ")).isEqualTo("de bilt");
        assertThat(Zoeknaam.van(null)).isEmpty();
    }

    @Test
    void ligatuurIjWordtIj() {
        assertThat(Zoeknaam.van("\u0132sselstein")).isEqualTo("ijsselstein");
    }
}
