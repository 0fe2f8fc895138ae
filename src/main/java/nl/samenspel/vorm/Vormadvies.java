package nl.samenspel.vorm;

import static nl.samenspel.vorm.Geschiktheid.PAST;
import static nl.samenspel.vorm.Geschiktheid.PAST_NIET;
import static nl.samenspel.vorm.Geschiktheid.PAST_ONDER_VOORWAARDEN;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.platform.Melding;
import nl.samenspel.verkenning.Route;
import org.jspecify.annotations.Nullable;

/**
 * The form advice (rule 1, step 5; rule 5): for each of the seven {@link Vorm}s a {@link Geschiktheid} per
 * {@link Criterium}, each with a reason that cites a {@link Wetsgrond}; overall per form the worst criterion. A pure
 * function of its {@link Invoer}: no Spring, no database. An unanswered question is an open criterion (its
 * geschiktheid is null and it does not count); the advice says so instead of guessing.
 */
public record Vormadvies(List<Vormoordeel> oordelen) {

    public Vormadvies {
        oordelen = List.copyOf(oordelen);
    }

    /**
     * What the advice is computed from.
     *
     * @param partijen the number of participating municipalities
     * @param routes the recorded route of every task that has one (rule 5)
     * @param takenZonderRoute tasks without a recorded route (they do not count yet)
     */
    public record Invoer(int partijen, List<Route> routes, int takenZonderRoute, Antwoorden antwoorden) {
        public Invoer {
            routes = List.copyOf(routes);
        }
    }

    /**
     * One criterion for one form.
     *
     * @param geschiktheid null while the criterion is open (an unanswered question, missing data)
     * @param tekst why, as a message key with arguments
     */
    public record Reden(Criterium criterium, @Nullable Geschiktheid geschiktheid, Melding tekst, Wetsgrond wetsgrond) {

        public boolean open() {
            return geschiktheid == null;
        }
    }

    /** One form: overall the worst of its answered criteria, and a reason per criterion (in criterion order). */
    public record Vormoordeel(Vorm vorm, Geschiktheid geschiktheid, List<Reden> redenen) {
        public Vormoordeel {
            redenen = List.copyOf(redenen);
        }

        public List<Reden> open() {
            return redenen.stream().filter(Reden::open).toList();
        }
    }

    public Vormoordeel van(Vorm vorm) {
        return oordelen.get(vorm.ordinal());
    }

    /** The criteria that are open (the same for every form). */
    public List<Criterium> openCriteria() {
        return oordelen.get(0).open().stream().map(Reden::criterium).toList();
    }

    public static Vormadvies bereken(Invoer in) {
        List<Vormoordeel> uit = new ArrayList<>();
        for (Vorm v : Vorm.values()) {
            List<Reden> redenen = new ArrayList<>();
            for (Criterium c : Criterium.values()) {
                redenen.add(reden(c, v, in));
            }
            Geschiktheid totaal = PAST;
            for (Reden r : redenen) {
                Geschiktheid g = r.geschiktheid();
                if (g != null && g.ordinal() > totaal.ordinal()) {
                    totaal = g;
                }
            }
            uit.add(new Vormoordeel(v, totaal, redenen));
        }
        return new Vormadvies(uit);
    }

    private static Reden reden(Criterium c, Vorm v, Invoer in) {
        Antwoorden a = in.antwoorden();
        return switch (c) {
            case BEHOEFTE -> behoefte(v, in);
            case PERSONEEL -> overgang(c, v, a.personeel());
            case VERMOGEN -> overgang(c, v, a.vermogen());
            case HEFFINGEN -> heffingen(v, a.heffingen());
            case BEDRIJFSVOERING -> bedrijfsvoering(v, a.alleenBedrijfsvoering());
            case MAATWERK -> maatwerk(v, a.maatwerk());
            case PARTIJEN -> partijen(v, in.partijen());
            case RISICO -> risico(v, a.risico());
            case INVLOED_RADEN -> invloedRaden(v);
        };
    }

    private static Reden r(Criterium c, @Nullable Geschiktheid g, String variant, Wetsgrond w, Object... args) {
        return new Reden(c, g, Melding.van("vorm.reden." + c.name() + "." + variant, args), w);
    }

    private static Reden open(Criterium c, Vorm v) {
        return r(c, null, "open", v.grondslag());
    }

