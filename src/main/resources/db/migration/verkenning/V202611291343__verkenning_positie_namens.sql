-- Issue 11: a position the regisseur recorded on behalf of a municipality (after talking to it). namens is TRUE
-- until the municipality confirms or changes it (then it is its own again, and the three columns are cleared);
-- vastgelegd_door is the username of the regisseur who recorded it, vastgelegd_op when. The history stays in the
-- audit trail.
ALTER TABLE positie ADD COLUMN namens BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE positie ADD COLUMN vastgelegd_door VARCHAR(100);
ALTER TABLE positie ADD COLUMN vastgelegd_op TIMESTAMP WITH TIME ZONE;
