/** The store of sends, users and teams: the {@link sendtracker.store.SendStore} contract and its SQL implementation on JDBC. */
package sendtracker.store;
