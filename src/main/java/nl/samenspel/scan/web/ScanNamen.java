package nl.samenspel.scan.web;

import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.scan.ScanFeiten;

/** The readable name of a party of a scan. */
final class ScanNamen {

    private ScanNamen() {}

    /** The municipality's name (also of one that left), {@code organisatie} for the shared organisation. */
    static String naam(Samenwerking s, String partij, String organisatie) {
        if (ScanFeiten.ORGANISATIE.equals(partij)) {
            return organisatie;
        }
        for (Gemeente g : s.gemeenten()) {
            if (g.code().equals(partij)) {
                return g.naam();
            }
        }
        return s.vertrokken().stream()
                .filter(v -> v.code().equals(partij))
                .map(v -> v.gemeente().naam())
                .findFirst()
                .orElse(partij);
    }
}
