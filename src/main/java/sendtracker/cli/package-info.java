/**
 * The command line: one picocli command class per command word, each returning an exit code of
 * docs/design.md ("Command line").
 */
package sendtracker.cli;
