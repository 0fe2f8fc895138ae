package nl.samenspel.samenwerking;

import java.time.Instant;
import java.util.List;
import nl.samenspel.gemeente.Gemeente;

/**
 * A cooperation of municipalities. {@code regisseur} is the gebruikersnaam of the account that leads it;
 * {@code oefencasus} marks a fictional practice case that must be labelled as such wherever it is shown.
 */
public record Samenwerking(long id, String titel, String omschrijving, Fase fase, String regisseur,
        boolean oefencasus, boolean gearchiveerd, long versie, Instant aangemaaktOp, Instant gewijzigdOp,
        List<Gemeente> gemeenten) {

    public Samenwerking {
        gemeenten = List.copyOf(gemeenten);
    }

    public List<String> gemeenteCodes() {
        return gemeenten.stream().map(Gemeente::code).toList();
    }

    /** The names for a list, in the order they were named: "Zeist, De Bilt, Bunnik". */
    public String gemeenteNamen() {
        return String.join(", ", gemeenten.stream().map(Gemeente::naam).toList());
    }

    public boolean neemtDeel(String gemeenteCode) {
        return gemeenteCode != null && gemeenten.stream().anyMatch(g -> g.code().equals(gemeenteCode));
    }
}
