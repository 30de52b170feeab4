package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import sendtracker.domain.CancelOutcome;
import sendtracker.domain.CancelRule;
import sendtracker.service.CancelResult;

/** The exit code of {@code cancel} for each way a cancel ends (docs/design.md, "Exit codes"), without a store. */
class CancelExitCodeTest {

    private static CancelResult result(CancelOutcome outcome, CancelRule rule, boolean conflict, boolean notFound) {
        return new CancelResult("SND-1", outcome, rule, "message", null, conflict, notFound, null, null);
    }

    @Test
    void eachEndingHasItsDocumentedCode() {
        assertEquals(0, CancelCommand.exitCode(result(CancelOutcome.CANCELED, CancelRule.INVENTORIED_CONFIRMING_ADDRESS,
                false, false)));
        assertEquals(1, CancelCommand.exitCode(result(CancelOutcome.CONTACT_SUPPORT, CancelRule.TECHNICAL_FAILURE,
                false, false)));
        assertEquals(4, CancelCommand.exitCode(result(CancelOutcome.CONTACT_SUPPORT, CancelRule.EGIFT_NO_SELF_CANCEL,
                false, false)));
        assertEquals(4, CancelCommand.exitCode(result(CancelOutcome.NOT_CANCELABLE, CancelRule.SHIPPED, false, false)));
        assertEquals(4, CancelCommand.exitCode(result(CancelOutcome.ALREADY_CLOSED, CancelRule.CLOSED, false, false)));
        assertEquals(5, CancelCommand.exitCode(result(null, null, false, true)));
        assertEquals(6, CancelCommand.exitCode(result(CancelOutcome.CONTACT_SUPPORT, CancelRule.TECHNICAL_FAILURE,
                true, false)), "a conflict is 6 even though it is a technical failure");
    }

    @Test
    void theCodesAreTheDocumentedNumbers() {
        assertEquals(0, ExitCode.OK);
        assertEquals(1, ExitCode.FAILURE);
        assertEquals(2, ExitCode.USAGE);
        assertEquals(3, ExitCode.IMPORT_REJECTS);
        assertEquals(4, ExitCode.CANCEL_REFUSED);
        assertEquals(5, ExitCode.NOT_FOUND);
        assertEquals(6, ExitCode.CONFLICT);
    }
}
