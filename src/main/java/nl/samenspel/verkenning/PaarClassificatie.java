package nl.samenspel.verkenning;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Classifies one pair from its two directions; symmetric by construction (only the roles depend on who needs whom). */
final class PaarClassificatie {

    private PaarClassificatie() {}

    static PaarAnalyse classificeer(Taak taak, Richting aNaarB, Richting bNaarA) {
        Partij a = aNaarB.van();
        Partij b = aNaarB.naar();
        if (aNaarB.ontbreekt() || bNaarA.ontbreekt()) {
            return onvolledig(taak, aNaarB, bNaarA);
        }
        if (aNaarB.nodig() && bNaarA.nodig()) {
            Sterkte vanA = Objects.requireNonNull(aNaarB.sterkte());
            Sterkte vanB = Objects.requireNonNull(bNaarA.sterkte());
            if (vanA != vanB) {
                return ongelijk(taak, aNaarB, bNaarA, vanA == Sterkte.STERK ? aNaarB : bNaarA);
            }
            Uitleg uitleg = Uitleg.van(
                    Sleutels.PAAR_WEDERZIJDS,
                    a.naam(),
                    b.naam(),
                    taak.naam(),
                    Objects.requireNonNull(aNaarB.sterkte()).graad(),
                    Objects.requireNonNull(bNaarA.sterkte()).graad());
            return new PaarAnalyse(
                    a,
                    b,
                    aNaarB,
                    bNaarA,
                    Classificatie.WEDERZIJDS,
                    Advies.SAMENWERKEN,
                    null,
                    null,
                    List.of(),
                    uitleg,
                    Afhankelijkheid.GELIJK,
                    null,
                    null);
        }
        if (aNaarB.nodig() || bNaarA.nodig()) {
            Richting behoefte = aNaarB.nodig() ? aNaarB : bNaarA;
            Uitleg uitleg = Uitleg.van(
                    Sleutels.PAAR_EENZIJDIG,
                    behoefte.van().naam(),
                    behoefte.naar().naam(),
                    taak.naam(),
                    Objects.requireNonNull(behoefte.sterkte()).graad());
            return uitkomst(
                    aNaarB, bNaarA, Classificatie.EENZIJDIG, Advies.INKOPEN, behoefte.van(), behoefte.naar(), uitleg);
        }
        Uitleg uitleg = Uitleg.van(Sleutels.PAAR_GEEN, a.naam(), b.naam(), taak.naam());
        return uitkomst(aNaarB, bNaarA, Classificatie.GEEN, Advies.NIET_SAMEN, null, null, uitleg);
    }

    /**
     * Mutual, but one needs the other STERK and the other only ENIGSZINS: still cooperate, and say what the less
     * dependent party should get out of it.
     */
    private static PaarAnalyse ongelijk(Taak taak, Richting aNaarB, Richting bNaarA, Richting sterk) {
        Partij meest = sterk.van();
        Partij minst = sterk.naar();
        Uitleg uitleg = Uitleg.van(Sleutels.PAAR_WEDERZIJDS_ONGELIJK, meest.naam(), minst.naam(), taak.naam());
        return new PaarAnalyse(
                aNaarB.van(),
                aNaarB.naar(),
                aNaarB,
                bNaarA,
                Classificatie.WEDERZIJDS,
                Advies.SAMENWERKEN,
                null,
                null,
                List.of(),
                uitleg,
                Afhankelijkheid.ONGELIJK,
                meest,
                minst);
    }

    /**
     * Missing answers are never read as NIET. With one half known we show that half and say what either
     * answer of the other side would lead to; with nothing known we only say that both still have to answer.
     */
    private static PaarAnalyse onvolledig(Taak taak, Richting aNaarB, Richting bNaarA) {
        List<OntbrekendAntwoord> ontbrekend = new ArrayList<>(2);
        for (Richting richting : List.of(aNaarB, bNaarA)) {
            if (richting.ontbreekt()) {
                ontbrekend.add(new OntbrekendAntwoord(taak, richting.van(), richting.naar()));
            }
        }
        Uitleg uitleg;
        if (ontbrekend.size() == 2) {
            uitleg = Uitleg.van(
                    Sleutels.PAAR_ONVOLLEDIG_BEIDE,
                    aNaarB.van().naam(),
                    aNaarB.naar().naam(),
                    taak.naam());
        } else {
            Richting bekend = aNaarB.ontbreekt() ? bNaarA : aNaarB;
            uitleg = bekend.nodig()
                    ? Uitleg.van(
                            Sleutels.PAAR_ONVOLLEDIG_WEL_NODIG,
                            bekend.van().naam(),
                            bekend.naar().naam(),
                            taak.naam(),
                            Objects.requireNonNull(bekend.sterkte()).graad())
                    : Uitleg.van(
                            Sleutels.PAAR_ONVOLLEDIG_NIET_NODIG,
                            bekend.van().naam(),
                            bekend.naar().naam(),
                            taak.naam());
        }
        return new PaarAnalyse(
                aNaarB.van(),
                aNaarB.naar(),
                aNaarB,
                bNaarA,
                Classificatie.ONVOLLEDIG,
                Advies.ONBEKEND,
                null,
                null,
                ontbrekend,
                uitleg,
                null,
                null,
                null);
    }

    private static PaarAnalyse uitkomst(
            Richting aNaarB,
            Richting bNaarA,
            Classificatie classificatie,
            Advies advies,
            @Nullable Partij koper,
            @Nullable Partij leverancier,
            Uitleg uitleg) {
        return new PaarAnalyse(
                aNaarB.van(),
                aNaarB.naar(),
                aNaarB,
                bNaarA,
                classificatie,
                advies,
                koper,
                leverancier,
                List.of(),
                uitleg,
                null,
                null,
                null);
    }

    /** The one-line advice used when a summary lists pairs. */
    static Uitleg kortAdvies(PaarAnalyse paar) {
        return switch (paar.advies()) {
            case SAMENWERKEN ->
                Uitleg.van(
                        Sleutels.ADVIES_SAMENWERKEN, paar.a().naam(), paar.b().naam());
            case INKOPEN ->
                Uitleg.van(
                        Sleutels.ADVIES_INKOPEN,
                        Objects.requireNonNull(paar.koper(), "buying advice names a buyer")
                                .naam(),
                        Objects.requireNonNull(paar.leverancier(), "buying advice names a supplier")
                                .naam());
            default -> paar.uitleg();
        };
    }
}
