package nl.samenspel.bestuur;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.platform.Melding;
import nl.samenspel.vorm.Vorm;
import nl.samenspel.vorm.Wetsgrond;
import org.jspecify.annotations.Nullable;

/**
 * The bodies a chosen form needs: what the law requires of that form, plus the client line the method requires
 * (rule 2: the municipalities as clients, apart from supervision). Each proposed body carries its legal basis, or
 * none where it comes from the method alone ({@code grondSleutel} then explains why).
 *
 * @param vorm the chosen form
 * @param organen the proposed bodies, in the order they are created
 */
public record Voorstel(Vorm vorm, List<Voorstel.Voorgesteld> organen) {

    public Voorstel {
        organen = List.copyOf(organen);
    }

    /**
     * One proposed body.
     *
     * @param naam its name (a message key with arguments, resolved when it is created)
     * @param gemeenteCode for an account meeting, the municipality it serves
     * @param wetsgrond the legal basis that requires it, null for the method's client line
     * @param grondSleutel why it is proposed (message key)
     */
    public record Voorgesteld(
            Melding naam,
            OrgaanSoort soort,
            Lijn lijn,
            @Nullable String gemeenteCode,
            @Nullable Wetsgrond wetsgrond,
            String grondSleutel) {

        /** Whether {@code o} already is this body (same kind and, for an account meeting, same municipality). */
        public boolean is(Orgaan o) {
            return o.soort() == soort && java.util.Objects.equals(o.gemeenteCode(), gemeenteCode);
        }
    }

    /** The proposal for {@code vorm} in a samenwerking of {@code gemeenten}. */
    public static Voorstel voor(Vorm vorm, List<Gemeente> gemeenten) {
        List<Voorgesteld> uit = new ArrayList<>();
        switch (vorm) {
            case OPENBAAR_LICHAAM -> {
                uit.add(wet(OrgaanSoort.ALGEMEEN_BESTUUR, Wetsgrond.WGR_ART_12, "bestuur.grond.algemeen-bestuur"));
                uit.add(wet(OrgaanSoort.DAGELIJKS_BESTUUR, Wetsgrond.WGR_ART_14, "bestuur.grond.dagelijks-bestuur"));
                uit.add(wet(OrgaanSoort.VOORZITTER, Wetsgrond.WGR_ART_12, "bestuur.grond.voorzitter"));
                uit.add(directie());
                uit.add(opdrachtgevers());
            }
            case BEDRIJFSVOERINGSORGANISATIE -> {
                uit.add(wet(OrgaanSoort.BESTUUR, Wetsgrond.WGR_ART_14A, "bestuur.grond.bvo-bestuur"));
                uit.add(directie());
                uit.add(opdrachtgevers());
            }
            case GEMEENSCHAPPELIJK_ORGAAN -> {
                uit.add(wet(
                        OrgaanSoort.GEMEENSCHAPPELIJK_ORGAAN, Wetsgrond.WGR_ART_15, "bestuur.grond.gemeenschappelijk"));
                uit.add(opdrachtgevers());
            }
            case CENTRUMREGELING -> {
                uit.add(wet(OrgaanSoort.CENTRUMGEMEENTE, Wetsgrond.WGR_ART_8_LID_4, "bestuur.grond.centrumgemeente"));
                uit.add(opdrachtgevers());
            }
            case REGELING_ZONDER_MEER -> uit.add(opdrachtgevers());
            case PRIVAATRECHTELIJK -> {
                uit.add(wet(
                        OrgaanSoort.AANDEELHOUDERSVERGADERING,
                        Wetsgrond.GEMEENTEWET_ART_160,
                        "bestuur.grond.aandeelhouders"));
                uit.add(directie());
                uit.add(opdrachtgevers());
            }
            case CONTRACT -> {
                for (Gemeente g : gemeenten) {
                    uit.add(new Voorgesteld(
                            Melding.van("bestuur.voorstel.accountoverleg", g.naam()),
                            OrgaanSoort.ACCOUNTOVERLEG,
                            Lijn.KLANT,
                            g.code(),
                            Wetsgrond.CONTRACT_DVO,
                            "bestuur.grond.accountoverleg"));
                }
            }
        }
        return new Voorstel(vorm, uit);
    }

    private static Voorgesteld wet(OrgaanSoort soort, Wetsgrond grond, String grondSleutel) {
        return new Voorgesteld(Melding.van(soort.labelSleutel()), soort, soort.lijn(), null, grond, grondSleutel);
    }

    /** The shared organisation's management: not required by law, drawn so the chart has the organisation. */
    private static Voorgesteld directie() {
        return new Voorgesteld(
                Melding.van(OrgaanSoort.DIRECTIE.labelSleutel()),
                OrgaanSoort.DIRECTIE,
                Lijn.UITVOERING,
                null,
                null,
                "bestuur.grond.directie");
    }

    /** The method's client line (rule 2): the municipalities together as clients. */
    private static Voorgesteld opdrachtgevers() {
        return new Voorgesteld(
                Melding.van(OrgaanSoort.OPDRACHTGEVERSOVERLEG.labelSleutel()),
                OrgaanSoort.OPDRACHTGEVERSOVERLEG,
                Lijn.KLANT,
                null,
                null,
                "bestuur.grond.opdrachtgevers");
    }
}
