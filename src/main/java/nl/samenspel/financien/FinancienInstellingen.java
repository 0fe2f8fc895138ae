package nl.samenspel.financien;

/**
 * @param informatietermijnDagen within how many days of a deficit or extra contribution becoming known every raad
 *     should be told ({@link FinancienFeiten#STANDAARD_INFORMATIETERMIJN} unless changed)
 * @param versie 0 while nothing was set
 */
public record FinancienInstellingen(long samenwerkingId, int informatietermijnDagen, long versie) {

    static FinancienInstellingen standaard(long samenwerkingId) {
        return new FinancienInstellingen(samenwerkingId, FinancienFeiten.STANDAARD_INFORMATIETERMIJN, 0);
    }
}
