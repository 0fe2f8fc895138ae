package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/** Rule 4: uniformity versus custom work is largely a false contrast once back office and front office are told apart. */
@Regelcontrole(id = "R4.2", ernst = Ernst.AANDACHT)
class UniformiteitZonderFrontoffice extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        List<Signaal> uit = new ArrayList<>();
        for (var s : f.spanningen()) {
            if ("UNIFORMITEIT_MAATWERK".equals(s.soort()) && !s.backofficeFrontofficeIngevuld()) {
                uit.add(Signaal.over(String.valueOf(s.id()), partijen(f, s.partijen())));
            }
        }
        return uit;
    }

    /** A tension that was removed (or is no longer about uniformity) was not worked out: its finding lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        boolean bestaat = f.spanningen().stream()
                .anyMatch(s -> String.valueOf(s.id()).equals(onderwerp) && "UNIFORMITEIT_MAATWERK".equals(s.soort()));
        return bestaat ? sleutel("opgelost") : VERVALLEN;
    }

    /**
     * The tension named the way the register shows it: by its parties, never by its database id. Arguments: the
     * parties but the last joined by commas, the last one, and how many there are ("tussen {0} en {1}").
     */
    private static String[] partijen(ToetsFeiten f, java.util.Set<String> codes) {
        List<String> namen = f.partijen().stream()
                .filter(p -> codes.contains(p.code()))
                .map(p -> p.naam())
                .toList();
        if (namen.isEmpty()) {
            return new String[] {"", "", "0"};
        }
        return new String[] {
            String.join(", ", namen.subList(0, namen.size() - 1)),
            namen.get(namen.size() - 1),
            String.valueOf(namen.size())
        };
    }
}
