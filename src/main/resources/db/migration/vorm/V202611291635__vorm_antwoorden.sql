-- The regisseur's answers to the questions of the form advice (issue 12): one row per samenwerking, a NULL answer is
-- "not answered yet". Every change is in the audit trail. No foreign key to samenwerking (ADR 0012): VormOpruimen
-- deletes on SamenwerkingVerwijderd.
CREATE TABLE vorm_antwoorden (
    samenwerking_id BIGINT PRIMARY KEY,
    personeel BOOLEAN,
    vermogen BOOLEAN,
    heffingen BOOLEAN,
    alleen_bedrijfsvoering BOOLEAN,
    maatwerk BOOLEAN,
    risico VARCHAR(10),
    gewijzigd_door VARCHAR(100) NOT NULL,
    gewijzigd_op TIMESTAMP WITH TIME ZONE NOT NULL,
    versie BIGINT NOT NULL
);
