PRAGMA ignore_check_constraints=ON;
DROP TRIGGER judgements_no_update;
UPDATE judgements SET verdict='maybe', made_on='tomorrow', pathway_id=NULL;
UPDATE worker SET name=zeroblob(10), qualified_on='1900-13-01';