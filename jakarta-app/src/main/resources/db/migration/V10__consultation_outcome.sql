-- The day a consultation activity's outcome report was handed over: its suggestions are handed over once.

ALTER TABLE consultation_activity ADD COLUMN outcome_reported_on DATE;
