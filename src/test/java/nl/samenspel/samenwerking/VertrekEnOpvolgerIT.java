package nl.samenspel.samenwerking;

import nl.samenspel.support.PostgresTest;

/** The same tests on PostgreSQL, the production database. */
@PostgresTest
class VertrekEnOpvolgerIT extends VertrekEnOpvolgerTest {}
