package nl.samenspel.verkenning;

/** How the kopers of an {@link Route#INKOPEN} route buy the task from the leverancier. */
public enum Vehikel {
    DIENSTVERLENINGSOVEREENKOMST,
    CENTRUMREGELING,
    INKOOP
}
