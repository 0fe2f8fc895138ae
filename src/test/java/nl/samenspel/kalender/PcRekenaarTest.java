package nl.samenspel.kalender;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.samenspel.platform.Melding;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The statutory last days for several budget years and board schedules: only weeks and fixed dates (no working
 * days), a plan that breaks the twelve-week window, a budget adopted after 15 September, a leap year.
 */
class PcRekenaarTest {

    static Datum gepland(@Nullable LocalDate d) {
        return new Datum(d, null);
    }

    static Jaarplan plan(int jaar, Datum ontwerp, Datum begroting, Datum naarGs, Datum jaarrekening, Datum jrNaarGs) {
        return new Jaarplan(
                1, jaar, Datum.LEEG, Datum.LEEG, ontwerp, begroting, naarGs, jaarrekening, jrNaarGs, List.of(), 1);
    }

    static Kalenderregel regel(List<Kalenderregel> regels, PcMoment moment) {
        return regels.stream().filter(r -> r.moment() == moment).findFirst().orElseThrow();
    }

    static List<String> sleutels(Kalenderregel r) {
        return r.waarschuwingen().stream().map(Melding::sleutel).toList();
    }

    @ParameterizedTest(name = "begrotingsjaar {0}, bestuur stelt vast op {1}")
    @CsvSource(textBlock = """
            # jaar, AB adopts,  kaders,     draft out,  GS budget
            2026,   2025-07-03, 2025-04-30, 2025-04-10, 2025-07-17
            2027,   2026-06-25, 2026-04-30, 2026-04-02, 2026-07-09
            2028,   2027-09-10, 2027-04-30, 2027-06-18, 2027-09-15
            2025,   2024-05-23, 2024-04-30, 2024-02-29, 2024-06-06
            2029,   2028-03-14, 2028-04-30, 2027-12-21, 2028-03-28
            """)
    void uiterlijkeDagenVolgenUitDeBestuursdatum(
            int jaar, LocalDate ab, LocalDate kaders, LocalDate ontwerp, LocalDate naarGs) {
        List<Kalenderregel> regels =
                PcRekenaar.bereken(plan(jaar, Datum.LEEG, gepland(ab), Datum.LEEG, Datum.LEEG, Datum.LEEG));

        assertThat(regel(regels, PcMoment.KADERS_NAAR_RADEN).uiterlijk()).isEqualTo(kaders);
        assertThat(regel(regels, PcMoment.VOORLOPIGE_JAARREKENING_NAAR_RADEN).uiterlijk())
                .isEqualTo(kaders);
        assertThat(regel(regels, PcMoment.ONTWERPBEGROTING_NAAR_RADEN).uiterlijk())
                .isEqualTo(ontwerp);
        assertThat(regel(regels, PcMoment.BEGROTING_NAAR_GS).uiterlijk()).isEqualTo(naarGs);
        assertThat(regel(regels, PcMoment.BEGROTING_VASTGESTELD).uiterlijk()).isEqualTo(of(jaar - 1, 12, 31));
        assertThat(regels).allSatisfy(r -> assertThat(r.waarschuwingen()).isEmpty());
    }

    @Test
    void schrikkeljaarTwaalfWekenIsChronologischNietEenWerkdagenRegel() {
        // 12 weeks = 84 days; counting back from 23 May 2024 lands on the leap day, a Thursday.
        assertThat(PcRekenaar.twaalfWekenVoor(of(2024, 5, 23))).isEqualTo(of(2024, 2, 29));
        // In a year without a leap day the same 84 days end on 28 February.
        assertThat(PcRekenaar.twaalfWekenVoor(of(2023, 5, 23))).isEqualTo(of(2023, 2, 28));
        // A board meeting on a Saturday still counts back exactly twelve weeks: no shift to a working day.
        assertThat(PcRekenaar.twaalfWekenVoor(of(2026, 6, 27))).isEqualTo(of(2026, 4, 4));
        assertThat(PcRekenaar.eindeZienswijze(of(2024, 2, 29))).isEqualTo(of(2024, 5, 23));
    }

