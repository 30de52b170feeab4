package sendtracker.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import sendtracker.domain.CancelRequest;
import sendtracker.domain.SupportRequest;
import sendtracker.service.CancelRequestService;

/** How the request commands print a request step's ending and the request list, and their exit codes. */
final class RequestText {
    private RequestText() {
    }

    /** 0 done, 4 refused, 5 not found or not visible, 6 changed meanwhile (docs/design.md, "Exit codes"). */
    static int exitCode(CancelRequestService.Result r) {
        switch (r.outcome()) {
            case DONE:
                return ExitCode.OK;
            case REFUSED:
                return ExitCode.CANCEL_REFUSED;
            case NOT_FOUND:
                return ExitCode.NOT_FOUND;
            default:
                return ExitCode.CONFLICT;
        }
    }

    /** The ending on one line: done on standard output, anything else on standard error. */
    static int print(CliContext ctx, CancelRequestService.Result r) {
        if (r.done()) {
            ctx.out().println(r.message());
        } else {
            ctx.err().println("send-tracker: " + r.message());
        }
        return exitCode(r);
    }

    /** The JSON of docs/design.md §6: id, sendId, state, requestedBy, requestedAt, reason, case. */
    static Map<String, Object> json(CancelRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("sendId", r.sendId());
        m.put("state", r.state().name());
        m.put("requestedBy", r.requestedBy());
        m.put("requestedAt", r.requestedAt().toString());
        m.put("reason", r.reason());
        m.put("case", r.caseNo());
        return m;
    }

    static void printJson(PrintStream out, List<CancelRequest> requests) throws Exception {
        List<Map<String, Object>> array = new ArrayList<>();
        for (CancelRequest r : requests) {
            array.add(json(r));
        }
        out.println(new ObjectMapper().writeValueAsString(array));
    }

    /** One line a request, oldest first; a pending one past two working days is flagged with "!". */
    static void printTable(PrintStream out, List<CancelRequest> requests, Instant now) {
        if (requests.isEmpty()) {
            out.println("No cancellation requests.");
            return;
        }
        // widths from the data: a long requester email keeps every column in line
        TextTable table = new TextTable(8);
        table.row("", "REQUEST", "SEND", "STATE", "REQUESTED BY", "REQUESTED AT", "AGE", "CASE");
        for (CancelRequest r : requests) {
            table.row(r.isOverdue(now) ? "!" : "", r.id(), r.sendId(), r.state().displayName(),
                    r.requestedBy() == null ? "-" : r.requestedBy(), r.requestedAt().toString(),
                    SupportRequest.formatDuration(r.age(now)), r.caseNo() == null ? "-" : r.caseNo());
        }
        table.print(out, "");
        long overdue = requests.stream().filter(r -> r.isOverdue(now)).count();
        if (overdue > 0) {
            out.println("! waiting for Support for more than " + CancelRequest.OVERDUE_WORKING_DAYS
                    + " working days: " + overdue);
        }
    }
}
