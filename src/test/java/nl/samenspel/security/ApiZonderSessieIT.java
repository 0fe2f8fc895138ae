package nl.samenspel.security;

import nl.samenspel.support.PostgresTest;

/** The same API tests on PostgreSQL, the production database. */
@PostgresTest
class ApiZonderSessieIT extends ApiZonderSessieTest {}