    /** Rule 5: a one-sided need (every task INKOPEN) points to a contract or a centrumregeling, never a new body. */
    private static Reden behoefte(Vorm v, Invoer in) {
        Criterium c = Criterium.BEHOEFTE;
        long inkopen = in.routes().stream().filter(r -> r == Route.INKOPEN).count();
        long samen = in.routes().stream().filter(r -> r == Route.SAMENWERKEN).count();
        if (in.routes().isEmpty()) {
            return r(c, null, "open", v.grondslag(), in.takenZonderRoute());
        }
        if (inkopen == 0 && samen == 0) {
            return r(c, PAST_NIET, "niets", Wetsgrond.WGR_ART_10);
        }
        if (samen == 0) {
            if (v.nieuwLichaam()) {
                return r(c, PAST_NIET, "eenzijdig.nieuw", Wetsgrond.CONTRACT_DVO);
            }
            return switch (v) {
                case CONTRACT -> r(c, PAST, "eenzijdig.contract", Wetsgrond.CONTRACT_DVO);
                case CENTRUMREGELING -> r(c, PAST, "eenzijdig.centrum", Wetsgrond.WGR_ART_8_LID_4);
                default -> r(c, PAST_ONDER_VOORWAARDEN, "eenzijdig.rzm", Wetsgrond.WGR_ART_1_REGELING);
            };
        }
        if (inkopen == 0) {
            return v == Vorm.CONTRACT
                    ? r(c, PAST_ONDER_VOORWAARDEN, "wederzijds.contract", Wetsgrond.CONTRACT_DVO)
                    : r(c, PAST, "wederzijds", v.grondslag());
        }
        return v.nieuwLichaam()
                ? r(c, PAST_ONDER_VOORWAARDEN, "gemengd.nieuw", Wetsgrond.CONTRACT_DVO, inkopen)
                : r(c, PAST, "gemengd", v.grondslag(), inkopen);
    }

    /** Staff, or assets and contracts, that move need an employer or owner: a legal person. */
    private static Reden overgang(Criterium c, Vorm v, @Nullable Boolean antwoord) {
        if (antwoord == null) {
            return open(c, v);
        }
        if (!antwoord) {
            return r(c, PAST, "nee", v.grondslag());
        }
        return switch (v) {
            case OPENBAAR_LICHAAM, BEDRIJFSVOERINGSORGANISATIE, PRIVAATRECHTELIJK ->
                r(c, PAST, "rechtspersoon", v.grondslag());
            case CENTRUMREGELING -> r(c, PAST_ONDER_VOORWAARDEN, "centrum", Wetsgrond.WGR_ART_8_LID_4);
            case CONTRACT -> r(c, PAST_ONDER_VOORWAARDEN, "contract", Wetsgrond.CONTRACT_DVO);
            case GEMEENSCHAPPELIJK_ORGAAN, REGELING_ZONDER_MEER -> r(c, PAST_NIET, "geen-rechtspersoon", v.grondslag());
        };
    }

    /** Only an openbaar lichaam can levy and make regulations (within limits); a centrumregeling only mandates. */
    private static Reden heffingen(Vorm v, @Nullable Boolean antwoord) {
        Criterium c = Criterium.HEFFINGEN;
        if (antwoord == null) {
            return open(c, v);
        }
        if (!antwoord) {
            return r(c, PAST, "nee", v.grondslag());
        }
        return switch (v) {
            case OPENBAAR_LICHAAM -> r(c, PAST, "ol", Wetsgrond.WGR_ART_30);
            case CENTRUMREGELING -> r(c, PAST_ONDER_VOORWAARDEN, "centrum", Wetsgrond.WGR_ART_8_LID_4);
            default -> r(c, PAST_NIET, "niet", Wetsgrond.WGR_ART_30);
        };
    }

    /** A bedrijfsvoeringsorganisatie is for business operations only (art. 8 lid 3). */
    private static Reden bedrijfsvoering(Vorm v, @Nullable Boolean alleen) {
        Criterium c = Criterium.BEDRIJFSVOERING;
        if (alleen == null) {
            return open(c, v);
        }
        if (alleen) {
            return switch (v) {
                case BEDRIJFSVOERINGSORGANISATIE -> r(c, PAST, "bvo", Wetsgrond.WGR_ART_8_LID_3);
                case OPENBAAR_LICHAAM -> r(c, PAST_ONDER_VOORWAARDEN, "ol", Wetsgrond.WGR_ART_12);
                default -> r(c, PAST, "ja", v.grondslag());
            };
        }
        return v == Vorm.BEDRIJFSVOERINGSORGANISATIE
                ? r(c, PAST_NIET, "bvo-niet", Wetsgrond.WGR_ART_8_LID_3)
                : r(c, PAST, "nee", v.grondslag());
    }

