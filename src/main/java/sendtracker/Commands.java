package sendtracker;

import java.time.Clock;

import sendtracker.cli.Cli;

/** The command line with every command registered: the one place commands are put together. */
final class Commands {
    private Commands() {
    }

    static Cli cli(Clock clock) {
        return new Cli(clock);
    }
}
