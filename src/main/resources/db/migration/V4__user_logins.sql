-- Each person of a team store signs in with their own database login, mapped here to their row
-- (docs/decisions/0012-logins-and-row-level-security.md). A local store leaves it empty; several
-- NULLs are allowed by a unique index on both H2 and PostgreSQL.
ALTER TABLE users ADD COLUMN login VARCHAR(63);
CREATE UNIQUE INDEX users_login ON users (login);
