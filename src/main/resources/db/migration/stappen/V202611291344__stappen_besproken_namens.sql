-- Issue 11: the regisseur records a discussed-mark on behalf of a party (after a meeting with it), for parties
-- without accounts. namens = TRUE: recorded by the regisseur (door) for gemeente_code and not yet confirmed by the
-- party; it counts for the gate before the form step. When the party's staff confirm it, namens becomes FALSE and
-- door/op name the confirming user (the mark is theirs from then on). Existing marks were given by the party itself.
ALTER TABLE stap_besproken ADD COLUMN namens BOOLEAN DEFAULT FALSE NOT NULL;
