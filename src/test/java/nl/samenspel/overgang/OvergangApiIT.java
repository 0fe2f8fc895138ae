package nl.samenspel.overgang;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class OvergangApiIT extends OvergangApiTest {}
