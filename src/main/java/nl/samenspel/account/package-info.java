/**
 * Accounts: sign-in, roles and the municipality an account acts for, login throttling,
 * account management for the BEHEERDER and {@code /api/v1/mij}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {"audit", "gemeente", "platform", "security"})
@org.jspecify.annotations.NullMarked
package nl.samenspel.account;
