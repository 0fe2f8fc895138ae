package nl.samenspel.afspraken;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class TransitieStandaardIT extends TransitieStandaardTest {}
