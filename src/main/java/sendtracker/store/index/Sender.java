package sendtracker.store.index;

import java.util.List;

import sendtracker.store.SearchField;

/**
 * A send's sender as the index keeps it, once per distinct sender (dictionary-encoded): the
 * name it sorts by, the email and team the visibility and filters read, and the texts of the
 * {@link SearchField}s owned by the sender, in the order of {@link #SEARCHED}.
 */
record Sender(String name, String email, String team, List<String> searched) {

    static final List<SearchField> SEARCHED = SearchField.of(SearchField.Owner.SENDER);

    /** The same user as sender of a send of this team. */
    Sender inTeam(String sendTeam) {
        return new Sender(name, email, sendTeam, searched);
    }
}
