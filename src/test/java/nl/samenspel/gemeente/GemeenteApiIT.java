package nl.samenspel.gemeente;

import nl.samenspel.support.PostgresTest;

/** The same API tests on PostgreSQL, the production database. */
@PostgresTest
class GemeenteApiIT extends GemeenteApiTest {}
