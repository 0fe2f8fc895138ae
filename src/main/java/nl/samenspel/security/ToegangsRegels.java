package nl.samenspel.security;

import java.util.List;

/**
 * A module's access rules for its own endpoints. The rules of all modules are applied most specific first
 * ({@link RegelVolgorde}), so neither the order within this list nor the order of the modules matters.
 */
public interface ToegangsRegels {
    List<Toegang> regels();
}