    /** Custom service per client: agreements per client fit; one uniform body only with a client line (rule 2). */
    private static Reden maatwerk(Vorm v, @Nullable Boolean antwoord) {
        Criterium c = Criterium.MAATWERK;
        if (antwoord == null) {
            return open(c, v);
        }
        if (!antwoord) {
            return r(c, PAST, "nee", v.grondslag());
        }
        return switch (v) {
            case CONTRACT -> r(c, PAST, "contract", Wetsgrond.CONTRACT_DVO);
            case CENTRUMREGELING -> r(c, PAST, "centrum", Wetsgrond.WGR_ART_8_LID_4);
            case REGELING_ZONDER_MEER -> r(c, PAST, "rzm", Wetsgrond.WGR_ART_1_REGELING);
            default -> r(c, PAST_ONDER_VOORWAARDEN, "lichaam", v.grondslag());
        };
    }

    /** Two parties with light coordination need no heavy body; many parties strain bilateral arrangements. */
    private static Reden partijen(Vorm v, int partijen) {
        Criterium c = Criterium.PARTIJEN;
        if (partijen < 2) {
            return r(c, null, "open", Wetsgrond.WGR_ART_1_REGELING, partijen);
        }
        if (partijen == 2) {
            return v == Vorm.OPENBAAR_LICHAAM
                    ? r(c, PAST_ONDER_VOORWAARDEN, "twee.ol", Wetsgrond.WGR_ART_12)
                    : r(c, PAST, "twee", v.grondslag());
        }
        return switch (v) {
            case REGELING_ZONDER_MEER ->
                r(c, PAST_ONDER_VOORWAARDEN, "meer.rzm", Wetsgrond.WGR_ART_1_REGELING, partijen);
            case CONTRACT -> r(c, PAST_ONDER_VOORWAARDEN, "meer.contract", Wetsgrond.CONTRACT_DVO, partijen);
            default -> r(c, PAST, "meer", v.grondslag(), partijen);
        };
    }

    /** A separate legal person limits a high financial risk; a centrumregeling puts it on the host. */
    private static Reden risico(Vorm v, @Nullable Risico risico) {
        Criterium c = Criterium.RISICO;
        if (risico == null) {
            return open(c, v);
        }
        return switch (risico) {
            case LAAG -> r(c, PAST, "laag", v.grondslag());
            case MIDDEL ->
                switch (v) {
                    case CENTRUMREGELING, GEMEENSCHAPPELIJK_ORGAAN, REGELING_ZONDER_MEER ->
                        r(c, PAST_ONDER_VOORWAARDEN, "middel.verdeeld", v.grondslag());
                    default -> r(c, PAST, "middel", v.grondslag());
                };
            case HOOG ->
                switch (v) {
                    case OPENBAAR_LICHAAM, BEDRIJFSVOERINGSORGANISATIE, PRIVAATRECHTELIJK ->
                        r(c, PAST, "hoog.rechtspersoon", v.grondslag());
                    case CENTRUMREGELING -> r(c, PAST_NIET, "hoog.centrum", Wetsgrond.WGR_ART_8_LID_4);
                    case CONTRACT -> r(c, PAST_ONDER_VOORWAARDEN, "hoog.contract", Wetsgrond.CONTRACT_DVO);
                    case GEMEENSCHAPPELIJK_ORGAAN, REGELING_ZONDER_MEER ->
                        r(c, PAST_ONDER_VOORWAARDEN, "hoog.verdeeld", v.grondslag());
                };
        };
    }

    /** Gemeentewet art. 160 prefers public-law forms: a private body only when it is 'bijzonder aangewezen'. */
    private static Reden invloedRaden(Vorm v) {
        Criterium c = Criterium.INVLOED_RADEN;
        if (v == Vorm.PRIVAATRECHTELIJK) {
            return r(c, PAST_ONDER_VOORWAARDEN, "privaat", Wetsgrond.GEMEENTEWET_ART_160);
        }
        if (v == Vorm.CONTRACT) {
            return r(c, PAST, "contract", Wetsgrond.CONTRACT_DVO);
        }
        return r(c, PAST, "publiek", Wetsgrond.WGR_ART_1_ZIENSWIJZE);
    }
}
