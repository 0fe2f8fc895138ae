package nl.samenspel;

import nl.samenspel.support.PostgresTest;

/** {@link PlanningEnControleKetenTest} on PostgreSQL. */
@PostgresTest
class PlanningEnControleKetenIT extends PlanningEnControleKetenTest {}
