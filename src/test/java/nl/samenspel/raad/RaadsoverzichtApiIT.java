package nl.samenspel.raad;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class RaadsoverzichtApiIT extends RaadsoverzichtApiTest {}
