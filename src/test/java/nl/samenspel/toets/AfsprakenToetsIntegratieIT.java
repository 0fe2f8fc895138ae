package nl.samenspel.toets;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class AfsprakenToetsIntegratieIT extends AfsprakenToetsIntegratieTest {}
