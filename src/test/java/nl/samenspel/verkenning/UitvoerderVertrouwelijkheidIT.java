package nl.samenspel.verkenning;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class UitvoerderVertrouwelijkheidIT extends UitvoerderVertrouwelijkheidTest {}
