package sendtracker.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupportContactTest {

    @Test
    void theAdminSetsItInTheSettingsFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(SupportContact.FILE_NAME);
        assertFalse(SupportContact.from(file).isSet(), "no file, no contact");
        Files.writeString(file, "# set by IT\nsupport.contact = help@acme.test\n");
        SupportContact contact = SupportContact.from(file);
        assertEquals("help@acme.test", contact.text());
        assertTrue(contact.isEmail());
    }

    @Test
    void aTextThatIsNoAddressIsShownButGetsNoMailDraft(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(SupportContact.FILE_NAME);
        Files.writeString(file, "support.contact=#gifting-support on Slack\n");
        assertTrue(SupportContact.from(file).isSet());
        assertFalse(SupportContact.from(file).isEmail());
        Files.writeString(file, "support.contact=   \n");
        assertFalse(SupportContact.from(file).isSet());
    }

    @Test
    void theMailDraftCarriesSubjectAndBodyEncoded() {
        assertEquals("mailto:help@acme.test?subject=Send%20SND-1&body=Line%20one%0ALine%20%26%20two",
                new SupportContact("help@acme.test").mailto("Send SND-1", "Line one\nLine & two"));
    }
}
