package nl.samenspel.verkenning.web;

import java.util.Arrays;
import java.util.List;
import nl.samenspel.platform.Fouten;
import nl.samenspel.verkenning.Einddoel;
import org.jspecify.annotations.Nullable;

/** The position form as shown: the values typed (or stored), one question per task and other party. */
public record PositieFormulier(
        String watWillenWij,
        String watWillenWijNiet,
        String maximumPerJaar,
        String eigenRuimte,
        String einddoel,
        String einddoelToelichting,
        List<String> uitgeslotenEinddoelen,
        @Nullable Long versie,
        List<TaakVragen> taken,
        @Nullable Fouten fouten,
        @Nullable String melding) {

    /** The end goals in their order: the values of the select and of the checkbox group. */
    public static List<String> einddoelen() {
        return Arrays.stream(Einddoel.values()).map(Einddoel::name).toList();
    }

    public record TaakVragen(long taakId, String taakNaam, List<Vraag> vragen) {}

    /** {@code sterkte} is "" when not answered. */
    public record Vraag(String naam, String naarCode, String naarNaam, String sterkte, String toelichting) {

        public String sterkteVeld() {
            return "sterkte-" + naam;
        }

        public String toelichtingVeld() {
            return "toelichting-" + naam;
        }
    }
}
