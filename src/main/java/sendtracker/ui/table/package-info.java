/**
 * The sends table: its controller, cell renderers, query-side sort and row menu
 * (docs/decisions/0004-paged-table-with-server-side-sort.md).
 */
package sendtracker.ui.table;
