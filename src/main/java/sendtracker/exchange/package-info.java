/**
 * Sends in and out of files: streaming CSV and JSON readers and writers, format detection, strict
 * UTF-8, the reject file and formula neutralisation (docs/design.md, "CSV", "JSON" and "Import
 * rules"; docs/decisions/0003-fastcsv-and-jackson-streaming.md).
 */
package sendtracker.exchange;
