package nl.samenspel.account;

import nl.samenspel.support.PostgresTest;

/** The same API tests on PostgreSQL, the production database. */
@PostgresTest
class EigenWachtwoordApiIT extends EigenWachtwoordApiTest {}
