package nl.samenspel.afspraken;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.samenspel.platform.Tijdstip;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link AfsprakenFeiten} on this module's tables: eleven queries for any number of samenwerkingen (services, variants,
 * wishes; DVOs, lines, rek use, review dates, versions; the first agreed lines; the indicators per agreed version; the
 * settings).
 */
@Component
class JdbcAfsprakenFeiten implements AfsprakenFeiten {

    private final AfsprakenRepository repository;

    JdbcAfsprakenFeiten(AfsprakenRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Stand> lees(Collection<Long> samenwerkingIds) {
        if (samenwerkingIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(samenwerkingIds));
        Map<Long, List<nl.samenspel.afspraken.Dienst>> diensten = repository.diensten(ids);
        Map<Long, List<nl.samenspel.afspraken.Dvo>> dvos = repository.dvos(ids);
        Map<Long, Map<Integer, List<Verschillen.VersieRegel>>> eerste = repository.versieRegels(ids, true);
        Map<Long, List<Integer>> indicatoren = repository.indicatorenPerVersie(ids);
        Map<Long, AfsprakenRepository.Instelling> instellingen = repository.instellingen(ids);
        return samenwerkingIds.stream()
                .map(id -> new Stand(
                        id,
                        diensten.getOrDefault(id, List.of()).stream()
                                .map(JdbcAfsprakenFeiten::dienst)
                                .toList(),
                        dvos.getOrDefault(id, List.of()).stream()
                                .map(d -> dvo(
                                        d,
                                        eerste.getOrDefault(d.id(), Map.of()).getOrDefault(1, List.of()),
                                        indicatoren.getOrDefault(d.id(), List.of())))
                                .toList(),
                        instellingen.containsKey(id)
                                ? instellingen.get(id).indicatorplafond()
                                : STANDAARD_INDICATORPLAFOND))
                .toList();
    }

    private static Dienst dienst(nl.samenspel.afspraken.Dienst d) {
        Set<String> wensenVan = new LinkedHashSet<>();
        d.wensen().forEach(w -> wensenVan.add(w.gemeenteCode()));
        return new Dienst(d.id(), d.naam(), wensenVan, d.varianten().size());
    }

    private static Dvo dvo(
            nl.samenspel.afspraken.Dvo d,
            List<Verschillen.VersieRegel> eersteVaststelling,
            List<Integer> indicatorenPerVersie) {
        boolean vastgesteld = d.versies().stream().anyMatch(nl.samenspel.afspraken.Dvo.Versie::vastgesteld);
        LocalDate op = d.versies().stream()
                .filter(v -> v.nummer() == d.versienummer() && v.vastgesteldOp() != null)
                .map(v -> LocalDate.ofInstant(java.util.Objects.requireNonNull(v.vastgesteldOp()), Tijdstip.NEDERLAND))
                .findFirst()
                .orElse(null);
        return new Dvo(
                d.id(),
                d.gemeenteCode(),
                d.jaar(),
                vastgesteld,
                op,
                d.versienummer(),
                d.regels().stream()
                        .map(r -> regel(
                                r.dienstId(),
                                r.variantId(),
                                r.resultaat(),
                                r.status(),
                                r.indicatoren().size(),
                                r.indicatorReden(),
                                r.prijs() != null && r.volume() != null))
                        .toList(),
                eersteVaststelling.stream()
                        .map(r -> regel(
                                r.dienstId(),
                                r.variantId(),
                                r.resultaat(),
                                r.status(),
                                r.indicatoren().size(),
                                r.indicatorReden(),
                                r.prijs() != null && r.volume() != null))
                        .toList(),
                d.heeftRek(),
                d.momenten().stream()
                        .map(nl.samenspel.afspraken.Dvo.Herzieningsmoment::datum)
                        .toList(),
                indicatorenPerVersie);
    }

    private static Regel regel(
            long dienstId,
            @Nullable Long variantId,
            String resultaat,
            RegelStatus status,
            int indicatoren,
            @Nullable String reden,
            boolean prijsEnVolume) {
        return new Regel(dienstId, variantId, normaal(resultaat), status, indicatoren, reden != null, prijsEnVolume);
    }

    /** Trimmed, lower case, single spaces: two DVOs saying the same thing compare equal. */
    static String normaal(String resultaat) {
        return resultaat.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
