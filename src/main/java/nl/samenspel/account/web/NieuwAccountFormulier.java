package nl.samenspel.account.web;

import java.util.List;

/** The form "new account". */
public record NieuwAccountFormulier(
        String gebruikersnaam, String weergavenaam, String wachtwoord, List<String> rollen, String gemeenteCode) {

    /** The ticked roles; none ticked binds as {@code null}. */
    public List<String> gekozenRollen() {
        return rollen == null ? List.of() : rollen;
    }
}
