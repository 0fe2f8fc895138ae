-- The recorded form decision of a samenwerking (issue 12): one current decision per samenwerking; every change is
-- in the audit trail. No foreign key to samenwerking (ADR 0012): VormOpruimen deletes on SamenwerkingVerwijderd.
CREATE TABLE vorm_besluit (
    samenwerking_id BIGINT PRIMARY KEY,
    vorm VARCHAR(40) NOT NULL,
    motivering VARCHAR(4000),
    datum DATE NOT NULL,
    besluit_orgaan VARCHAR(40),
    besloten_door VARCHAR(100) NOT NULL,
    besloten_op TIMESTAMP WITH TIME ZONE NOT NULL,
    versie BIGINT NOT NULL
);
