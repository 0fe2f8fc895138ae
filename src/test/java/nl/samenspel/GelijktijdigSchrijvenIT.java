package nl.samenspel;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class GelijktijdigSchrijvenIT extends GelijktijdigSchrijvenTest {}
