/**
 * Cross-cutting web plumbing every module uses: the per-request view helper, versioned assets,
 * Dutch validation errors, optimistic-lock helpers and the problem+json mapping of the API.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package nl.samenspel.platform;
