package nl.samenspel.samenwerking.web;

import java.util.List;
import nl.samenspel.platform.Indicator;
import nl.samenspel.samenwerking.OpenPunt;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.VolgendeStap;
import org.jspecify.annotations.Nullable;

/**
 * One samenwerking on the start page, with its check status when known, its next step (null for a reader who acts
 * on nothing, such as a council member) and what the signed-in user must do in it.
 */
public record StartRegel(
        Samenwerking samenwerking,
        @Nullable Indicator toets,
        @Nullable VolgendeStap volgende,
        List<OpenPunt> mijnPunten) {

    public StartRegel {
        mijnPunten = List.copyOf(mijnPunten);
    }
}
