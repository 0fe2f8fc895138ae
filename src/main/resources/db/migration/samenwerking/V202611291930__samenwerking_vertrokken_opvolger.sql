-- Issue 13: a party that leaves (uittreding) is moved from samenwerking_gemeente to samenwerking_vertrokken, so
-- every existing "who takes part" question stays a question about the active parties, while the leaver, the day it
-- left and why stay on record as history ("vertrokken"). Rejoining moves it back.
CREATE TABLE samenwerking_vertrokken (
    samenwerking_id  BIGINT        NOT NULL REFERENCES samenwerking (id) ON DELETE CASCADE,
    gemeente_code    VARCHAR(6)    NOT NULL REFERENCES gemeente (code),
    volgorde         INT           NOT NULL,
    datum            DATE          NOT NULL,
    reden            VARCHAR(2000) NOT NULL,
    PRIMARY KEY (samenwerking_id, gemeente_code)
);

-- The samenwerking that continues this one on another footing (after a dissolution, one municipality buying from
-- another): both read as one story. No cascade: deleting the successor (a practice copy) clears the link.
ALTER TABLE samenwerking ADD COLUMN opvolger_id BIGINT NULL REFERENCES samenwerking (id) ON DELETE SET NULL;
