package nl.samenspel.bestuur;

/** Whether a seat is held by an administrator (wethouder or burgemeester, with portfolios) or a civil servant. */
public enum ZetelRol {
    BESTUURLIJK,
    AMBTELIJK;

    public String labelSleutel() {
        return "bestuur.rol." + name() + ".label";
    }
}