    @Test
    void eenPlanDatDeTwaalfWekenBreektKrijgtWaarschuwingenMetHetArtikel() {
        List<Kalenderregel> regels = PcRekenaar.bereken(
                plan(2027, gepland(of(2026, 4, 15)), gepland(of(2026, 7, 1)), Datum.LEEG, Datum.LEEG, Datum.LEEG));

        Kalenderregel ontwerp = regel(regels, PcMoment.ONTWERPBEGROTING_NAAR_RADEN);
        assertThat(ontwerp.uiterlijk()).isEqualTo(of(2026, 4, 8));
        assertThat(ontwerp.termijn().gebroken()).isTrue();
        assertThat(sleutels(ontwerp)).containsExactly("kalender.waarschuwing.ONTWERPBEGROTING_NAAR_RADEN");
        assertThat(ontwerp.waarschuwingen().get(0).argumenten()).contains("art. 35 lid 1 Wgr");

        Kalenderregel venster = regel(regels, PcMoment.ZIENSWIJZETERMIJN_BEGROTING);
        assertThat(venster.gepland()).isEqualTo(of(2026, 7, 8));
        assertThat(venster.uiterlijk()).isEqualTo(of(2026, 7, 1));
        assertThat(sleutels(venster)).containsExactly("kalender.waarschuwing.ZIENSWIJZETERMIJN_BEGROTING");
        assertThat(venster.status(of(2026, 1, 1))).isEqualTo(Kalenderregel.Status.GEBROKEN);
    }

    @Test
    void preciesTwaalfWekenIsOp() {
        List<Kalenderregel> regels = PcRekenaar.bereken(
                plan(2027, gepland(of(2026, 4, 8)), gepland(of(2026, 7, 1)), Datum.LEEG, Datum.LEEG, Datum.LEEG));
        assertThat(regels).allSatisfy(r -> assertThat(r.waarschuwingen()).isEmpty());
        assertThat(regel(regels, PcMoment.ZIENSWIJZETERMIJN_BEGROTING).gepland())
                .isEqualTo(of(2026, 7, 1));
    }

    @Test
    void vaststellingNa15SeptemberHaaltGedeputeerdeStatenNietMeer() {
        List<Kalenderregel> regels = PcRekenaar.bereken(plan(
                2028,
                gepland(of(2027, 6, 1)),
                gepland(of(2027, 9, 20)),
                gepland(of(2027, 9, 30)),
                Datum.LEEG,
                Datum.LEEG));

        Kalenderregel begroting = regel(regels, PcMoment.BEGROTING_VASTGESTELD);
        assertThat(sleutels(begroting)).containsExactly("kalender.waarschuwing.begroting-na-gs-datum");
        Kalenderregel gs = regel(regels, PcMoment.BEGROTING_NAAR_GS);
        assertThat(gs.uiterlijk()).isEqualTo(of(2027, 9, 15));
        assertThat(sleutels(gs)).containsExactly("kalender.waarschuwing.BEGROTING_NAAR_GS");
    }

    @Test
    void jaarrekeningTweeWekenNaVaststellingEnUiterlijk15JuliVanHetJaarErna() {
        List<Kalenderregel> vroeg = PcRekenaar.bereken(
                plan(2026, Datum.LEEG, Datum.LEEG, Datum.LEEG, gepland(of(2027, 6, 20)), gepland(of(2027, 7, 3))));
        assertThat(regel(vroeg, PcMoment.JAARREKENING_NAAR_GS).uiterlijk()).isEqualTo(of(2027, 7, 4));
        assertThat(vroeg).allSatisfy(r -> assertThat(r.waarschuwingen()).isEmpty());

        List<Kalenderregel> laat = PcRekenaar.bereken(
                plan(2026, Datum.LEEG, Datum.LEEG, Datum.LEEG, gepland(of(2027, 7, 8)), gepland(of(2027, 7, 20))));
        Kalenderregel gs = regel(laat, PcMoment.JAARREKENING_NAAR_GS);
        assertThat(gs.uiterlijk()).isEqualTo(of(2027, 7, 15));
        assertThat(sleutels(gs)).containsExactly("kalender.waarschuwing.JAARREKENING_NAAR_GS");

        List<Kalenderregel> inHetJaarZelf = PcRekenaar.bereken(
                plan(2026, Datum.LEEG, Datum.LEEG, Datum.LEEG, gepland(of(2026, 12, 15)), Datum.LEEG));
        assertThat(sleutels(regel(inHetJaarZelf, PcMoment.JAARREKENING_VASTGESTELD)))
                .containsExactly("kalender.waarschuwing.jaarrekening-te-vroeg");
    }

