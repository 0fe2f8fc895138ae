-- The phase transitions belong to the samenwerking module (ADR 0012): V7 created the table in the stappen
-- migration, but only samenwerking writes it. The name now says who owns it; other modules read transitions
-- through samenwerking's public API, never this table.
ALTER TABLE fase_overgang RENAME TO samenwerking_fase_overgang;
ALTER INDEX fase_overgang_samenwerking RENAME TO samenwerking_fase_overgang_samenwerking;
