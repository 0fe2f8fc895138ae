package nl.samenspel.bestuur;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class BestuurApiIT extends BestuurApiTest {}
