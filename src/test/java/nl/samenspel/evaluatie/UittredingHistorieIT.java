package nl.samenspel.evaluatie;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class UittredingHistorieIT extends UittredingHistorieTest {}
