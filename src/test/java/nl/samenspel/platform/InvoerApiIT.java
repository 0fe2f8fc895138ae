package nl.samenspel.platform;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class InvoerApiIT extends InvoerApiTest {}
