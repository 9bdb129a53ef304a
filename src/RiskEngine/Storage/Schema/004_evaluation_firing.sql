-- RiskEngine schema, version 4: the scheduled firing an evaluation was made for (the worker's trigger and its scheduled
-- time), empty for an evaluation run by hand. Unique, so a firing that Quartz runs again after its worker died between
-- storing the evaluation and finishing the job finds it stored and stores no second one. Never edit a shipped file.

ALTER TABLE evaluations ADD COLUMN firing TEXT;
CREATE UNIQUE INDEX evaluations_firing ON evaluations (firing);
