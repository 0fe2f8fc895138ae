-- Which version of each bundled reference file was loaded last. At start-up a file whose
-- SHA-256 (and loader version) matches is skipped, so an unchanged file costs one query.
CREATE TABLE referentie_stand (
    bestand      VARCHAR(100) NOT NULL PRIMARY KEY,
    sha256       VARCHAR(64)  NOT NULL,
    verwerking   INTEGER      NOT NULL,
    rijen        INTEGER      NOT NULL,
    geladen_op   TIMESTAMP    NOT NULL
);
