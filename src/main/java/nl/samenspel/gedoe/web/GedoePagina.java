package nl.samenspel.gedoe.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.samenspel.afspraken.DvoKeuze;
import nl.samenspel.bestuur.Orgaan;
import nl.samenspel.gedoe.GedoeInstellingen;
import nl.samenspel.gedoe.GedoeItem;
import nl.samenspel.gedoe.Vangnet;
import nl.samenspel.platform.Fouten;
import nl.samenspel.samenwerking.Samenwerking;
import org.jspecify.annotations.Nullable;

/**
 * What the gedoe templates get.
 *
 * @param item the item of the item page, null on the list page
 * @param fora the bodies of the samenwerking (possible forums)
 * @param dvos the DVOs a decided item may lead to a revision of (item page only)
 * @param vandaag the day ages are counted to
 * @param waarden what was typed (after an error), empty otherwise
 * @param melding a message key for the top of the page, or null
 */
public record GedoePagina(
        Samenwerking s,
        List<GedoeItem> items,
        @Nullable GedoeItem item,
        GedoeInstellingen instellingen,
        Vangnet vangnet,
        List<Orgaan> fora,
        List<DvoKeuze> dvos,
        boolean kanMelden,
        boolean kanBehandelen,
        LocalDate vandaag,
        @Nullable Fouten fouten,
        Map<String, String> waarden,
        @Nullable String melding,
        String meldingSoort) {

    /** The name of a body, or null when it no longer exists. */
    public @Nullable String forumNaam(@Nullable Long forum) {
        if (forum == null) {
            return null;
        }
        return fora.stream()
                .filter(o -> o.id() == forum)
                .map(Orgaan::naam)
                .findFirst()
                .orElse(null);
    }

    /** The name of a participating (or departed) municipality, or null for the shared organisation. */
    public @Nullable String gemeenteNaam(@Nullable String code) {
        if (code == null) {
            return null;
        }
        return s.gemeenten().stream()
                .filter(g -> g.code().equals(code))
                .map(g -> g.naam())
                .findFirst()
                .orElse(code);
    }

    public long leeftijd(GedoeItem i) {
        return i.leeftijd(vandaag);
    }

    public boolean teLaat(GedoeItem i) {
        return i.teLaat(vandaag, instellingen.termijnDagen());
    }

    /** The forum the routing select preselects: the item's own, else the forum for unforeseen matters. */
    public String voorgekozenForum(GedoeItem i) {
        Long f = i.forum() != null ? i.forum() : instellingen.forum();
        return waarde("forum", f == null ? null : String.valueOf(f));
    }

    public String waarde(String veld, @Nullable String anders) {
        String w = waarden.get(veld);
        return w != null ? w : anders == null ? "" : anders;
    }
}
