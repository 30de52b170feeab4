package sendtracker.cli;

import sendtracker.domain.Texts;

/**
 * A count with its noun in the right number ("1 send", "1,925 sends"), for every command's
 * output: the forms are the bundle's {@code count.*} keys, so no message picks "s" by hand.
 */
final class Counts {
    /** The nouns the command line counts; each has a {@code count.<noun>} key in the bundle. */
    enum Noun {
        SEND("count.send"), DEMO_SEND("count.demoSend"), FIELD("count.field");

        private final String key;

        Noun(String key) {
            this.key = key;
        }
    }

    private Counts() {
    }

    /** "0 sends", "1 send", "13,938 sends". */
    static String of(long n, Noun noun) {
        return Texts.get(noun.key, n);
    }
}
