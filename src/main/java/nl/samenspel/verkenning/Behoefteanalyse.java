package nl.samenspel.verkenning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The mutual-need analysis (rule 5: only cooperate where both need each other; with one-sided need, buy).
 * Turns the parties' answers into a classification and advice per pair and a summary per task, each with an
 * explanation. Pure and deterministic: output follows the given task order and party order, never the order of
 * the answers.
 */
public final class Behoefteanalyse {

    private Behoefteanalyse() {}

    /**
     * @param behoeften the answers given so far; at most one per task and ordered pair, and only about the given
     *     parties and tasks (the caller selects them). Anything not answered is reported as missing.
     * @throws IllegalArgumentException on duplicate parties, tasks or answers, or an answer about an unknown
     *     party or task
     */
    public static List<TaakAnalyse> analyseer(List<Partij> partijen, List<Taak> taken, List<Behoefte> behoeften) {
        Objects.requireNonNull(partijen, "partijen");
        Objects.requireNonNull(taken, "taken");
        Objects.requireNonNull(behoeften, "behoeften");
        Map<String, Partij> partijPerCode = uniek(partijen, Partij::code, "party");
        Map<Long, Taak> taakPerId = uniek(taken, Taak::id, "task");
        Map<Vraag, Behoefte> antwoorden = indexeer(behoeften, partijPerCode, taakPerId);

        List<TaakAnalyse> uitkomst = new ArrayList<>(taken.size());
        for (Taak taak : taken) {
            uitkomst.add(analyseerTaak(taak, partijen, antwoorden));
        }
        return List.copyOf(uitkomst);
    }

    private static TaakAnalyse analyseerTaak(Taak taak, List<Partij> partijen, Map<Vraag, Behoefte> antwoorden) {
        List<PaarAnalyse> paren = new ArrayList<>();
        for (int i = 0; i < partijen.size(); i++) {
            for (int j = i + 1; j < partijen.size(); j++) {
                Partij a = partijen.get(i);
                Partij b = partijen.get(j);
                paren.add(PaarClassificatie.classificeer(
                        taak,
                        Richting.uit(a, b, antwoorden.get(new Vraag(taak.id(), a.code(), b.code()))),
                        Richting.uit(b, a, antwoorden.get(new Vraag(taak.id(), b.code(), a.code())))));
            }
        }
        List<OntbrekendAntwoord> ontbrekend = new ArrayList<>();
        for (Partij van : partijen) {
            for (Partij naar : partijen) {
                if (!van.equals(naar) && !antwoorden.containsKey(new Vraag(taak.id(), van.code(), naar.code()))) {
                    ontbrekend.add(new OntbrekendAntwoord(taak, van, naar));
                }
            }
        }
        return new TaakAnalyse(taak, paren, PatroonHerkenning.vat(taak, partijen, paren, ontbrekend), ontbrekend);
    }

    /** The question an answer belongs to: does {@code van} need {@code naar} for this task? */
    private record Vraag(long taakId, String van, String naar) {}

    private static Map<Vraag, Behoefte> indexeer(
            List<Behoefte> behoeften, Map<String, Partij> partijen, Map<Long, Taak> taken) {
        Map<Vraag, Behoefte> antwoorden = new HashMap<>();
        for (Behoefte behoefte : behoeften) {
            Objects.requireNonNull(behoefte, "behoefte");
            if (!taken.containsKey(behoefte.taakId())) {
                throw new IllegalArgumentException("Answer about unknown task " + behoefte.taakId());
            }
            if (!partijen.containsKey(behoefte.van()) || !partijen.containsKey(behoefte.naar())) {
                throw new IllegalArgumentException(
                        "Answer about unknown party: " + behoefte.van() + " -> " + behoefte.naar());
            }
            Vraag vraag = new Vraag(behoefte.taakId(), behoefte.van(), behoefte.naar());
            if (antwoorden.putIfAbsent(vraag, behoefte) != null) {
                // Picking one would make the outcome depend on the order of the answers.
                throw new IllegalArgumentException("More than one answer for " + vraag);
            }
        }
        return antwoorden;
    }

    private static <K, T> Map<K, T> uniek(List<T> items, Function<T, K> sleutel, String soort) {
        Map<K, T> perSleutel = new HashMap<>();
        for (T item : items) {
            Objects.requireNonNull(item, soort);
            if (perSleutel.putIfAbsent(sleutel.apply(item), item) != null) {
                throw new IllegalArgumentException("Duplicate " + soort + ": " + sleutel.apply(item));
            }
        }
        return perSleutel;
    }
}
