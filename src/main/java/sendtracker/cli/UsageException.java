package sendtracker.cli;

/** The command line was wrong: exit code 2 with this one-line message. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
