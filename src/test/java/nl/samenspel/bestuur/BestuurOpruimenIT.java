package nl.samenspel.bestuur;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class BestuurOpruimenIT extends BestuurOpruimenTest {}
