package nl.samenspel.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String gebruikersnaam) {
        return accounts.vindOpNaam(gebruikersnaam)
                .map(a -> new AccountDetails(a, accounts.wachtwoordHash(gebruikersnaam)))
                .orElseThrow(() -> new UsernameNotFoundException("onbekend"));
    }
}
