-- Issue 10: a phase transition carries the day it happened (recorded afterwards it may lie in the past) and,
-- optionally, the body that decided it. "op" stays the moment it was recorded. Existing transitions happened
-- when they were recorded: their day is the Dutch date of "op".
ALTER TABLE samenwerking_fase_overgang ADD COLUMN datum DATE;
UPDATE samenwerking_fase_overgang SET datum = CAST(op AT TIME ZONE 'Europe/Amsterdam' AS DATE);
ALTER TABLE samenwerking_fase_overgang ALTER COLUMN datum SET NOT NULL;
-- A nl.samenspel.samenwerking.BesluitOrgaan name, or NULL when not recorded.
ALTER TABLE samenwerking_fase_overgang ADD COLUMN besluit_orgaan VARCHAR(30);
