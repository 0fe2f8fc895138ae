-- Issue 10: the end state a party sees (einddoel, an Einddoel name: ZELFSTANDIG_BLIJVEN, AMBTELIJKE_SAMENWERKING,
-- AMBTELIJKE_FUSIE, BESTUURLIJKE_FUSIE_OP_TERMIJN, NOG_OPEN; NULL = not filled in), its free explanation, and the
-- end states it rules out (Einddoel names, comma-separated, in declaration order; NULL = none). The structured
-- columns are what the toets may read; the explanation is position text like the others and never leaves the module.
ALTER TABLE positie ADD COLUMN einddoel VARCHAR(40);
ALTER TABLE positie ADD COLUMN einddoel_toelichting TEXT;
ALTER TABLE positie ADD COLUMN uitgesloten_einddoelen VARCHAR(200);
