package nl.samenspel.rapportage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The statuses over the periods (issue 14 point 7), from submitted reports only (a concept is not yet the
 * organisation's word): per client the number of lines per status in each period, and per service a grid of clients
 * against periods with the most serious status the service's lines had in that client's report. A pure function of
 * the reports, so it is tested without a database.
 */
public record Trends(List<Klant> klanten, List<Dienstreeks> diensten) {

    public Trends {
        klanten = List.copyOf(klanten);
        diensten = List.copyOf(diensten);
    }

    /** One client: its reports, oldest period first. */
    public record Klant(String gemeenteCode, List<Punt> punten) {
        public Klant {
            punten = List.copyOf(punten);
        }
    }

    /** One report of a client: how many lines had each status. */
    public record Punt(long rapportageId, Periode periode, int opKoers, int aandacht, int afwijking) {
        public int totaal() {
            return opKoers + aandacht + afwijking;
        }
    }

    /**
     * One service across clients.
     *
     * @param perioden the columns, oldest first
     * @param rijen one per client that has the service in a submitted report
     */
    public record Dienstreeks(long dienstId, String dienst, List<Periode> perioden, List<Rij> rijen) {
        public Dienstreeks {
            perioden = List.copyOf(perioden);
            rijen = List.copyOf(rijen);
        }
    }

    /** @param cellen per column of the service, the most serious status of that period; null when not reported */
    public record Rij(String gemeenteCode, List<@Nullable LijnStatus> cellen) {
        public Rij {
            cellen = java.util.Collections.unmodifiableList(new ArrayList<>(cellen));
        }
    }

    private static final Comparator<Periode> CHRONOLOGISCH =
            Comparator.comparing(Periode::van).thenComparing(Periode::tot);

    /** The trends of these reports; concepts are left out. */
    public static Trends uit(List<Rapportage> rapportages) {
        List<Rapportage> ingediend = rapportages.stream()
                .filter(Rapportage::ingediend)
                .sorted(Comparator.comparing(Rapportage::van)
                        .thenComparing(Rapportage::tot)
                        .thenComparingLong(Rapportage::id))
                .toList();

        Map<String, List<Punt>> perKlant = new LinkedHashMap<>();
        for (Rapportage r : ingediend) {
            perKlant.computeIfAbsent(r.gemeenteCode(), k -> new ArrayList<>())
                    .add(new Punt(
                            r.id(),
                            r.periode(),
                            (int) r.aantal(LijnStatus.OP_KOERS),
                            (int) r.aantal(LijnStatus.AANDACHT),
                            (int) r.aantal(LijnStatus.AFWIJKING)));
        }
        List<Klant> klanten = perKlant.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Klant(e.getKey(), e.getValue()))
                .toList();

        // Per service: name (the latest report's), periods, and per client per period the most serious status.
        Map<Long, String> namen = new LinkedHashMap<>();
        Map<Long, TreeSet<Periode>> perioden = new LinkedHashMap<>();
        Map<Long, Map<String, Map<Periode, LijnStatus>>> ernstigste = new LinkedHashMap<>();
        for (Rapportage r : ingediend) {
            for (Rapportage.Lijn l : r.lijnen()) {
                namen.put(l.dienstId(), l.dienst());
                perioden.computeIfAbsent(l.dienstId(), k -> new TreeSet<>(CHRONOLOGISCH))
                        .add(r.periode());
                LijnStatus status = l.status();
                if (status != null) {
                    ernstigste
                            .computeIfAbsent(l.dienstId(), k -> new java.util.TreeMap<>())
                            .computeIfAbsent(r.gemeenteCode(), k -> new LinkedHashMap<>())
                            .merge(r.periode(), status, (a, b) -> a.ordinal() >= b.ordinal() ? a : b);
                }
            }
        }
        List<Dienstreeks> diensten = new ArrayList<>();
        for (Map.Entry<Long, String> d : namen.entrySet()) {
            List<Periode> kolommen = List.copyOf(perioden.get(d.getKey()));
            List<Rij> rijen = new ArrayList<>();
            for (Map.Entry<String, Map<Periode, LijnStatus>> k :
                    ernstigste.getOrDefault(d.getKey(), Map.of()).entrySet()) {
                List<@Nullable LijnStatus> cellen = new ArrayList<>();
                for (Periode p : kolommen) {
                    cellen.add(k.getValue().get(p));
                }
                rijen.add(new Rij(k.getKey(), cellen));
            }
            diensten.add(new Dienstreeks(d.getKey(), d.getValue(), kolommen, rijen));
        }
        diensten.sort(Comparator.comparing(Dienstreeks::dienst).thenComparingLong(Dienstreeks::dienstId));
        return new Trends(klanten, diensten);
    }
}
