/**
 * The tracker's facts and rules in plain Java — send types, statuses, roles and visibility, the
 * cancel policy and the needs-attention rule — with no database, file format or toolkit
 * (docs/design.md, "Domain"; docs/decisions/0007-rules-as-data.md).
 */
package sendtracker.domain;
