package nl.samenspel.stappen;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.platform.Melding;
import nl.samenspel.samenwerking.Samenwerking;
import org.springframework.stereotype.Component;

/**
 * The state of the five steps: which have content, who discussed them (only current marks count), the gate before the form step (and phase
 * VORMGEVEN), and the ETag of a list step. Reads only; the access check is the caller's.
 */
@Component
class StappenStand {

    private final StappenRepository repository;

    StappenStand(StappenRepository repository) {
        this.repository = repository;
    }

    /** The five steps with their state, in order. */
    List<StapStand> stand(Samenwerking s) {
        long id = s.id();
        List<Besproken> besproken = repository.besproken(id);
        List<Vaststelling> vaststellingen = repository.vaststellingen(id);
        java.util.Map<Stap, StapRevisie> revisies = repository.revisies(id);
        boolean vormOpen =
                ontbreektVoorVorm(s).isEmpty() || repository.ontgrendeling(id).isPresent();
        StappenRepository.Inhoud inhoud = repository.inhoud(id);
        List<StapStand> stand = new ArrayList<>();
        for (Stap stap : Stap.values()) {
            List<Besproken> vanStap =
                    besproken.stream().filter(b -> b.stap() == stap).toList();
            // Only a current mark counts: one given before the content changed is outdated.
            Set<String> wel = vanStap.stream()
                    .filter(Besproken::huidig)
                    .map(Besproken::gemeenteCode)
                    .collect(Collectors.toSet());
            List<Gemeente> nogNiet =
                    s.gemeenten().stream().filter(g -> !wel.contains(g.code())).toList();
            stand.add(new StapStand(
                    stap,
                    heeftInhoud(id, inhoud, stap),
                    vanStap,
                    nogNiet,
                    stap != Stap.VORM || vormOpen,
                    vaststellingen.stream().filter(v -> v.stap() == stap).toList(),
                    revisies.getOrDefault(stap, StapRevisie.eerste(stap))));
        }
        return stand;
    }

    boolean heeftInhoud(long id, Stap stap) {
        return heeftInhoud(id, repository.inhoud(id), stap);
    }

    boolean heeftInhoud(long id, StappenRepository.Inhoud inhoud, Stap stap) {
        return switch (stap) {
            case WAT -> inhoud.doel();
            case HOE -> repository.werkwijze(id).map(Werkwijze::gevuld).orElse(false);
            case SPANNINGEN -> inhoud.spanning();
            case VANZELFDYNAMIEK -> inhoud.dynamiek();
            case VORM -> false;
        };
    }

    /** What keeps the form step (and phase VORMGEVEN) locked, as meldingen; empty when the gate is met. */
    List<Melding> ontbreektVoorVorm(Samenwerking s) {
        List<Besproken> besproken = repository.besproken(s.id());
        StappenRepository.Inhoud inhoud = repository.inhoud(s.id());
        List<Melding> ontbreekt = new ArrayList<>();
        for (Stap stap : Stap.VOOR_VORM) {
            Melding label = Melding.van(stap.labelSleutel());
            if (!heeftInhoud(s.id(), inhoud, stap)) {
                ontbreekt.add(Melding.van("stappen.ontbreekt.inhoud", label));
            }
            Set<String> wel = besproken.stream()
                    .filter(b -> b.stap() == stap && b.huidig())
                    .map(Besproken::gemeenteCode)
                    .collect(Collectors.toSet());
            List<String> nogNiet = s.gemeenten().stream()
                    .filter(g -> !wel.contains(g.code()))
                    .map(Gemeente::naam)
                    .toList();
            if (!nogNiet.isEmpty()) {
                ontbreekt.add(Melding.van("stappen.ontbreekt.besproken", label, String.join(", ", nogNiet)));
            }
        }
        return ontbreekt;
    }

    boolean vormOpen(Samenwerking s) {
        return repository.ontgrendeling(s.id()).isPresent()
                || ontbreektVoorVorm(s).isEmpty();
    }

    /** Steps discussed by some but not all parties, as 'WAT', 'HOE', ... */
    List<String> deelsBesproken(Samenwerking s) {
        List<Besproken> besproken = repository.besproken(s.id());
        List<String> deels = new ArrayList<>();
        for (Stap stap : Stap.values()) {
            long aantal = besproken.stream()
                    .filter(b -> b.stap() == stap && b.huidig() && s.neemtDeel(b.gemeenteCode()))
                    .count();
            if (aantal > 0 && aantal < s.gemeenten().size()) {
                deels.add(stap.name());
            }
        }
        return deels;
    }

    /** ETag of a list step: changes whenever an item is added, changed or removed. */
    long versie(long id, Stap stap) {
        return switch (stap) {
            case WAT ->
                controlegetal(repository.doelen(id).stream()
                        .map(d -> d.id() + ":" + d.versie())
                        .toList());
            case HOE -> repository.werkwijze(id).map(Werkwijze::versie).orElse(0L);
            case SPANNINGEN ->
                controlegetal(repository.spanningen(id).stream()
                        .map(d -> d.id() + ":" + d.versie())
                        .toList());
            case VANZELFDYNAMIEK ->
                controlegetal(repository.dynamiek(id).stream()
                        .map(d -> d.id() + ":" + d.versie())
                        .toList());
            case VORM -> repository.ontgrendeling(id).isPresent() ? 1 : 0;
        };
    }

    private static long controlegetal(List<String> delen) {
        CRC32 crc = new CRC32();
        crc.update(String.join(";", delen).getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
