-- The regeling's required content and the raden's decisions on it (issue 12). No foreign key to samenwerking
-- (ADR 0012): RegelingOpruimen deletes these rows on SamenwerkingVerwijderd.

-- One row per samenwerking once anything is recorded: the version of the whole regeling part (optimistic locking)
-- and the day the draft regeling was sent to the raden (start of their 8 weeks for a zienswijze).
CREATE TABLE regeling_stand (
    samenwerking_id   BIGINT PRIMARY KEY,
    ontwerp_verzonden DATE,
    versie            BIGINT NOT NULL
);

-- A checklist item marked as arranged (GEREGELD, with a reference to the draft) or considered and deliberately not
-- arranged (AFGEWOGEN, with a reason). Kept when the form changes: an item no longer required is shown apart.
CREATE TABLE regeling_onderdeel (
    samenwerking_id BIGINT       NOT NULL,
    onderdeel       VARCHAR(40)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    verwijzing      VARCHAR(500) NOT NULL,
    door            VARCHAR(100) NOT NULL,
    op              TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (samenwerking_id, onderdeel)
);

-- A raad's decision for its municipality: TOESTEMMING (Wgr art. 1 lid 4-5) or ZIENSWIJZE on the draft (art. 1 lid
-- 2-3), with the day and its document (a title or number, optionally a link as text).
CREATE TABLE regeling_raadsbesluit (
    samenwerking_id BIGINT        NOT NULL,
    gemeente_code   VARCHAR(6)    NOT NULL REFERENCES gemeente (code),
    soort           VARCHAR(20)   NOT NULL,
    datum           DATE          NOT NULL,
    document        VARCHAR(500)  NOT NULL,
    url             VARCHAR(1000),
    door            VARCHAR(100)  NOT NULL,
    op              TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (samenwerking_id, gemeente_code, soort)
);
