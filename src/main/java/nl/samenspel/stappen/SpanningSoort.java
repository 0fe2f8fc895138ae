package nl.samenspel.stappen;

/** Kinds of foreseeable tension. */
public enum SpanningSoort {
    TEGENSTRIJDIGE_BELANGEN,
    LASTIGE_KEUZE,
    PRIORITERING_KLANTEN,
    UNIFORMITEIT_MAATWERK,
    KOSTEN_VERDELING,
    ANDERS;

    public String labelSleutel() {
        return "spanning.soort." + name();
    }
}
