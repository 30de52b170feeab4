package sendtracker.cli;

import java.io.PrintStream;
import java.util.function.Supplier;

import sendtracker.domain.User;
import sendtracker.service.Backend;

/** What a command runs with: the open store (opened on first use), the acting user, and the streams. */
public final class CliContext implements AutoCloseable {
    private final Supplier<Backend> opener;
    private final String actingEmail;
    private final PrintStream out;
    private final PrintStream err;
    private Backend backend;

    public CliContext(Supplier<Backend> opener, String actingEmail, PrintStream out, PrintStream err) {
        this.opener = opener;
        this.actingEmail = actingEmail;
        this.out = out;
        this.err = err;
    }

    public Backend backend() {
        if (backend == null) {
            backend = opener.get();
        }
        return backend;
    }

    /** The user named by --as, or the store's first Admin. */
    public User actor() {
        if (actingEmail == null) {
            return backend().sends().defaultUser();
        }
        return backend().sends().user(actingEmail).orElseThrow(() -> new UsageException(
                "No user '" + actingEmail + "' in this store. Run 'send-tracker users' to see who there is."));
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    @Override
    public void close() {
        if (backend != null) {
            backend.close();
        }
    }
}
