package nl.samenspel.samenwerking;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class UitvoerderZichtIT extends UitvoerderZichtTest {}
