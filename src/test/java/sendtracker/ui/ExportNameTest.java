package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import sendtracker.domain.SendFilter;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;

class ExportNameTest {
    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

    @Test
    void theNameSaysWhichSendsAndWhen() {
        assertEquals("sends-2026-12-01.csv", ExportName.of(SendFilter.ALL, DEC_1));
        assertEquals("sends-customer-success-2026-12-01.csv",
                ExportName.of(SendFilter.ALL.withTeam("Customer Success"), DEC_1));
        assertEquals("sends-sam-shipped-egift-needs-attention-2026-12-01.csv",
                ExportName.of(SendFilter.ALL.withSenderEmail("sam@acme.test").withStatuses(Set.of(SendStatus.SHIPPED))
                        .withTypes(Set.of(SendType.EGIFT)).withAttentionOnly(true), DEC_1));
        assertEquals("sends-muller-gmbh-2026-12-01.csv", ExportName.of(SendFilter.ALL.withSearch("Müller GmbH"), DEC_1));
    }

    @Test
    void manyStatusesAreLeftOutAndLongNamesCut() {
        assertEquals("sends-2026-12-01.csv",
                ExportName.of(SendFilter.ALL.withStatuses(EnumSet.of(SendStatus.SENT, SendStatus.OPENED,
                        SendStatus.CLICKED)), DEC_1));
        String name = ExportName.of(SendFilter.ALL.withSearch("x".repeat(200)), DEC_1);
        assertEquals("sends-" + "x".repeat(ExportName.MAX_FILTER_PART) + "-2026-12-01.csv", name);
    }
}
