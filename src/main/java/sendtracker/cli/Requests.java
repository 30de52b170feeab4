package sendtracker.cli;

import sendtracker.service.CancelRequestService;

/** The cancellation requests of the store the commands use. */
final class Requests {
    private Requests() {
    }

    static CancelRequestService of(CliContext ctx) {
        return ctx.backend().sends().cancelRequests().orElseThrow(
                () -> new IllegalStateException("this store keeps no cancellation requests"));
    }
}
