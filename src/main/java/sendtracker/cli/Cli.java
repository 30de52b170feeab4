package sendtracker.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.util.Set;

import picocli.CommandLine;

import sendtracker.service.Backend;
import sendtracker.store.StoreException;
import sendtracker.store.StoreLockedException;
import sendtracker.store.StoreUnavailableException;

/**
 * {@code send-tracker [--db URL] [--as EMAIL] COMMAND …}: runs one command without a window
 * and returns its exit code. Every failure becomes one line on stderr and a documented code
 * (docs/design.md, "Command line"); parsing and the generated usage are picocli's
 * (docs/decisions/0006-picocli-command-line.md).
 */
public final class Cli {
    private final Clock clock;
    private Set<String> commandWords;

    public Cli(Clock clock) {
        this.clock = clock;
    }

    /** The words that start a command; anything else on the command line means the window. */
    public boolean isCommand(String word) {
        if (commandWords == null) {
            commandWords = Set.copyOf(commandLine(new SendTrackerCommand(clock, null, null)).getSubcommands().keySet());
        }
        return commandWords.contains(word) || "--help".equals(word);
    }

    public int run(String[] argv, PrintStream out, PrintStream err) {
        SendTrackerCommand top = new SendTrackerCommand(clock, out, err);
        try {
            CommandLine cli = commandLine(top);
            cli.setOut(writerOn(out));
            cli.setErr(writerOn(err));
            cli.setParameterExceptionHandler((e, args) -> fail(err, ParameterErrors.message(e), ExitCode.USAGE));
            cli.setExecutionExceptionHandler((e, command, parsed) -> failed(err, e));
            int code = cli.execute(argv);
            cli.getOut().flush();
            return code;
        } catch (Exception | LinkageError | OutOfMemoryError e) {
            return failed(err, e);
        } finally {
            try {
                top.close();
            } catch (RuntimeException e) {
                err.println("send-tracker: " + e.getMessage());
            }
            out.flush();
        }
    }

    private static CommandLine commandLine(SendTrackerCommand top) {
        CommandLine cli = new CommandLine(top);
        // '@' starts ordinary words here (an email, a search), not a file of arguments
        cli.setExpandAtFiles(false);
        // the last of a repeated option wins, and --format JSON means json
        cli.setOverwrittenOptionsAllowed(true);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(Integer.class, WholeNumbers::parseInt);
        cli.registerConverter(int.class, WholeNumbers::parseInt);
        cli.registerConverter(Long.class, WholeNumbers::parseLong);
        cli.registerConverter(long.class, WholeNumbers::parseLong);
        // options in the order the classes declare them: a command's own first, the filters together
        cli.getCommandSpec().usageMessage().sortOptions(false);
        cli.getSubcommands().values().forEach(c -> c.getCommandSpec().usageMessage().sortOptions(false));
        cli.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, help -> String.format(
                "%nRun 'send-tracker COMMAND --help' for a command's options.%n"
                        + "Without --db the store is %s (or $%s).%n", Backend.defaultUrl(), Backend.ENV_DB));
        return cli;
    }

    /** A store that is locked is a conflict (6); one that cannot be reached, a bad --db (2). */
    private static int failed(PrintStream err, Throwable e) {
        if (e instanceof UsageException) {
            return fail(err, e.getMessage(), ExitCode.USAGE);
        }
        if (e instanceof StoreLockedException) {
            return fail(err, e.getMessage(), ExitCode.CONFLICT);
        }
        if (e instanceof StoreUnavailableException) {
            return fail(err, e.getMessage(), ExitCode.USAGE);
        }
        if (e instanceof StoreException) {
            return fail(err, e.getMessage(), ExitCode.FAILURE);
        }
        return fail(err, "unexpected failure: " + e, ExitCode.FAILURE);
    }

    private static int fail(PrintStream err, String message, int code) {
        err.println("send-tracker: " + message);
        return code;
    }

    /** picocli writes to a Writer; this one goes through the stream's own charset. */
    private static PrintWriter writerOn(PrintStream stream) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                stream.print(String.valueOf(chars, offset, length));
            }

            @Override
            public void flush() {
                stream.flush();
            }

            @Override
            public void close() {
                stream.flush();
            }
        }, true);
    }
}
