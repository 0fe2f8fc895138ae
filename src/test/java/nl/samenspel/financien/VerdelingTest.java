package nl.samenspel.financien;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The split of a budget over the municipalities: the parts add up to the total to the cent, and no part is more
 * than a cent away from its exact share. A property test over a seeded generator (each seed a case that can be
 * replayed), plus the cases a person checks by hand.
 */
class VerdelingTest {

    static IntStream zaden() {
        return IntStream.range(0, 300);
    }

    @ParameterizedTest(name = "zaad {0}")
    @MethodSource("zaden")
    void deDelenTellenOpTotHetTotaalEnWijkenHoogstensEenCentAf(int zaad) {
        Random r = new Random(zaad);
        int n = 1 + r.nextInt(15);
        Map<String, BigDecimal> gewichten = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            // Weights as the three kinds of key give them: percentages with decimals, inhabitants, usage; some zero.
            BigDecimal w = switch (r.nextInt(4)) {
                case 0 -> BigDecimal.ZERO;
                case 1 -> BigDecimal.valueOf(r.nextInt(1_000_000), 4);
                case 2 -> BigDecimal.valueOf(1 + r.nextInt(900_000));
                default -> BigDecimal.valueOf(r.nextInt(10_000), 2);
            };
            gewichten.put("GM" + String.format("%04d", i), w);
        }
        if (gewichten.values().stream().allMatch(w -> w.signum() == 0)) {
            gewichten.put("GM9999", BigDecimal.ONE);
        }
        BigDecimal totaal = BigDecimal.valueOf(Math.floorMod(r.nextLong(), 1_000_000_000_000L), 2);

        Map<String, BigDecimal> delen = Verdeling.verdeel(totaal, gewichten);

        assertThat(delen.keySet()).containsExactlyElementsOf(gewichten.keySet());
        assertThat(delen.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(totaal);
        BigDecimal som = gewichten.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal cent = new BigDecimal("0.01");
        for (Map.Entry<String, BigDecimal> e : delen.entrySet()) {
            BigDecimal deel = e.getValue();
            assertThat(deel.scale()).isEqualTo(2);
            assertThat(deel.signum()).isGreaterThanOrEqualTo(0);
            BigDecimal exact = totaal.multiply(gewichten.get(e.getKey())).divide(som, MathContext.DECIMAL128);
            assertThat(deel.subtract(exact).abs()).as(e.getKey()).isLessThan(cent);
            if (gewichten.get(e.getKey()).signum() == 0) {
                assertThat(deel).isEqualByComparingTo(BigDecimal.ZERO);
            }
        }
    }

    @Test
    void eenDerdeVanHonderdEuroGeeftDeOverigeCentAanDeEerste() {
        Map<String, BigDecimal> gewichten = new LinkedHashMap<>();
        gewichten.put("A", BigDecimal.ONE);
        gewichten.put("B", BigDecimal.ONE);
        gewichten.put("C", BigDecimal.ONE);
        assertThat(Verdeling.verdeel(new BigDecimal("100.00"), gewichten))
                .containsExactly(
                        Map.entry("A", new BigDecimal("33.34")),
                        Map.entry("B", new BigDecimal("33.33")),
                        Map.entry("C", new BigDecimal("33.33")));
    }

    @Test
    void deCentGaatNaarWieDoorAfrondenHetMeestVerloor() {
        Map<String, BigDecimal> gewichten = new LinkedHashMap<>();
        gewichten.put("Zeist", new BigDecimal("60"));
        gewichten.put("De Bilt", new BigDecimal("25"));
        gewichten.put("Bunnik", new BigDecimal("15"));
        // 0.05 split 60/25/15: exact 0.030, 0.0125, 0.0075 -> 3, 1, 0 cents, and the one left goes to Bunnik (.75).
        assertThat(Verdeling.verdeel(new BigDecimal("0.05"), gewichten))
                .containsExactly(
                        Map.entry("Zeist", new BigDecimal("0.03")),
                        Map.entry("De Bilt", new BigDecimal("0.01")),
                        Map.entry("Bunnik", new BigDecimal("0.01")));
    }

    @Test
    void zonderGewichtOfMetFractiesVanCentenWeigertHet() {
        assertThatThrownBy(() -> Verdeling.verdeel(BigDecimal.TEN, Map.of("A", BigDecimal.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Verdeling.verdeel(new BigDecimal("1.001"), Map.of("A", BigDecimal.ONE)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
