package nl.samenspel.financien;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits an amount over municipalities by their weights, in whole cents, so that the parts add up to the amount
 * exactly (largest remainder): every part first gets its exact share rounded down to a cent, and the cents that are
 * left go one each to the parts that lost the most by rounding down (on a tie: the one named first). No part is ever
 * more than one cent away from its exact share. Pure and exact: integer arithmetic on cents, no rounding of
 * fractions.
 */
public final class Verdeling {

    private Verdeling() {}

    /**
     * @param bedrag the amount (at most two decimals, not negative)
     * @param gewichten the weight per municipality code, in the order to show and to break ties; not negative, and
     *     at least one positive
     * @return the part per municipality code, scale 2, in the order of {@code gewichten}
     */
    public static Map<String, BigDecimal> verdeel(BigDecimal bedrag, Map<String, BigDecimal> gewichten) {
        if (bedrag.signum() < 0 || bedrag.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("amount must be whole cents and not negative: " + bedrag);
        }
        int schaal = 0;
        for (BigDecimal w : gewichten.values()) {
            if (w.signum() < 0) {
                throw new IllegalArgumentException("negative weight " + w);
            }
            schaal = Math.max(schaal, w.scale());
        }
        List<String> codes = new ArrayList<>(gewichten.keySet());
        List<BigInteger> w = new ArrayList<>();
        BigInteger som = BigInteger.ZERO;
        for (BigDecimal gewicht : gewichten.values()) {
            BigInteger g = gewicht.setScale(schaal).unscaledValue();
            w.add(g);
            som = som.add(g);
        }
        if (som.signum() == 0) {
            throw new IllegalArgumentException("no positive weight");
        }
        BigInteger centen = bedrag.setScale(2).unscaledValue();
        BigInteger[] deel = new BigInteger[codes.size()];
        BigInteger[] rest = new BigInteger[codes.size()];
        BigInteger verdeeld = BigInteger.ZERO;
        for (int i = 0; i < codes.size(); i++) {
            BigInteger[] qr = centen.multiply(w.get(i)).divideAndRemainder(som);
            deel[i] = qr[0];
            rest[i] = qr[1];
            verdeeld = verdeeld.add(qr[0]);
        }
        List<Integer> volgorde = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            volgorde.add(i);
        }
        volgorde.sort(Comparator.comparing((Integer i) -> rest[i]).reversed().thenComparing(i -> i));
        int over = centen.subtract(verdeeld).intValueExact();
        for (int k = 0; k < over; k++) {
            int i = volgorde.get(k);
            deel[i] = deel[i].add(BigInteger.ONE);
        }
        Map<String, BigDecimal> uit = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            uit.put(codes.get(i), new BigDecimal(deel[i], 2));
        }
        return uit;
    }
}
