package sendtracker.cli;

/** The documented exit codes of docs/design.md, "Exit codes". */
public final class ExitCode {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int IMPORT_REJECTS = 3;
    public static final int CANCEL_REFUSED = 4;
    public static final int NOT_FOUND = 5;
    public static final int CONFLICT = 6;

    private ExitCode() {
    }
}
