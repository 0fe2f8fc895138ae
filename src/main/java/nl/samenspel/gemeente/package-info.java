/**
 * Reference data: all Dutch municipalities (CBS codes) and the regions they belong to today
 * (provincie, veiligheidsregio, arbeidsmarktregio), loaded idempotently from the bundled CSV files.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Gemeenten",
        allowedDependencies = {"platform", "security"})
@org.jspecify.annotations.NullMarked
package nl.samenspel.gemeente;
