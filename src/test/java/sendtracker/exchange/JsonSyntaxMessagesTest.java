package sendtracker.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A JSON file a person broke by hand: the message names file, line and column and says in plain
 * words what was expected, never the parser's internals (issue 15).
 */
class JsonSyntaxMessagesTest {
    private static final List<String> INTERNALS = List.of("[Source", "REDACTED", "StreamReadFeature", "(code ",
            "end-of-input", "VALUE_STRING", "Unexpected character", "Unrecognized", "CTRL-CHAR", "marker");

    @TempDir
    Path dir;

    // | separates lines of the file; after " => " comes the message, less its "bad.json, "
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
        "[{\"id\": \"X\", => line 1, column 13: the JSON ends too early: the object that starts at line 1, column 2"
                + " is never closed; the file looks cut off",
        "[|{\"id\": \"A\"}| => line 3, column 1: the JSON ends too early: the list that starts at line 1, column 1"
                + " is never closed; the file looks cut off",
        "[|{\"id\": \"A => line 2, column 10: the JSON ends inside a text value: its closing double quote is missing,"
                + " or the file is cut off",
        "[|{\"id\": \"A\",,}|] => line 2, column 12: this is not valid JSON: expected a field name in double quotes,"
                + " found ','",
        "[|{id: \"A\"}|] => line 2, column 2: this is not valid JSON: expected a field name in double quotes, found 'i'",
        "[|{\"id\": \"A\" \"type\": 1}|] => line 2, column 12: this is not valid JSON: expected a comma or '}' after"
                + " the value, found '\"'",
        "[|{\"id\" \"A\"}|] => line 2, column 7: this is not valid JSON: expected a colon after the field name, found '\"'",
        "[|{\"id\": \"A\"]| => line 2, column 11: this is not valid JSON: found ']' where '}' should close the object"
                + " that starts at line 2, column 1",
        "[|{\"id\": \"A\", \"x\": tru}|] => line 2, column 18: this is not valid JSON: 'tru' is not a JSON value: text"
                + " goes in double quotes, and the only bare words are true, false and null",
        "[|{\"id\": \"A\", \"cost\": 012}|] => line 2, column 22: this is not valid JSON: not a number as JSON writes"
                + " it (leading zeroes not allowed)",
        "[|{\"id\": \"A\\q\"}|] => line 2, column 11: this is not valid JSON: \\q is not an escape JSON knows;"
                + " a backslash inside a text is written \\\\",
        "[|{\"id\": \"A|B\"}|] => line 2, column 10: this is not valid JSON: a text value runs over a line break;"
                + " inside double quotes a line break is written \\n",
    })
    void aSyntaxErrorIsToldInPlainWordsWithLineAndColumn(String text, String expected) throws Exception {
        Path f = Files.writeString(dir.resolve("bad.json"), text.replace('|', '\n'));
        SendFileReader reader = SendFileReader.open(f, SendFormat.JSON);
        SendFileException e = assertThrows(SendFileException.class,
                () -> reader.check(SendFileReader.Progress.NONE, () -> false));
        assertEquals("bad.json, " + expected.strip(), e.getMessage());
        for (String internal : INTERNALS) {
            assertFalse(e.getMessage().contains(internal), internal + " in " + e.getMessage());
        }
    }
}
