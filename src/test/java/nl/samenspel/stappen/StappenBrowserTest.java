package nl.samenspel.stappen;

import static org.assertj.core.api.Assertions.assertThat;

import nl.samenspel.support.Browser;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@SamenspelTest
class StappenBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void deRegisseurLooptMetTweeAmbtenarenDeVierStappenDoorEnGaatNaarVormgeven() {
        long id = StappenData.nieuweSamenwerking(port);
        String basis = "/samenwerkingen/" + id + "/stappen";
        try (Browser regisseur = new Browser(port)) {
            regisseur.inloggen("regisseur");
            regisseur.open(basis);
            assertThat(regisseur.tekst()).contains("Nog leeg").contains("Dicht");
            regisseur.screenshot("stappen-overzicht-leeg");

            regisseur.klikLink("Wat willen we");
            regisseur.typ("tekst", "Samen de WOZ-waardering op orde houden");
            regisseur.kies("bronGemeente", "Zeist");
            regisseur.klikKnop("Toevoegen");
            assertThat(regisseur.tekst()).contains("uit de positie van Zeist");
            regisseur.screenshot("stappen-wat");

            regisseur.open(basis + "/hoe");
            regisseur.typ("wieDoetWat", "Zeist waardeert, De Bilt int");
            regisseur.klikKnop("Opslaan");
            assertThat(regisseur.tekst()).contains("Opgeslagen");

            regisseur.open(basis + "/spanningen/nieuw");
            regisseur.typ("omschrijving", "Ieder wil de eigen huisstijl op de aanslag");
            regisseur.kies("soort", "Uniformiteit tegenover maatwerk");
            regisseur.vinkAan("partijen", StappenData.ZEIST);
            regisseur.typ("backofficeFrontoffice", "De aanslag is overal gelijk; de begeleidende brief per gemeente");
            regisseur.screenshot("stappen-spanning-formulier");
            regisseur.klikKnop("Opslaan");
            assertThat(regisseur.tekst()).contains("Ieder wil de eigen huisstijl");

            regisseur.open(basis + "/vanzelfdynamiek");
            regisseur.vinkAan("gedrag", "VAAG_OF_LATER_BESLUITEN");
            regisseur.typ("botsing", "De kostenverdeling blijft liggen");
            regisseur.typ("omgang", "We zetten een datum voor het besluit");
            regisseur.klikKnop("Toevoegen");
            assertThat(regisseur.tekst()).contains("Vaag of later besluiten");
            regisseur.screenshot("stappen-vanzelfdynamiek");
        }
        for (String ambtenaar : new String[] {"ambtenaar1", "ambtenaar2"}) {
            try (Browser b = new Browser(port)) {
                b.inloggen(ambtenaar);
                String gemeente = ambtenaar.equals("ambtenaar1") ? "Zeist" : "De Bilt";
                for (String stap : new String[] {"wat", "hoe", "spanningen", "vanzelfdynamiek"}) {
                    b.open(basis + "/" + stap);
                    b.klikKnop("Ambtelijk besproken voor " + gemeente);
                    assertThat(b.tekst()).contains("als ambtelijk besproken gemarkeerd");
                }
                b.screenshot("stappen-besproken-" + ambtenaar);
            }
        }
        try (Browser wethouder = new Browser(port)) {
            wethouder.inloggen("bestuurder1");
            wethouder.open(basis + "/spanningen");
            wethouder.kies("orgaan", "College van burgemeester en wethouders");
            wethouder.typ("referentie", "Collegebesluit 2026/41");
            wethouder.klikKnop("Vaststelling vastleggen");
            assertThat(wethouder.tekst())
                    .contains("De bestuurlijke vaststelling is vastgelegd")
                    .contains("kenmerk Collegebesluit 2026/41");
            wethouder.driver().executeScript("document.getElementById('besproken-titel').scrollIntoView()");
            wethouder.screenshot("stappen-vastgesteld");
        }
        try (Browser regisseur = new Browser(port)) {
            regisseur.inloggen("regisseur");
            regisseur.open(basis + "/vorm");
            assertThat(regisseur.tekst()).contains("De vormstap is open");
            regisseur.open(basis);
            assertThat(regisseur.tekst())
                    .contains("iedereen heeft ambtelijk besproken")
                    .doesNotContain("Dicht");
            regisseur.screenshot("stappen-overzicht-open");
            regisseur.open("/samenwerkingen/" + id);
            regisseur.kies("fase", "Vormgeven");
            assertThat(regisseur.tekst()).contains("ontbreekt niets meer");
            regisseur.screenshot("samenwerking-fase-formulier");
            regisseur.klikKnop("Fase wijzigen");
            assertThat(regisseur.tekst()).contains("Nu: Vormgeven");
            regisseur.screenshot("samenwerking-vormgeven");
        }
    }
}
