package nl.samenspel.vorm;

/** The financial risk of the shared task, as the regisseur estimates it (a question of the form advice). */
public enum Risico {
    LAAG,
    MIDDEL,
    HOOG;

    public String labelSleutel() {
        return "vorm.risico." + name();
    }
}
