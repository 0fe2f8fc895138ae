-- Reference data: Dutch municipalities (CBS) and the regions they belong to today.
-- Filled idempotently at start-up from the CSV files under src/main/resources/referentie/.
CREATE TABLE gemeente (
    code            VARCHAR(6)   NOT NULL PRIMARY KEY,
    naam            VARCHAR(100) NOT NULL,
    naam_zoek       VARCHAR(100) NOT NULL,
    provincie       VARCHAR(50)  NOT NULL,
    provincie_code  VARCHAR(4)   NOT NULL,
    inwoners        INTEGER
);
CREATE INDEX gemeente_naam_zoek ON gemeente (naam_zoek);
CREATE INDEX gemeente_provincie ON gemeente (provincie);

CREATE TABLE gemeente_regio (
    gemeente_code   VARCHAR(6)   NOT NULL REFERENCES gemeente (code),
    regio_type      VARCHAR(30)  NOT NULL,
    regio_code      VARCHAR(10)  NOT NULL,
    regio_naam      VARCHAR(150) NOT NULL,
    peiljaar        INTEGER      NOT NULL,
    bron            VARCHAR(10)  NOT NULL,
    PRIMARY KEY (gemeente_code, regio_type)
);
