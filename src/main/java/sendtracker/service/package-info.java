/**
 * The use cases the window and the command line share — browse, find, cancel, import, export,
 * offline review and demo data — wired over one open store (docs/design.md;
 * docs/decisions/0009-layering-checked-by-archunit.md).
 */
package sendtracker.service;
