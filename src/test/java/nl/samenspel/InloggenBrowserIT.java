package nl.samenspel;

import nl.samenspel.support.PostgresTest;

/** Logging in through a real browser, on PostgreSQL. */
@PostgresTest
class InloggenBrowserIT extends InloggenBrowserTest {}
