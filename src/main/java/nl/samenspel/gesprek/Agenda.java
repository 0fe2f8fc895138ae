package nl.samenspel.gesprek;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.rapportage.LijnStatus;
import nl.samenspel.rapportage.Rapportageinhoud;
import org.jspecify.annotations.Nullable;

/**
 * Prepares the agenda of a service conversation (rule 7: the information feeds the conversation, it does not steer
 * by itself). A pure function of what the other modules give: the report's deviations and attention points first
 * (in the DVO's order, with the narrative and the indicator values as the organisation wrote them), then the open
 * actions of earlier conversations on this DVO (oldest due date first), the stretch used, and the gedoe items
 * raised since the previous conversation. Every item gets the probing questions of its kind from the bank.
 */
public final class Agenda {

    private Agenda() {}

    /**
     * One agenda item as prepared.
     *
     * @param verwijzing the DVO line, action or gedoe item it is about, null for the stretch
     * @param vragen the bank's probing questions for its kind, in the bank's order
     */
    public record Punt(
            Agendasoort soort,
            String titel,
            String toelichting,
            @Nullable Long verwijzing,
            List<String> vragen) {
        public Punt {
            vragen = List.copyOf(vragen);
        }
    }

    /** The stretch of the DVO as the service words it (amounts in Dutch notation), when the DVO has one. */
    public record Rek(String titel, String toelichting) {}

    /** A gedoe item of this client or the shared organisation. */
    public record Gedoe(long id, String titel, String omschrijving, LocalDate gemeldOp) {}

    /**
     * What the agenda is built from.
     *
     * @param rapportage the report, null for a conversation without one
     * @param acties the open actions of earlier conversations on the same DVO
     * @param rek the stretch, null when the DVO reserves none
     * @param gedoe the gedoe items raised since the previous conversation (all when there was none)
     * @param vragen the question bank
     */
    public record Invoer(
            @Nullable Rapportageinhoud rapportage,
            List<Gesprek.Actie> acties,
            @Nullable Rek rek,
            List<Gedoe> gedoe,
            List<Vraag> vragen) {
        public Invoer {
            acties = List.copyOf(acties);
            gedoe = List.copyOf(gedoe);
            vragen = List.copyOf(vragen);
        }
    }

    public static List<Punt> bouw(Invoer in) {
        List<Punt> punten = new ArrayList<>();
        Rapportageinhoud r = in.rapportage();
        if (r != null) {
            for (LijnStatus status : List.of(LijnStatus.AFWIJKING, LijnStatus.AANDACHT)) {
                Agendasoort soort = status == LijnStatus.AFWIJKING ? Agendasoort.AFWIJKING : Agendasoort.AANDACHT;
                for (Rapportageinhoud.Lijn l : r.lijnen()) {
                    if (l.status() == status) {
                        punten.add(new Punt(
                                soort,
                                l.dienst() + ": " + l.resultaat(),
                                toelichting(l),
                                l.regelId(),
                                vragen(soort, in.vragen())));
                    }
                }
            }
        }
        in.acties().stream()
                .filter(Gesprek.Actie::open)
                .sorted(Comparator.comparing(Gesprek.Actie::deadline).thenComparingLong(Gesprek.Actie::id))
                .forEach(a -> punten.add(new Punt(
                        Agendasoort.ACTIE,
                        a.omschrijving(),
                        a.eigenaar() + " \u2013 " + Tijdstip.dag(a.deadline()),
                        a.id(),
                        vragen(Agendasoort.ACTIE, in.vragen()))));
        Rek rek = in.rek();
        if (rek != null) {
            punten.add(new Punt(
                    Agendasoort.REK, rek.titel(), rek.toelichting(), null, vragen(Agendasoort.REK, in.vragen())));
        }
        in.gedoe().stream()
                .sorted(Comparator.comparing(Gedoe::gemeldOp).thenComparingLong(Gedoe::id))
                .forEach(g -> punten.add(new Punt(
                        Agendasoort.GEDOE,
                        g.titel(),
                        g.omschrijving(),
                        g.id(),
                        vragen(Agendasoort.GEDOE, in.vragen()))));
        return punten;
    }

    /** The bank's questions for {@code soort}, in their order. */
    public static List<String> vragen(Agendasoort soort, List<Vraag> bank) {
        return bank.stream()
                .filter(v -> v.soort() == soort)
                .sorted(Comparator.comparingInt(Vraag::volgorde).thenComparingLong(Vraag::id))
                .map(Vraag::tekst)
                .toList();
    }

    /** The narrative, then the indicator values that were reported ("indicator: value"), one per line. */
    private static String toelichting(Rapportageinhoud.Lijn l) {
        String waarden = l.waarden().stream()
                .filter(w -> w.waarde() != null)
                .map(w -> w.indicator() + ": " + tekst(w.waarde()))
                .collect(Collectors.joining("\n"));
        String verhaal = l.verhaal().strip();
        if (waarden.isEmpty()) {
            return verhaal;
        }
        return verhaal.isEmpty() ? waarden : verhaal + "\n" + waarden;
    }

    private static String tekst(@Nullable BigDecimal b) {
        return b == null ? "" : b.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
