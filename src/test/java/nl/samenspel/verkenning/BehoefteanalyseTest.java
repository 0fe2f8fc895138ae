package nl.samenspel.verkenning;

import static nl.samenspel.verkenning.Sterkte.ENIGSZINS;
import static nl.samenspel.verkenning.Sterkte.NIET;
import static nl.samenspel.verkenning.Sterkte.STERK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BehoefteanalyseTest {

    static final Partij ZEIST = new Partij("GM0355", "Zeist");
    static final Partij DE_BILT = new Partij("GM0310", "De Bilt");
    static final Partij BUNNIK = new Partij("GM0312", "Bunnik");
    static final Partij UTRECHT = new Partij("GM0344", "Utrecht");
    static final Taak WOZ = new Taak(7, "WOZ-taxatie");
    static final Taak ICT = new Taak(3, "ICT-beheer");

    static Behoefte nodig(Partij van, Partij naar, Sterkte sterkte) {
        return new Behoefte(WOZ.id(), van.code(), naar.code(), sterkte, null);
    }

    static TaakAnalyse woz(List<Partij> partijen, Behoefte... behoeften) {
        return Behoefteanalyse.analyseer(partijen, List.of(WOZ), List.of(behoeften))
                .get(0);
    }

    /** Both directions of every pair in {@code groep} with the given strength. */
    static List<Behoefte> onderling(Sterkte sterkte, Partij... groep) {
        List<Behoefte> behoeften = new ArrayList<>();
        for (Partij van : groep) {
            for (Partij naar : groep) {
                if (!van.equals(naar)) {
                    behoeften.add(nodig(van, naar, sterkte));
                }
            }
        }
        return behoeften;
    }

    static TaakAnalyse woz(List<Partij> partijen, List<Behoefte> behoeften) {
        return Behoefteanalyse.analyseer(partijen, List.of(WOZ), behoeften).get(0);
    }

    // --- Per pair ---

    @Test
    void wieElkaarAllebeiNodigHebbenKrijgtAdviesSamenwerken() {
        TaakAnalyse taak = woz(List.of(ZEIST, DE_BILT), nodig(ZEIST, DE_BILT, STERK), nodig(DE_BILT, ZEIST, STERK));

        PaarAnalyse paar = taak.paren().get(0);
        assertThat(paar.classificatie()).isEqualTo(Classificatie.WEDERZIJDS);
        assertThat(paar.advies()).isEqualTo(Advies.SAMENWERKEN);
        assertThat(paar.koper()).isNull();
        assertThat(paar.leverancier()).isNull();
        assertThat(paar.afhankelijkheid()).isEqualTo(Afhankelijkheid.GELIJK);
        assertThat(paar.uitleg())
                .isEqualTo(new Uitleg(Sleutels.PAAR_WEDERZIJDS, List.of("Zeist", "De Bilt", "WOZ-taxatie", 2, 2)));
    }

    @Test
    void sterkTegenoverEnigszinsIsWederzijdsMaarOngelijkEnZegtWatDeMinstAfhankelijkeEraanHeeft() {
        // De Bilt, listed second, is the one that needs the other strongly.
        TaakAnalyse taak = woz(List.of(ZEIST, DE_BILT), nodig(ZEIST, DE_BILT, ENIGSZINS), nodig(DE_BILT, ZEIST, STERK));

        PaarAnalyse paar = taak.paren().get(0);
        assertThat(paar.classificatie()).isEqualTo(Classificatie.WEDERZIJDS);
        assertThat(paar.advies()).isEqualTo(Advies.SAMENWERKEN);
        assertThat(paar.afhankelijkheid()).isEqualTo(Afhankelijkheid.ONGELIJK);
        assertThat(paar.meestAfhankelijk()).isEqualTo(DE_BILT);
        assertThat(paar.minstAfhankelijk()).isEqualTo(ZEIST);
        assertThat(paar.uitleg())
                .isEqualTo(new Uitleg(Sleutels.PAAR_WEDERZIJDS_ONGELIJK, List.of("De Bilt", "Zeist", "WOZ-taxatie")));
    }

    @Test
    void eenzijdigeBehoefteGeeftInkopenBijDeGemeenteDieNodigIs() {
        TaakAnalyse taak = woz(List.of(ZEIST, DE_BILT), nodig(ZEIST, DE_BILT, STERK), nodig(DE_BILT, ZEIST, NIET));

        PaarAnalyse paar = taak.paren().get(0);
        assertThat(paar.classificatie()).isEqualTo(Classificatie.EENZIJDIG);
        assertThat(paar.advies()).isEqualTo(Advies.INKOPEN);
        assertThat(paar.koper()).isEqualTo(ZEIST);
        assertThat(paar.leverancier()).isEqualTo(DE_BILT);
        assertThat(paar.uitleg())
                .isEqualTo(new Uitleg(Sleutels.PAAR_EENZIJDIG, List.of("Zeist", "De Bilt", "WOZ-taxatie", 2)));
    }

    @Test
    void koperEnLeverancierKloppenOokAlsHetPaarAndersomStaat() {
        TaakAnalyse taak = woz(List.of(DE_BILT, ZEIST), nodig(ZEIST, DE_BILT, ENIGSZINS), nodig(DE_BILT, ZEIST, NIET));

        PaarAnalyse paar = taak.paren().get(0);
        assertThat(paar.a()).isEqualTo(DE_BILT);
        assertThat(paar.koper()).isEqualTo(ZEIST);
        assertThat(paar.leverancier()).isEqualTo(DE_BILT);
        assertThat(paar.uitleg().argumenten()).containsExactly("Zeist", "De Bilt", "WOZ-taxatie", 1);
    }

    @Test
    void wieElkaarNietNodigHebbenKrijgtAdviesNietSamen() {
        TaakAnalyse taak = woz(List.of(ZEIST, DE_BILT), nodig(ZEIST, DE_BILT, NIET), nodig(DE_BILT, ZEIST, NIET));

        PaarAnalyse paar = taak.paren().get(0);
        assertThat(paar.classificatie()).isEqualTo(Classificatie.GEEN);
        assertThat(paar.advies()).isEqualTo(Advies.NIET_SAMEN);
        assertThat(taak.samenvatting().patroon()).isEqualTo(Patroon.GEEN_SAMENWERKING);
    }

    @Test
    void eenOntbrekendAntwoordWordtNietAlsNietNodigGelezen() {
        TaakAnalyse taak = woz(List.of(ZEIST, DE_BILT), nodig(ZEIST, DE_BILT, NIET));

        PaarAnalyse paar = taak.paren().get(0);
        assertThat(paar.classificatie()).isEqualTo(Classificatie.ONVOLLEDIG);
        assertThat(paar.advies()).isEqualTo(Advies.ONBEKEND);
        assertThat(paar.aNaarB().sterkte()).isEqualTo(NIET);
        assertThat(paar.bNaarA().ontbreekt()).isTrue();
        assertThat(paar.ontbrekend()).containsExactly(new OntbrekendAntwoord(WOZ, DE_BILT, ZEIST));
        assertThat(paar.uitleg())
                .isEqualTo(new Uitleg(Sleutels.PAAR_ONVOLLEDIG_NIET_NODIG, List.of("Zeist", "De Bilt", "WOZ-taxatie")));
        assertThat(taak.ontbrekend()).containsExactly(new OntbrekendAntwoord(WOZ, DE_BILT, ZEIST));
        assertThat(taak.samenvatting().patroon()).isEqualTo(Patroon.ONVOLLEDIG);
    }

    @Test
    void bijEenBekendeBehoefteZegtDeUitlegWatBeideAntwoordenBetekenen() {
        TaakAnalyse taak = woz(List.of(ZEIST, DE_BILT), nodig(DE_BILT, ZEIST, STERK));

        PaarAnalyse paar = taak.paren().get(0);
        assertThat(paar.classificatie()).isEqualTo(Classificatie.ONVOLLEDIG);
        assertThat(paar.bNaarA().sterkte()).isEqualTo(STERK);
        assertThat(paar.ontbrekend()).containsExactly(new OntbrekendAntwoord(WOZ, ZEIST, DE_BILT));
        assertThat(paar.uitleg())
                .isEqualTo(
                        new Uitleg(Sleutels.PAAR_ONVOLLEDIG_WEL_NODIG, List.of("De Bilt", "Zeist", "WOZ-taxatie", 2)));
    }

    @Test
    void zonderAntwoordenOntbrekenBeideKanten() {
        TaakAnalyse taak = woz(List.of(ZEIST, DE_BILT));

        PaarAnalyse paar = taak.paren().get(0);
        assertThat(paar.classificatie()).isEqualTo(Classificatie.ONVOLLEDIG);
        assertThat(paar.ontbrekend())
                .containsExactly(
                        new OntbrekendAntwoord(WOZ, ZEIST, DE_BILT), new OntbrekendAntwoord(WOZ, DE_BILT, ZEIST));
        assertThat(paar.uitleg().sleutel()).isEqualTo(Sleutels.PAAR_ONVOLLEDIG_BEIDE);
        assertThat(taak.samenvatting().uitleg())
                .extracting(Uitleg::sleutel)
                .containsExactly(
                        Sleutels.ONVOLLEDIG, Sleutels.ONTBREEKT, Sleutels.ONTBREEKT, Sleutels.NOG_NIETS_BEKEND);
    }

    @Test
    void deToelichtingVanEenAntwoordBlijftBijDeRichting() {
        TaakAnalyse taak = woz(
                List.of(ZEIST, DE_BILT),
                new Behoefte(WOZ.id(), ZEIST.code(), DE_BILT.code(), STERK, "Wij hebben geen taxateurs meer."),
                nodig(DE_BILT, ZEIST, NIET));

        assertThat(taak.richtingen())
                .containsExactly(
                        new Richting(ZEIST, DE_BILT, STERK, "Wij hebben geen taxateurs meer."),
                        new Richting(DE_BILT, ZEIST, NIET, null));
    }

    // --- Summaries ---

    @Test
    void tweeGemeentenDieElkaarNodigHebbenVormenEenGroep() {
        TaakAnalyse taak = woz(List.of(ZEIST, DE_BILT), onderling(STERK, ZEIST, DE_BILT));

        assertThat(taak.samenvatting().patroon()).isEqualTo(Patroon.GROEP);
        assertThat(taak.samenvatting().groep()).containsExactly(ZEIST, DE_BILT);
        assertThat(taak.samenvatting().buiten()).isEmpty();
    }

    @Test
    void groepVanDrieMetEenBuitenstaander() {
        List<Behoefte> behoeften = new ArrayList<>(onderling(ENIGSZINS, ZEIST, DE_BILT, BUNNIK));
        for (Partij lid : List.of(ZEIST, DE_BILT, BUNNIK)) {
            behoeften.add(nodig(lid, UTRECHT, NIET));
            behoeften.add(nodig(UTRECHT, lid, NIET));
        }

        TaakAnalyse taak = woz(List.of(UTRECHT, ZEIST, DE_BILT, BUNNIK), behoeften);

        Samenvatting samenvatting = taak.samenvatting();
        assertThat(samenvatting.patroon()).isEqualTo(Patroon.GROEP);
        assertThat(samenvatting.groep()).containsExactly(ZEIST, DE_BILT, BUNNIK);
        assertThat(samenvatting.buiten()).containsExactly(UTRECHT);
        assertThat(samenvatting.uitleg())
                .containsExactly(
                        new Uitleg(Sleutels.GROEP, List.of("WOZ-taxatie", "Zeist, De Bilt, Bunnik")),
                        new Uitleg(Sleutels.BUITEN, List.of("Utrecht", 1)));
    }

    @Test
    void groepVanVierDieElkaarAllemaalNodigHeeft() {
        TaakAnalyse taak =
                woz(List.of(ZEIST, DE_BILT, BUNNIK, UTRECHT), onderling(STERK, ZEIST, DE_BILT, BUNNIK, UTRECHT));

        assertThat(taak.paren()).hasSize(6).allMatch(p -> p.classificatie() == Classificatie.WEDERZIJDS);
        assertThat(taak.samenvatting().patroon()).isEqualTo(Patroon.GROEP);
        assertThat(taak.samenvatting().groep()).containsExactly(ZEIST, DE_BILT, BUNNIK, UTRECHT);
        assertThat(taak.samenvatting().uitleg()).extracting(Uitleg::sleutel).containsExactly(Sleutels.GROEP);
    }

    @Test
    void drieKopersBijEenLeverancierWordtDienstverleningNietEenNieuwVerband() {
        List<Behoefte> behoeften = new ArrayList<>(onderling(NIET, ZEIST, DE_BILT, BUNNIK));
        behoeften.add(nodig(ZEIST, UTRECHT, STERK));
        behoeften.add(nodig(DE_BILT, UTRECHT, ENIGSZINS));
        behoeften.add(nodig(BUNNIK, UTRECHT, STERK));
        for (Partij koper : List.of(ZEIST, DE_BILT, BUNNIK)) {
            behoeften.add(nodig(UTRECHT, koper, NIET));
        }

        TaakAnalyse taak = woz(List.of(ZEIST, UTRECHT, DE_BILT, BUNNIK), behoeften);

        Samenvatting samenvatting = taak.samenvatting();
        assertThat(samenvatting.patroon()).isEqualTo(Patroon.LEVERANCIER);
        assertThat(samenvatting.leverancier()).isEqualTo(UTRECHT);
        assertThat(samenvatting.kopers()).containsExactly(ZEIST, DE_BILT, BUNNIK);
        assertThat(samenvatting.buiten()).isEmpty();
        assertThat(samenvatting.uitleg())
                .containsExactly(
                        new Uitleg(
                                Sleutels.LEVERANCIER, List.of("WOZ-taxatie", "Utrecht", 3, "Zeist, De Bilt, Bunnik")),
                        new Uitleg(Sleutels.LEVERANCIER_ADVIES, List.of("Utrecht", 3)));
        assertThat(taak.paren())
                .filteredOn(p -> p.betreft(UTRECHT))
                .allMatch(p -> p.advies() == Advies.INKOPEN && p.leverancier().equals(UTRECHT));
    }

    @Test
    void kopersDieElkaarOokNodigHebbenMakenHetBeeldGemengd() {
        List<Behoefte> behoeften = new ArrayList<>(onderling(STERK, ZEIST, DE_BILT));
        behoeften.addAll(List.of(
                nodig(ZEIST, UTRECHT, STERK), nodig(UTRECHT, ZEIST, NIET),
                nodig(DE_BILT, UTRECHT, STERK), nodig(UTRECHT, DE_BILT, NIET)));

        TaakAnalyse taak = woz(List.of(ZEIST, DE_BILT, UTRECHT), behoeften);

        assertThat(taak.samenvatting().patroon()).isEqualTo(Patroon.GEMENGD);
    }

    @Test
    void gemengdBeeldNoemtHetAdviesPerPaar() {
        List<Behoefte> behoeften = new ArrayList<>(onderling(STERK, ZEIST, DE_BILT));
        behoeften.addAll(List.of(
                nodig(BUNNIK, ZEIST, ENIGSZINS), nodig(ZEIST, BUNNIK, NIET),
                nodig(BUNNIK, DE_BILT, NIET), nodig(DE_BILT, BUNNIK, NIET)));

        TaakAnalyse taak = woz(List.of(ZEIST, DE_BILT, BUNNIK), behoeften);

        Samenvatting samenvatting = taak.samenvatting();
        assertThat(samenvatting.patroon()).isEqualTo(Patroon.GEMENGD);
        assertThat(samenvatting.uitleg())
                .containsExactly(
                        new Uitleg(Sleutels.GEMENGD, List.of("WOZ-taxatie")),
                        new Uitleg(Sleutels.ADVIES_SAMENWERKEN, List.of("Zeist", "De Bilt")),
                        new Uitleg(Sleutels.ADVIES_INKOPEN, List.of("Bunnik", "Zeist")),
                        new Uitleg(Sleutels.GEMENGD_REST, List.of(1)));
    }

    @Test
    void tweeLosseGroepenZijnGemengd() {
        List<Behoefte> behoeften = new ArrayList<>(onderling(STERK, ZEIST, DE_BILT));
        behoeften.addAll(onderling(STERK, BUNNIK, UTRECHT));
        for (Partij a : List.of(ZEIST, DE_BILT)) {
            for (Partij b : List.of(BUNNIK, UTRECHT)) {
                behoeften.add(nodig(a, b, NIET));
                behoeften.add(nodig(b, a, NIET));
            }
        }

        TaakAnalyse taak = woz(List.of(ZEIST, DE_BILT, BUNNIK, UTRECHT), behoeften);

        assertThat(taak.samenvatting().patroon()).isEqualTo(Patroon.GEMENGD);
    }

    @Test
    void nietIedereenInDeGroepHeeftElkaarNodigDusGeenGroep() {
        // Zeist–De Bilt and De Bilt–Bunnik are mutual, but Zeist and Bunnik do not need each other.
        List<Behoefte> behoeften = new ArrayList<>(onderling(STERK, ZEIST, DE_BILT));
        behoeften.addAll(onderling(STERK, DE_BILT, BUNNIK));
        behoeften.addAll(onderling(NIET, ZEIST, BUNNIK));

        TaakAnalyse taak = woz(List.of(ZEIST, DE_BILT, BUNNIK), behoeften);

        assertThat(taak.samenvatting().patroon()).isEqualTo(Patroon.GEMENGD);
    }

    @Test
    void onvolledigeAntwoordenWordenGenoemdMetWatAlTeZeggenIs() {
        List<Behoefte> behoeften = new ArrayList<>(onderling(STERK, ZEIST, DE_BILT));
        behoeften.addAll(onderling(NIET, ZEIST, BUNNIK));
        behoeften.add(nodig(BUNNIK, DE_BILT, STERK));
        behoeften.add(nodig(UTRECHT, ZEIST, NIET));

        TaakAnalyse taak = woz(List.of(ZEIST, DE_BILT, BUNNIK, UTRECHT), behoeften);

        assertThat(taak.ontbrekend())
                .containsExactly(
                        new OntbrekendAntwoord(WOZ, ZEIST, UTRECHT),
                        new OntbrekendAntwoord(WOZ, DE_BILT, BUNNIK),
                        new OntbrekendAntwoord(WOZ, DE_BILT, UTRECHT),
                        new OntbrekendAntwoord(WOZ, BUNNIK, UTRECHT),
                        new OntbrekendAntwoord(WOZ, UTRECHT, DE_BILT),
                        new OntbrekendAntwoord(WOZ, UTRECHT, BUNNIK));
        Samenvatting samenvatting = taak.samenvatting();
        assertThat(samenvatting.patroon()).isEqualTo(Patroon.ONVOLLEDIG);
        assertThat(samenvatting.uitleg())
                .containsExactly(
                        new Uitleg(Sleutels.ONVOLLEDIG, List.of("WOZ-taxatie", 6)),
                        new Uitleg(Sleutels.ONTBREEKT, List.of("Zeist", 1, "Utrecht")),
                        new Uitleg(Sleutels.ONTBREEKT, List.of("De Bilt", 2, "Bunnik, Utrecht")),
                        new Uitleg(Sleutels.ONTBREEKT, List.of("Bunnik", 1, "Utrecht")),
                        new Uitleg(Sleutels.ONTBREEKT, List.of("Utrecht", 2, "De Bilt, Bunnik")),
                        new Uitleg(Sleutels.AL_BEKEND, List.of()),
                        new Uitleg(Sleutels.ADVIES_SAMENWERKEN, List.of("Zeist", "De Bilt")),
                        new Uitleg(Sleutels.PAAR_ONVOLLEDIG_NIET_NODIG, List.of("Utrecht", "Zeist", "WOZ-taxatie")),
                        new Uitleg(Sleutels.PAAR_ONVOLLEDIG_WEL_NODIG, List.of("Bunnik", "De Bilt", "WOZ-taxatie", 2)),
                        new Uitleg(Sleutels.AL_BEKEND_GEEN, List.of(1)));
    }

    @Test
    void metEenPartijValtErNietsTeAnalyseren() {
        TaakAnalyse taak = woz(List.of(ZEIST));

        assertThat(taak.paren()).isEmpty();
        assertThat(taak.ontbrekend()).isEmpty();
        assertThat(taak.samenvatting().patroon()).isEqualTo(Patroon.TE_WEINIG_PARTIJEN);
    }

    // --- Ordering and input ---

    @Test
    void takenEnParenVolgenDeGegevenVolgorde() {
        List<TaakAnalyse> analyse =
                Behoefteanalyse.analyseer(List.of(BUNNIK, ZEIST, DE_BILT), List.of(WOZ, ICT), List.of());

        assertThat(analyse).extracting(TaakAnalyse::taak).containsExactly(WOZ, ICT);
        assertThat(analyse.get(1).paren())
                .extracting(PaarAnalyse::a, PaarAnalyse::b)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BUNNIK, ZEIST),
                        org.assertj.core.groups.Tuple.tuple(BUNNIK, DE_BILT),
                        org.assertj.core.groups.Tuple.tuple(ZEIST, DE_BILT));
    }

    @Test
    void antwoordenGeldenAlleenVoorHunEigenTaak() {
        List<TaakAnalyse> analyse = Behoefteanalyse.analyseer(
                List.of(ZEIST, DE_BILT),
                List.of(WOZ, ICT),
                List.of(nodig(ZEIST, DE_BILT, STERK), nodig(DE_BILT, ZEIST, STERK)));

        assertThat(analyse.get(0).paren().get(0).classificatie()).isEqualTo(Classificatie.WEDERZIJDS);
        assertThat(analyse.get(1).paren().get(0).classificatie()).isEqualTo(Classificatie.ONVOLLEDIG);
    }

    @Test
    void tweeAntwoordenOpDezelfdeVraagWordenGeweigerd() {
        assertThatThrownBy(
                        () -> woz(List.of(ZEIST, DE_BILT), nodig(ZEIST, DE_BILT, STERK), nodig(ZEIST, DE_BILT, NIET)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void antwoordOverOnbekendePartijOfTaakWordtGeweigerd() {
        assertThatThrownBy(() -> woz(List.of(ZEIST, DE_BILT), nodig(ZEIST, BUNNIK, STERK)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Behoefteanalyse.analyseer(
                        List.of(ZEIST, DE_BILT), List.of(ICT), List.of(nodig(ZEIST, DE_BILT, STERK))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dubbelePartijOfBehoefteAanZichzelfWordtGeweigerd() {
        assertThatThrownBy(() -> woz(List.of(ZEIST, ZEIST))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> nodig(ZEIST, ZEIST, STERK)).isInstanceOf(IllegalArgumentException.class);
    }
}
