package nl.samenspel.verkenning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.platform.Melding;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.samenwerking.OpenPunt;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Werkvoorraad;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the positions of a samenwerking still wait for: per party without a position, that party fills it in; per
 * position the regisseur recorded on a party's behalf, that party confirms (or changes) it. Only whether a
 * position exists and whether it is confirmed, never what it says. One query per samenwerking.
 */
@Component
class VerkenningWerkvoorraad implements Werkvoorraad {

    private final VerkenningRepository repository;

    VerkenningWerkvoorraad(VerkenningRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenPunt> open(Samenwerking s) {
        Map<String, Boolean> namens = repository.namensPerGemeente(s.id());
        List<OpenPunt> punten = new ArrayList<>();
        for (Gemeente g : s.gemeenten()) {
            String pad = "/samenwerkingen/" + s.id() + "/posities/" + g.code();
            Boolean n = namens.get(g.code());
            if (n == null) {
                punten.add(OpenPunt.voorGemeente(
                        Fase.VERKENNEN, Melding.van("verkenning.werk.positie-invullen", g.naam()), g.code(), pad));
            } else if (n) {
                punten.add(OpenPunt.voorGemeente(
                        Fase.VERKENNEN, Melding.van("verkenning.werk.positie-bevestigen", g.naam()), g.code(), pad));
            }
        }
        return punten;
    }
}
