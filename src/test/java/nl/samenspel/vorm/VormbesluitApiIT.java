package nl.samenspel.vorm;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class VormbesluitApiIT extends VormbesluitApiTest {}
