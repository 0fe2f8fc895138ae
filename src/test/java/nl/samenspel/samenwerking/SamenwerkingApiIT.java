package nl.samenspel.samenwerking;

import nl.samenspel.support.PostgresTest;

/** The same API tests on PostgreSQL, the production database. */
@PostgresTest
class SamenwerkingApiIT extends SamenwerkingApiTest {}
