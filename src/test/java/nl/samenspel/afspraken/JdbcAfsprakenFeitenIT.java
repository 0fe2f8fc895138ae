package nl.samenspel.afspraken;

import nl.samenspel.support.PostgresTest;

/** {@link JdbcAfsprakenFeitenTest} on PostgreSQL. */
@PostgresTest
class JdbcAfsprakenFeitenIT extends JdbcAfsprakenFeitenTest {}
