-- Write rights (docs/adr/0011-schrijfrechten.md): which municipality added a task or a goal. Staff of that
-- municipality may change or remove it while no other party has answered it (task) or marked the step as
-- discussed (goal); otherwise only the regisseur. NULL: added by the regisseur (or before this column existed),
-- so only the regisseur changes it. No foreign key: the code is only compared, never joined.
ALTER TABLE taak ADD COLUMN toegevoegd_door_gemeente VARCHAR(6);
ALTER TABLE doel ADD COLUMN toegevoegd_door_gemeente VARCHAR(6);
