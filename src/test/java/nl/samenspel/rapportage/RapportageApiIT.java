package nl.samenspel.rapportage;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class RapportageApiIT extends RapportageApiTest {}
