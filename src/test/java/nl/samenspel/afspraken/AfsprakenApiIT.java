package nl.samenspel.afspraken;

import nl.samenspel.support.PostgresTest;

/** {@link AfsprakenApiTest} on PostgreSQL. */
@PostgresTest
class AfsprakenApiIT extends AfsprakenApiTest {}
