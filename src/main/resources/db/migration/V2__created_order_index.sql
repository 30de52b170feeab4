-- The table's default order (newest first, ties by id) and exports walk this index as it is,
-- in either direction, instead of sorting every selected send in a temporary result.
DROP INDEX sends_created;
CREATE INDEX sends_created_id ON sends (created_at, id);
