package nl.samenspel.rechten;

import nl.samenspel.support.PostgresTest;

/** The same API tests on PostgreSQL, the production database. */
@PostgresTest
class SchrijfrechtenApiIT extends SchrijfrechtenApiTest {}
