package nl.samenspel.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends the open browser sessions of an account, for when its rights change (deactivated, other roles or
 * municipality, new password): the user must not keep working with the old rights until the session times out.
 */
@Component
public class Sessies {

    private final SessionRegistry register;

    Sessies(SessionRegistry register) {
        this.register = register;
    }

    /** Ends them once the current transaction commits (at once without one): a rolled-back change ends nothing. */
    public void beeindig(String gebruikersnaam) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    nu(gebruikersnaam);
                }
            });
        } else {
            nu(gebruikersnaam);
        }
    }

    private void nu(String gebruikersnaam) {
        for (Object principal : register.getAllPrincipals()) {
            if (principal instanceof UserDetails u && u.getUsername().equals(gebruikersnaam)) {
                register.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }
}
