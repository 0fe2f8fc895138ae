package nl.samenspel.vorm;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class VormadviesApiIT extends VormadviesApiTest {}
