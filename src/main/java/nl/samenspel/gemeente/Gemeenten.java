package nl.samenspel.gemeente;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.samenspel.platform.Pagina;
import org.jspecify.annotations.Nullable;

/** The public face of the reference data for other modules. */
public interface Gemeenten {

    Optional<Gemeente> vind(String code);

    /** The municipalities with these codes, in the order given; unknown codes are left out. */
    List<Gemeente> vindAlle(Collection<String> codes);

    boolean bestaat(String code);

    /** Search by (part of) the name, accent- and case-insensitive, optionally within one province. */
    Pagina<Gemeente> zoek(@Nullable String naam, @Nullable String provincie, int pagina, int grootte);

    List<Regio> regios(String code);

    List<String> provincies();

    /** The provinces with their number of municipalities and inhabitants, for the overview page and the API. */
    List<Provincie> provinciesMetCijfers();
}
