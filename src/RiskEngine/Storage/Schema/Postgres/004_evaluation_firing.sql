-- RiskEngine schema for PostgreSQL, version 4: the same column as the SQLite 004_evaluation_firing.sql — the scheduled
-- firing an evaluation was made for, unique (NULLs distinct: evaluations run by hand have none), so a firing that a
-- clustered worker recovers after its node died between storing the evaluation and finishing stores no second one.

ALTER TABLE evaluations ADD COLUMN firing text;
CREATE UNIQUE INDEX evaluations_firing ON evaluations (firing);
