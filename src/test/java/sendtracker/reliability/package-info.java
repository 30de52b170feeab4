/** Tests of the reliability promises with real processes and real files: kills, long reads, backups. */
package sendtracker.reliability;
