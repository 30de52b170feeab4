-- What a later version's migration might do to saved views (SavedViewServiceTest): add a column,
-- and add a key to every stored view's JSON that this version does not know.
ALTER TABLE saved_views ADD COLUMN colour VARCHAR(20);
UPDATE saved_views SET settings = REPLACE(settings, '"format":1,', '"format":2,"shared":{"with":["ops"]},');
ALTER TABLE sends ADD COLUMN gift_sku VARCHAR(64);
