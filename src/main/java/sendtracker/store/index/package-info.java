/**
 * The in-memory, columnar index that answers the window's page, count and per-status queries
 * exactly as the store's SQL does, in a few milliseconds over a million sends
 * (docs/decisions/0001-h2-embedded-store-and-in-memory-index.md).
 */
package sendtracker.store.index;
