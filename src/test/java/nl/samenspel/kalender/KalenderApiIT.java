package nl.samenspel.kalender;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class KalenderApiIT extends KalenderApiTest {}
