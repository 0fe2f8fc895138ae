package nl.samenspel.financien;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class FinancienApiIT extends FinancienApiTest {}
