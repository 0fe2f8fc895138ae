package nl.samenspel.account.web;

import java.util.List;

/** The form "change account", with the version the administrator saw. */
public record AccountFormulier(
        String weergavenaam, List<String> rollen, String gemeenteCode, String actief, String versie) {

    public List<String> gekozenRollen() {
        return rollen == null ? List.of() : rollen;
    }

    /** The box "active" sends {@code true} when ticked and nothing when not. */
    public boolean isActief() {
        return "true".equals(actief);
    }
}
