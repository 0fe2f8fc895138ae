package nl.samenspel.account;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository accounts;

    AccountDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String gebruikersnaam) {
        return accounts.vindOpNaam(gebruikersnaam)
                .flatMap(a -> Optional.ofNullable(accounts.wachtwoordHash(gebruikersnaam))
                        .map(h -> new AccountDetails(a, h)))
                .orElseThrow(() -> new UsernameNotFoundException("onbekend"));
    }

    /**
     * After a successful sign-in with a hash cheaper than the current cost (demo accounts of an older install),
     * the password is hashed again at full cost, so that every account costs the same to check. Not a change by
     * a user: no new version and the open sessions stay.
     */
    @Override
    public UserDetails updatePassword(UserDetails user, @Nullable String nieuweHash) {
        if (nieuweHash == null) {
            return user; // Spring passes the new hash of a password that just matched: never null in practice
        }
        accounts.vervangHash(user.getUsername(), nieuweHash);
        return accounts.vindOpNaam(user.getUsername())
                .map(a -> (UserDetails) new AccountDetails(a, nieuweHash))
                .orElse(user);
    }
}
