package nl.samenspel.gedoe;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class GedoeHerzieningIT extends GedoeHerzieningTest {}
