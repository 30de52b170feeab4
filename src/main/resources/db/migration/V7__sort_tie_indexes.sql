-- Sort ties go newest created first, then the greater send id, in both directions
-- (docs/decisions/0020-sort-ties-newest-first-then-id.md). Newest first (created_at DESC, id DESC)
-- walks sends_created_id (V2) backwards; oldest first is now created_at ASC, id DESC, which that
-- index cannot give in either direction: this one lets the page query and an export's keyset
-- batches walk an index again instead of sorting every selected send. Same SQL on H2 and PostgreSQL.
CREATE INDEX sends_created_asc_id_desc ON sends (created_at, id DESC);
