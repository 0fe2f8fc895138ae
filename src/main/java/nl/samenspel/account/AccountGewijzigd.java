package nl.samenspel.account;

/**
 * An account was created or changed in what others may read of it (roles, municipality, active): published in the
 * writer's transaction, so listeners after the commit (the check reads the regisseur's account, R6.2 and R6.3) see
 * the new state. A password change or an unblock is not one of these.
 */
public record AccountGewijzigd(String gebruikersnaam) {}
