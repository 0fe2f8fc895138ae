package nl.samenspel.verkenning;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class PositieNamensApiIT extends PositieNamensApiTest {}
