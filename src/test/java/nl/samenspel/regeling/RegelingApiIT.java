package nl.samenspel.regeling;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class RegelingApiIT extends RegelingApiTest {}
