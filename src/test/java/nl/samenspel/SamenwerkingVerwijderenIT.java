package nl.samenspel;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class SamenwerkingVerwijderenIT extends SamenwerkingVerwijderenTest {}
