-- What the stored findings were last evaluated with: a fingerprint of the registered checks (issue 10). When a
-- deploy changes a check or its sentence, the start-up evaluates every samenwerking once, so no stored finding
-- keeps arguments its new sentence no longer fits.
CREATE TABLE toets_stand (
    sleutel VARCHAR(50) PRIMARY KEY,
    waarde VARCHAR(200) NOT NULL
);
