package nl.samenspel.stappen;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.samenspel.platform.Fouten;
import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HuidigeGebruiker;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every step's writes share: lock the samenwerking and check the rule, who discussed what, and after a change
 * the event and the log line. Plus the small input helpers the steps use.
 */
@Component
class StapBasis {

    // The log lines keep the name they had before the steps were split.
    private static final Logger LOG = LoggerFactory.getLogger(Stappen.class);

    private final StappenRepository repository;
    private final Samenwerkingen samenwerkingen;
    private final ApplicationEventPublisher events;

    StapBasis(StappenRepository repository, Samenwerkingen samenwerkingen, ApplicationEventPublisher events) {
        this.repository = repository;
        this.samenwerkingen = samenwerkingen;
        this.events = events;
    }

    java.util.Map<Stap, Set<String>> besprokenDoor(long id) {
        java.util.Map<Stap, Set<String>> door = new java.util.EnumMap<>(Stap.class);
        repository
                .besproken(id)
                .forEach(b ->
                        door.computeIfAbsent(b.stap(), k -> new HashSet<>()).add(b.gemeenteCode()));
        return door;
    }

    Set<String> besprokenDoor(long id, Stap stap) {
        return besprokenDoor(id).getOrDefault(stap, Set.of());
    }

    Samenwerking eis(long id, java.util.function.BiFunction<Gebruiker, Samenwerking, Recht> regel, String wat) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(id);
        regel.apply(HuidigeGebruiker.get(), s).eis(s, wat + " (samenwerking " + id + ")");
        return s;
    }

    /** The owner a new goal gets: null when the regisseur adds it, else the user's municipality. */
    static @Nullable String eigenaar(Gebruiker g, Samenwerking s) {
        return SamenwerkingRechten.regisseurVan(g, s) ? null : g.gemeenteCode();
    }

    /**
     * After a change of a step's content: raises the step's revision (every discussed-mark and decision given
     * before is outdated from now on), then as {@link #gewijzigd(long, String)}.
     */
    <T> T inhoudGewijzigd(long id, Stap stap, String event, T resultaat) {
        inhoudGewijzigd(id, stap, event);
        return resultaat;
    }

    void inhoudGewijzigd(long id, Stap stap, String event) {
        repository.verhoogRevisie(id, stap, event, HuidigeGebruiker.get().gebruikersnaam());
        gewijzigd(id, event);
    }

    <T> T gewijzigd(long id, String event, T resultaat) {
        gewijzigd(id, event);
        return resultaat;
    }

    void gewijzigd(long id, String event) {
        events.publishEvent(new StappenGewijzigd(id));
        LOG.info(
                "event=stappen-{} samenwerking={} gebruiker={}",
                event,
                id,
                HuidigeGebruiker.get().gebruikersnaam());
    }

    /**
     * The one limit on a step's list: at most {@link Stappen#MAX_DOELEN} goals or behaviour items, whether they
     * come one by one (pages) or as a whole list (API); {@code aantal} is how many there would be.
     */
    static void binnenGrens(Fouten fouten, String veld, int aantal) {
        if (aantal > Stappen.MAX_DOELEN) {
            fouten.voeg(veld, "stappen.te-veel", Stappen.MAX_DOELEN);
        }
    }

    static <E extends Enum<E>> @Nullable E keuze(
            Fouten fouten, String veld, @Nullable String waarde, Class<E> type, String sleutel) {
        if (waarde == null || waarde.isBlank()) {
            fouten.voeg(veld, "fout.verplicht");
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(waarde.strip())) {
                return e;
            }
        }
        fouten.voeg(veld, sleutel);
        return null;
    }

    static @Nullable String bron(@Nullable String code) {
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** A text the validation has accepted (so present), stripped. */
    static String gevalideerd(@Nullable String tekst) {
        return Objects.requireNonNull(tekst, "validated").strip();
    }

    static String kort(String code) {
        return code.length() > 12 ? code.substring(0, 12) + "\u2026" : code;
    }

    static @Nullable String leeg(@Nullable String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    static Map<String, Object> mapMetNull(@Nullable Object... paren) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < paren.length; i += 2) {
            m.put((String) paren[i], paren[i + 1]);
        }
        return m;
    }
}
