-- A plan's call to society for topics (面向社会征集议题): its notice and submission window, kept with the plan.

ALTER TABLE consultation_plan ADD COLUMN call_notice VARCHAR(2000);
ALTER TABLE consultation_plan ADD COLUMN call_opens_on DATE;
ALTER TABLE consultation_plan ADD COLUMN call_closes_on DATE;
