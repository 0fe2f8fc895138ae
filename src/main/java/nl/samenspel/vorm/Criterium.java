package nl.samenspel.vorm;

/**
 * What the form advice weighs, per form. {@link #BEHOEFTE} and {@link #PARTIJEN} come from the samenwerking's own
 * data (the recorded route per task, the parties), {@link #INVLOED_RADEN} from the law alone; the rest are the
 * questions the regisseur answers ({@link Antwoorden}).
 */
public enum Criterium {
    BEHOEFTE,
    PERSONEEL,
    VERMOGEN,
    HEFFINGEN,
    BEDRIJFSVOERING,
    MAATWERK,
    PARTIJEN,
    RISICO,
    INVLOED_RADEN;

    public String labelSleutel() {
        return "vorm.criterium." + name();
    }
}
