package nl.samenspel.stappen;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class BesprokenNamensIT extends BesprokenNamensTest {}
