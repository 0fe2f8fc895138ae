package nl.samenspel.account;

import nl.samenspel.support.PostgresTest;

@PostgresTest
class AccountAanvraagApiIT extends AccountAanvraagApiTest {}
