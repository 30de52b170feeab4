package sendtracker.ui;

import sendtracker.domain.CancelDecision;
import sendtracker.domain.Send;

/**
 * What the support dialog tells the user: a headline, why (the rule's explanation), what to
 * do next, and the ready request to paste to Support. {@code send} is the send as it is now.
 */
public record SupportInfo(String headline, String why, String nextStep, String request, Send send,
        CancelDecision decision) {
}
