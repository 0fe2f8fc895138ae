package nl.samenspel;

import nl.samenspel.support.PostgresTest;

/** The smoke flows again, on PostgreSQL. */
@PostgresTest
class SmokeIT extends SmokeTest {}
