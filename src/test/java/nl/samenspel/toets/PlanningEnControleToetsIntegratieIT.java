package nl.samenspel.toets;

import nl.samenspel.support.PostgresTest;

/** {@link PlanningEnControleToetsIntegratieTest} on PostgreSQL: the five new *Feiten bulk reads as in production. */
@PostgresTest
class PlanningEnControleToetsIntegratieIT extends PlanningEnControleToetsIntegratieTest {}
