-- Issue 10: postponements, the early opening of the form step and tensions carry the day they happened (recorded
-- afterwards it may lie in the past); the opening of the form step, a decision, optionally its deciding body.
-- The recording moment ("op", "aangemaakt_op") stays. Existing rows happened when they were recorded: their day
-- is the Dutch date of that moment.
ALTER TABLE besluit_uitstel ADD COLUMN datum DATE;
UPDATE besluit_uitstel SET datum = CAST(op AT TIME ZONE 'Europe/Amsterdam' AS DATE);
ALTER TABLE besluit_uitstel ALTER COLUMN datum SET NOT NULL;

ALTER TABLE vorm_ontgrendeling ADD COLUMN datum DATE;
UPDATE vorm_ontgrendeling SET datum = CAST(op AT TIME ZONE 'Europe/Amsterdam' AS DATE);
ALTER TABLE vorm_ontgrendeling ALTER COLUMN datum SET NOT NULL;
-- A nl.samenspel.samenwerking.BesluitOrgaan name, or NULL when not recorded.
ALTER TABLE vorm_ontgrendeling ADD COLUMN besluit_orgaan VARCHAR(30);

ALTER TABLE spanning ADD COLUMN datum DATE;
UPDATE spanning SET datum = CAST(aangemaakt_op AT TIME ZONE 'Europe/Amsterdam' AS DATE);
ALTER TABLE spanning ALTER COLUMN datum SET NOT NULL;
