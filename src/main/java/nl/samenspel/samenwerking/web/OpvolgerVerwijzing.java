package nl.samenspel.samenwerking.web;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenspel.samenwerking.OpvolgerKeuze;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * {@code "opvolger"} in a PUT (issue 13): the id of the samenwerking that continues this one, or the object GET
 * returns ({@code {"id": 12, "titel": …}}; the title is ignored); {@code null} removes the successor and leaving the
 * field out keeps it. Anything else is refused with a Dutch message on {@code opvolger}.
 */
@Schema(
        description = "Het nummer van de samenwerking die deze voortzet, of het object dat GET geeft ({\"id\": 12}); "
                + "null haalt de opvolger weg, weglaten laat hem ongemoeid",
        oneOf = {Long.class, SamenwerkingApi.VerwijzingJson.class})
@JsonDeserialize(using = OpvolgerVerwijzing.Lezer.class)
record OpvolgerVerwijzing(OpvolgerKeuze keuze) {

    static final class Lezer extends StdDeserializer<OpvolgerVerwijzing> {

        Lezer() {
            super(OpvolgerVerwijzing.class);
        }

        @Override
        public OpvolgerVerwijzing deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT) {
                return new OpvolgerVerwijzing(OpvolgerKeuze.van(p.getLongValue()));
            }
            if (token == JsonToken.START_OBJECT) {
                JsonNode object = ctxt.readTree(p);
                JsonNode id = object.get("id");
                if (id == null || id.isNull()) {
                    return new OpvolgerVerwijzing(OpvolgerKeuze.GEEN);
                }
                return new OpvolgerVerwijzing(
                        id.isIntegralNumber() ? OpvolgerKeuze.van(id.asLong()) : OpvolgerKeuze.ONLEESBAAR);
            }
            p.skipChildren();
            return new OpvolgerVerwijzing(OpvolgerKeuze.ONLEESBAAR);
        }

        /** An explicit {@code null}: remove the successor. */
        @Override
        public OpvolgerVerwijzing getNullValue(DeserializationContext ctxt) {
            return new OpvolgerVerwijzing(OpvolgerKeuze.GEEN);
        }

        /** The field left out: keep the successor as it is. */
        @Override
        public @Nullable Object getAbsentValue(DeserializationContext ctxt) {
            return null;
        }
    }
}
