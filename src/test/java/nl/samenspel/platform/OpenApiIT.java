package nl.samenspel.platform;

import nl.samenspel.support.PostgresTest;

/** The same API tests on PostgreSQL, the production database. */
@PostgresTest
class OpenApiIT extends OpenApiTest {}
