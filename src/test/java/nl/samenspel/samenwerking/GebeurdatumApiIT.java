package nl.samenspel.samenwerking;

import nl.samenspel.support.PostgresTest;

/** The same dated events on PostgreSQL, the production database (and its date columns and migrations). */
@PostgresTest
class GebeurdatumApiIT extends GebeurdatumApiTest {}
