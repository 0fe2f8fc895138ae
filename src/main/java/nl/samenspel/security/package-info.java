/**
 * Who may do what: roles, the signed-in user, the per-module access rules and the single
 * deny-by-default filter chain that applies them. Per-record checks (which municipality,
 * which samenwerking) live in the owning module's services.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Beveiliging",
        allowedDependencies = {"platform"})
@org.jspecify.annotations.NullMarked
package nl.samenspel.security;
