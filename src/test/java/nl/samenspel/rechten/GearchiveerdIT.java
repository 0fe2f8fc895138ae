package nl.samenspel.rechten;

import nl.samenspel.support.PostgresTest;

/** {@link GearchiveerdTest} on PostgreSQL (also runs migration V12 there). */
@PostgresTest
class GearchiveerdIT extends GearchiveerdTest {}
