package nl.samenspel;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class DatabaseIT extends DatabaseTest {}
