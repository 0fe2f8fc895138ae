-- What repaired the cause of a resolved finding: the message key of the check's repair text
-- (toets.controle.<id>.opgelost), stored with the OPGELOST event. Empty for earlier events: their cause is unknown.
ALTER TABLE bevinding_gebeurtenis ADD COLUMN toelichting VARCHAR(100);
