package nl.samenspel.scan;

import nl.samenspel.support.PostgresTest;

/** {@link ScanApiTest} on PostgreSQL. */
@PostgresTest
class ScanApiIT extends ScanApiTest {}
