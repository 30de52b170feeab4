package sendtracker.domain;

/**
 * What refuses a step of a cancellation request ({@link CancelRequestStep} holds who may take
 * which step from which state). Every check answers null when the step may go ahead. Whether
 * the actor can see the send is the caller's check: a send out of sight is not found, never
 * refused.
 */
public final class CancelRequestRules {
    private CancelRequestRules() {
    }

    /**
     * A new request for {@code send}: refused when the cancel policy lets the user cancel it here,
     * when nobody can cancel it any more, or when {@code latest} (the send's latest request, or
     * null) still waits for an answer.
     */
    public static CancelRequestRefusal refuseRequest(Send send, CancelDecision decision, CancelRequest latest) {
        if (decision.outcome() == CancelOutcome.CANCELED) {
            return new CancelRequestRefusal(CancelRequestRefusal.Reason.SELF_CANCEL,
                    Texts.get("request.refused.selfCancel", send.id()), null);
        }
        if (decision.outcome() != CancelOutcome.CONTACT_SUPPORT) {
            return new CancelRequestRefusal(CancelRequestRefusal.Reason.NOTHING_TO_CANCEL,
                    Texts.get("request.refused.nothingToCancel", send.id(), decision.message()), null);
        }
        if (latest != null && !CancelRequestStep.REQUEST.from().contains(latest.state())) {
            return new CancelRequestRefusal(CancelRequestRefusal.Reason.ALREADY_REQUESTED,
                    Texts.get("request.refused.alreadyRequested", send.id(), latest.id(),
                            latest.state().displayName()), latest.id());
        }
        return null;
    }

    /** A step on an existing request (not REQUEST) by {@code actor}. */
    public static CancelRequestRefusal refuseStep(CancelRequestStep step, CancelRequest request, User actor) {
        if (!step.allows(actor)) {
            return new CancelRequestRefusal(CancelRequestRefusal.Reason.NOT_PERMITTED,
                    Texts.get("request.refused.notPermitted", request.id()), request.id());
        }
        if (!step.from().contains(request.state())) {
            return new CancelRequestRefusal(CancelRequestRefusal.Reason.NOT_PENDING,
                    Texts.get("request.refused.notPending." + request.state().name(), request.id()),
                    request.id());
        }
        return null;
    }

    /**
     * The note of the send's history entry for a step: which request, and the reason, case number
     * or Support's answer ({@code text}) when there is one.
     */
    public static String historyNote(CancelRequestStep step, String requestId, String text) {
        String key;
        switch (step) {
            case REQUEST:
                key = "request.history.requested";
                break;
            case MARK_SENT:
                key = "request.history.sent";
                break;
            case RESOLVE_CANCELED:
                key = "request.history.canceled";
                break;
            case RESOLVE_DECLINED:
                key = "request.history.declined";
                break;
            default:
                key = "request.history.withdrawn";
                break;
        }
        boolean has = text != null && !text.isBlank();
        return Texts.get(key, requestId, has ? 1 : 0, has ? text.strip() : "");
    }

    /** The id shown for the {@code n}-th request of a store: REQ-000001. */
    public static String idOf(long n) {
        return String.format(java.util.Locale.ROOT, "REQ-%06d", n);
    }
}
