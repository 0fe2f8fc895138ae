package nl.samenspel.toets;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class ToetsStartIT extends ToetsStartTest {}
