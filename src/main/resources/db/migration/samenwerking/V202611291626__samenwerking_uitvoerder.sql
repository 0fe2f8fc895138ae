-- Issue 12: the accounts that carry out a samenwerking (staff of the shared organisation with a seat on its
-- execution line, UITVOERING). The bestuur module owns the seats and replaces this list after every seat change;
-- this module keeps it so that "who may see" stays its own question. gebruikersnaam is the account's name
-- (unique, never renamed). The rows go with their samenwerking (same module).
CREATE TABLE samenwerking_uitvoerder (
    samenwerking_id  BIGINT       NOT NULL REFERENCES samenwerking (id) ON DELETE CASCADE,
    gebruikersnaam   VARCHAR(100) NOT NULL,
    PRIMARY KEY (samenwerking_id, gebruikersnaam)
);
-- Visibility for an UITVOERDER asks "which samenwerkingen do I carry out?".
CREATE INDEX samenwerking_uitvoerder_naam ON samenwerking_uitvoerder (gebruikersnaam, samenwerking_id);
