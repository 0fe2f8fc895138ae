package nl.samenspel.toets;

import java.util.List;

/**
 * One named check of a golden rule. Implementations are Spring beans and are found automatically: adding a check
 * is adding one class (plus its texts under {@code toets.controle.<id>.*} in {@code messages/toets.properties}:
 * {@code titel}, {@code uitleg}, {@code interventie} and {@code bevinding}, the last one filled with the
 * signal's arguments, and {@code opgelost}: what repaired the cause, shown with the OPGELOST event in the finding's
 * history). A check is pure: it only reads the snapshot it is given.
 */
public interface Controle {

    /** "R1.1": the rule number, a dot and a sequence number. */
    String id();

    /** The golden rule (1-7) this check belongs to. */
    default int regel() {
        String id = id();
        return Integer.parseInt(id.substring(1, id.indexOf('.')));
    }

    Ernst ernst();

    /** The first phase this check applies to; before that it finds nothing, so its rule is not checked yet. */
    default nl.samenspel.samenwerking.Fase vanaf() {
        return nl.samenspel.samenwerking.Fase.VERKENNEN;
    }

    List<Signaal> evalueer(ToetsFeiten feiten);

    /**
     * The message key that says what repaired a finding of this check about {@code onderwerp}, given the facts in
     * which it no longer holds; stored with the OPGELOST event. By default {@code toets.controle.<id>.opgelost}; a
     * check whose onderwerp can disappear (a party that left) says so with {@code toets.opgelost.vervallen}.
     */
    default String opgelost(String onderwerp, ToetsFeiten feiten) {
        return sleutel("opgelost");
    }

    default String sleutel(String deel) {
        return "toets.controle." + id() + "." + deel;
    }
}
