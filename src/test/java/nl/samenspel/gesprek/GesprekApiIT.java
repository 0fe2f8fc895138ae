package nl.samenspel.gesprek;

import nl.samenspel.support.PostgresTest;

/** {@link GesprekApiTest} on PostgreSQL. */
@PostgresTest
class GesprekApiIT extends GesprekApiTest {}