    @Test
    void zonderBestuursdatumGeenAfhankelijkeTermijnMaarWelDeVasteDagen() {
        List<Kalenderregel> regels = PcRekenaar.bereken(Jaarplan.leeg(1, 2027));
        assertThat(regel(regels, PcMoment.ONTWERPBEGROTING_NAAR_RADEN).uiterlijk())
                .isNull();
        assertThat(regel(regels, PcMoment.ZIENSWIJZETERMIJN_BEGROTING).uiterlijk())
                .isNull();
        assertThat(regel(regels, PcMoment.BEGROTING_NAAR_GS).uiterlijk()).isEqualTo(of(2026, 9, 15));
        assertThat(regel(regels, PcMoment.JAARREKENING_NAAR_GS).uiterlijk()).isEqualTo(of(2028, 7, 15));
        assertThat(regel(regels, PcMoment.KADERS_NAAR_RADEN).status(of(2026, 5, 1)))
                .isEqualTo(Kalenderregel.Status.VERLOPEN);
        assertThat(regel(regels, PcMoment.KADERS_NAAR_RADEN).status(of(2026, 4, 30)))
                .isEqualTo(Kalenderregel.Status.NIET_GEPLAND);
    }

    @Test
    void hetWerkelijkeVerzendmomentTeltBovenHetGeplande() {
        Jaarplan p = new Jaarplan(
                1,
                2027,
                new Datum(of(2026, 4, 20), of(2026, 5, 2)),
                Datum.LEEG,
                new Datum(of(2026, 3, 1), of(2026, 3, 20)),
                gepland(of(2026, 6, 25)),
                Datum.LEEG,
                Datum.LEEG,
                Datum.LEEG,
                List.of(),
                1);
        List<Kalenderregel> regels = PcRekenaar.bereken(p);
        assertThat(sleutels(regel(regels, PcMoment.KADERS_NAAR_RADEN)))
                .containsExactly("kalender.waarschuwing.KADERS_NAAR_RADEN");
        Kalenderregel venster = regel(regels, PcMoment.ZIENSWIJZETERMIJN_BEGROTING);
        assertThat(venster.gedaan()).isEqualTo(of(2026, 6, 12));
        assertThat(venster.waarschuwingen()).isEmpty();
    }

    @Test
    void begrotingswijzigingVolgtDezelfdeProcedure() {
        Jaarplan p = new Jaarplan(
                1,
                2027,
                Datum.LEEG,
                Datum.LEEG,
                Datum.LEEG,
                Datum.LEEG,
                Datum.LEEG,
                Datum.LEEG,
                Datum.LEEG,
                List.of(
                        new Wijziging(1, "Extra taak", gepland(of(2026, 9, 17)), gepland(of(2026, 12, 10))),
                        new Wijziging(2, "Loonkosten", gepland(of(2027, 3, 1)), gepland(of(2027, 4, 15)))),
                1);
        List<Kalenderregel> regels = PcRekenaar.bereken(p);
        List<Kalenderregel> een = regels.stream()
                .filter(r -> Integer.valueOf(1).equals(r.wijziging()))
                .toList();
        assertThat(een)
                .extracting(Kalenderregel::moment)
                .containsExactly(
                        PcMoment.BEGROTINGSWIJZIGING_NAAR_RADEN,
                        PcMoment.ZIENSWIJZETERMIJN_WIJZIGING,
                        PcMoment.BEGROTINGSWIJZIGING_VASTGESTELD);
        assertThat(een).allSatisfy(r -> assertThat(r.waarschuwingen()).isEmpty());
        assertThat(een.get(0).uiterlijk()).isEqualTo(of(2026, 9, 17));

        Kalenderregel twee = regels.stream()
                .filter(r -> Integer.valueOf(2).equals(r.wijziging())
                        && r.moment() == PcMoment.BEGROTINGSWIJZIGING_NAAR_RADEN)
                .findFirst()
                .orElseThrow();
        assertThat(twee.uiterlijk()).isEqualTo(of(2027, 1, 21));
        assertThat(sleutels(twee)).containsExactly("kalender.waarschuwing.BEGROTINGSWIJZIGING_NAAR_RADEN");
    }
}
