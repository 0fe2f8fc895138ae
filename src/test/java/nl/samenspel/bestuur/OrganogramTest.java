package nl.samenspel.bestuur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.samenspel.gemeente.Gemeente;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The chart: well-formed SVG, names stay text, supervision vertical and the client line horizontal. */
class OrganogramTest {

    static final List<Gemeente> GEMEENTEN = List.of(
            new Gemeente("GM0355", "Zeist", "Utrecht", "PV26", 1),
            new Gemeente("GM0310", "De Bilt", "Utrecht", "PV26", 1));

    /** Texts as "key[args]", so the test sees which text went where without the bundle. */
    static final Organogram.Woorden WOORDEN = (sleutel, argumenten) -> sleutel + Arrays.toString(argumenten);

    static Orgaan orgaan(long id, String naam, Lijn lijn) {
        return new Orgaan(id, 1, naam, lijn, null, null, 1, List.of());
    }

    static Document lees(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void eenNaamMetScriptBlijftTekst() throws Exception {
        String svg = Organogram.svg(
                "o",
                List.of(orgaan(1, "<script>alert('x')</script> & \"AB\"", Lijn.TOEZICHT)),
                List.of(new Gemeente("GM0355", "Zeist <b>", "Utrecht", "PV26", 1)),
                WOORDEN,
                null);
        assertThat(svg).doesNotContain("<script").doesNotContain("<b>").contains("&lt;script&gt;");
        Document doc = lees(svg);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getDocumentElement().getTextContent()).contains("<script>alert('x')</script> & \"AB\"");
    }

    @Test
    void toezichtLooptVerticaalEnDeKlantlijnHorizontaal() throws Exception {
        String svg = Organogram.svg(
                "o",
                List.of(
                        orgaan(1, "Algemeen bestuur", Lijn.TOEZICHT),
                        orgaan(2, "Opdrachtgeversoverleg", Lijn.KLANT),
                        orgaan(3, "Directie", Lijn.UITVOERING)),
                GEMEENTEN,
                WOORDEN,
                "o-tekst");
        Document doc = lees(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-describedby")).contains("o-desc").contains("o-tekst");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).contains("bestuur.organogram.titel");
        assertThat(doc.getElementsByTagName("desc").getLength()).isEqualTo(1);

        NodeList lijnen = doc.getElementsByTagName("line");
        int toezicht = 0;
        int klant = 0;
        for (int i = 0; i < lijnen.getLength(); i++) {
            Element l = (Element) lijnen.item(i);
            if (l.getParentNode() instanceof Element ouder
                    && ouder.getAttribute("class").equals("legenda")) {
                continue;
            }
            if (l.getAttribute("class").equals("lijn-toezicht")) {
                toezicht++;
                assertThat(l.getAttribute("x1")).as("toezicht verticaal").isEqualTo(l.getAttribute("x2"));
                assertThat(Integer.parseInt(l.getAttribute("y1"))).isLessThan(Integer.parseInt(l.getAttribute("y2")));
            } else if (l.getAttribute("class").equals("lijn-klant")) {
                klant++;
                assertThat(l.getAttribute("y1")).as("klantlijn horizontaal").isEqualTo(l.getAttribute("y2"));
                assertThat(l.getAttribute("stroke-dasharray"))
                        .as("gestreept, niet alleen kleur")
                        .isNotBlank();
            }
        }
        assertThat(toezicht).isEqualTo(1);
        assertThat(klant).as("twee gemeenten en een klantorgaan").isEqualTo(3);
        assertThat(root.getTextContent())
                .contains("Algemeen bestuur", "Opdrachtgeversoverleg", "Directie", "Zeist", "De Bilt")
                .contains("bestuur.organogram.legenda.toezicht", "bestuur.organogram.legenda.klant");
    }

    @Test
    void eenLangeNaamWordtIngekortMaarStaatVolledigInDeTitel() throws Exception {
        String lang = "Gemeenschappelijke adviescommissie van de raden van Zeist en De Bilt";
        Document doc = lees(Organogram.svg("o", List.of(orgaan(1, lang, Lijn.ADVIES)), GEMEENTEN, WOORDEN, null));
        NodeList titels = doc.getElementsByTagName("title");
        boolean gevonden = false;
        for (int i = 0; i < titels.getLength(); i++) {
            gevonden |= titels.item(i).getTextContent().equals(lang);
        }
        assertThat(gevonden).isTrue();
        assertThat(Organogram.kort(lang)).hasSizeLessThanOrEqualTo(26).endsWith("\u2026");
    }
}
