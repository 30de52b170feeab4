package sendtracker.cli;

import java.util.List;

/** One word of the command line: {@code list}, {@code cancel}, … */
public interface Command {
    String name();

    /** One line: the arguments it takes. */
    String usage();

    /** Runs it; returns the exit code. User-level problems come back as codes, never as stack traces. */
    int run(List<String> args, CliContext ctx) throws Exception;
}
