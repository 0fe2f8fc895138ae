package nl.samenspel.scan;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The statements of the scan, three per {@link ScanThema}, each rated 1 (not at all) to 5 (fully). The text is in
 * {@code messages/scan.properties} under {@link #tekstSleutel()}; {@link #veld()} is its name in a form and in the
 * API.
 */
public enum Stelling {
    WAARDE1(ScanThema.STRATEGISCHE_WAARDE),
    WAARDE2(ScanThema.STRATEGISCHE_WAARDE),
    WAARDE3(ScanThema.STRATEGISCHE_WAARDE),
    LEVERING1(ScanThema.LEVERING),
    LEVERING2(ScanThema.LEVERING),
    LEVERING3(ScanThema.LEVERING),
    RELATIE1(ScanThema.RELATIE_EN_VERTROUWEN),
    RELATIE2(ScanThema.RELATIE_EN_VERTROUWEN),
    RELATIE3(ScanThema.RELATIE_EN_VERTROUWEN),
    STURING1(ScanThema.STURING),
    STURING2(ScanThema.STURING),
    STURING3(ScanThema.STURING);

    public static final int LAAGST = 1;
    public static final int HOOGST = 5;

    /** From this spread (highest minus lowest score) on, a statement is a tension to discuss. */
    public static final int SPANNING_VANAF = 2;

    private final ScanThema thema;

    Stelling(ScanThema thema) {
        this.thema = thema;
    }

    public ScanThema thema() {
        return thema;
    }

    /** The name in a form and in the API: {@code waarde1}. */
    public String veld() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String tekstSleutel() {
        return "scan.stelling." + veld();
    }

    public static List<Stelling> van(ScanThema thema) {
        return Arrays.stream(values()).filter(s -> s.thema == thema).toList();
    }

    /** The statement with this form or API name (any case), empty when there is none. */
    public static Optional<Stelling> lees(String veld) {
        return Arrays.stream(values())
                .filter(s -> s.name().equalsIgnoreCase(veld.strip()))
                .findFirst();
    }

    /** The form field (and error field) of the open answer of a theme: {@code openStrategischeWaarde}. */
    public static String openVeld(ScanThema thema) {
        StringBuilder uit = new StringBuilder("open");
        for (String deel : thema.name().split("_")) {
            uit.append(deel.charAt(0)).append(deel.substring(1).toLowerCase(Locale.ROOT));
        }
        return uit.toString();
    }
}
