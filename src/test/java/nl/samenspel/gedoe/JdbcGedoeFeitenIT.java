package nl.samenspel.gedoe;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class JdbcGedoeFeitenIT extends JdbcGedoeFeitenTest {}
