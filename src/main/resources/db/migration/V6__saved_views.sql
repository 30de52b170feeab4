-- Saved views and the remembered column layout, per person (docs/design.md, "Saved views and
-- columns"; docs/decisions/0017-saved-views-as-versioned-json.md). owner_key is the person's
-- users.email_key (the local store's built-in administrator has no users row, so no foreign key).
-- settings is the view as versioned JSON: a later filter or column needs no migration here.
CREATE TABLE saved_views (
    owner_key  VARCHAR(320)    NOT NULL,
    name       VARCHAR(200)    NOT NULL,
    name_key   VARCHAR(200)    NOT NULL,
    settings   VARCHAR(100000) NOT NULL,
    start_view BOOLEAN         DEFAULT FALSE NOT NULL,
    saved_at   BIGINT          NOT NULL,
    PRIMARY KEY (owner_key, name_key)
);

-- The columns a person left the table with: the window opens with them next time.
CREATE TABLE start_layouts (
    owner_key VARCHAR(320)    NOT NULL PRIMARY KEY,
    settings  VARCHAR(100000) NOT NULL,
    saved_at  BIGINT          NOT NULL
);
