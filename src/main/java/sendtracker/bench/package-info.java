/**
 * The {@code bench} command's measurements: a generated store, the performance figures of
 * docs/design.md beside their anchors, as one JSON object.
 */
package sendtracker.bench;
