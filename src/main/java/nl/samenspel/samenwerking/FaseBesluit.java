package nl.samenspel.samenwerking;

import java.util.List;
import nl.samenspel.platform.Melding;
import org.jspecify.annotations.Nullable;

/**
 * What a samenwerking answers when asked to move to another phase ({@link Samenwerking#naarFase}): the
 * transition it accepts, or every reason it refuses. Reasons are message keys with arguments, never sentences.
 */
public sealed interface FaseBesluit {

    /** The accepted move. {@code override}: forward although {@code ontbrak} was not met, with {@code reden}. */
    record Overgang(
            Fase van, Fase naar, boolean override, @Nullable String reden, List<Melding> ontbrak)
            implements FaseBesluit {

        public Overgang {
            ontbrak = List.copyOf(ontbrak);
        }
    }

    /** The refused move; never empty. */
    record Geweigerd(List<Weigering> redenen) implements FaseBesluit {

        public Geweigerd {
            redenen = List.copyOf(redenen);
            if (redenen.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs a reason");
            }
        }

        public boolean om(Soort soort) {
            return redenen.stream().anyMatch(r -> r.soort() == soort);
        }

        public List<String> sleutels() {
            return redenen.stream().map(Weigering::sleutel).toList();
        }
    }

    /** Why a move is refused: the input itself, a version the client saw that is no longer current, or the criteria. */
    enum Soort {
        INVOER,
        VERSIE,
        VOORWAARDEN
    }

    /**
     * One reason. {@code veld}: the input field it is about (null when none); {@code argumenten}: for the message
     * (for {@link Soort#VOORWAARDEN}: what is still missing).
     */
    record Weigering(Soort soort, @Nullable String veld, String sleutel, List<Object> argumenten) {

        public Weigering {
            argumenten = List.copyOf(argumenten);
        }
    }
}
