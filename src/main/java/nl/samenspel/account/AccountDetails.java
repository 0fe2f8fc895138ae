package nl.samenspel.account;

import java.util.Collection;
import java.util.List;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HeeftGebruiker;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal Spring Security keeps for a signed-in account. */
final class AccountDetails implements UserDetails, HeeftGebruiker {

    private final Account account;
    private final transient String hash;

    AccountDetails(Account account, String hash) {
        this.account = account;
        this.hash = hash;
    }

    /** Signed in with a one-time password: nothing but choosing a password until it is changed. */
    boolean moetWachtwoordWijzigen() {
        return account.moetWachtwoordWijzigen();
    }

    /** The same principal after the user chose their own password (the session keeps this one). */
    AccountDetails na(Account gewijzigd, String nieuweHash) {
        return new AccountDetails(gewijzigd, nieuweHash);
    }

    @Override
    public Gebruiker gebruiker() {
        return account.alsGebruiker();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> rollen = account.rollen().stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
        return rollen;
    }

    @Override
    public String getPassword() {
        return hash;
    }

    @Override
    public String getUsername() {
        return account.gebruikersnaam();
    }

    @Override
    public boolean isEnabled() {
        return account.actief();
    }
}
