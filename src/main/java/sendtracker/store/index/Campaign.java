package sendtracker.store.index;

import java.util.List;

import sendtracker.domain.CampaignState;
import sendtracker.store.SearchField;

/**
 * A send's campaign as the index keeps it, once per distinct campaign (dictionary-encoded): the
 * name it sorts by, the state the filter reads (a send without campaign counts as active, as in
 * the store's SQL) and the texts of the {@link SearchField}s owned by the campaign, in the order
 * of {@link #SEARCHED}.
 */
record Campaign(String name, CampaignState state, List<String> searched) {

    static final List<SearchField> SEARCHED = SearchField.of(SearchField.Owner.CAMPAIGN);
}
