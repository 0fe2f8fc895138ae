package nl.samenspel.security;

import java.util.List;

/** A module's access rules for its own endpoints. More specific rules first. */
public interface ToegangsRegels {
    List<Toegang> regels();
}
