package nl.samenspel.samenwerking;

import org.springframework.security.access.AccessDeniedException;

/**
 * The answer of a write-rights policy ({@link SamenwerkingRechten} and its siblings in other modules): allowed,
 * refused for this user (403), or refused for everyone because the samenwerking is archived (409).
 */
public enum Recht {
    JA,
    NEE,
    GEARCHIVEERD;

    /** The answer for a user who would have the right, given whether the samenwerking is archived. */
    public static Recht als(boolean mag, Samenwerking s) {
        if (!mag) {
            return NEE;
        }
        return s.gearchiveerd() ? GEARCHIVEERD : JA;
    }

    public boolean ja() {
        return this == JA;
    }

    /** Throws unless allowed: {@link AccessDeniedException} (403) or {@link GearchiveerdException} (409). */
    public void eis(Samenwerking s, String wat) {
        switch (this) {
            case JA -> {}
            case NEE -> throw new AccessDeniedException(wat);
            case GEARCHIVEERD -> throw new GearchiveerdException(s.id());
        }
    }
}
