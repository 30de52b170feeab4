package sendtracker.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import sendtracker.Launcher;

/**
 * Runs the command line as the jar does ({@link Launcher}) in a child JVM, but when a line of its
 * output contains the marker (first argument), prints it and then holds the command right there —
 * after it reported the work done, before the store is closed — so that the test can kill the
 * process (SIGKILL) at the worst moment. Halts by itself after two minutes, without closing
 * anything, in case no test kills it.
 */
public final class HoldAfterLine {
    static final long HOLD_MS = 120_000;

    private HoldAfterLine() {
    }

    public static void main(String[] args) {
        String marker = args[0];
        PrintStream real = System.out;
        System.setOut(new PrintStream(new Holding(real, marker), true, StandardCharsets.UTF_8));
        Launcher.main(Arrays.copyOfRange(args, 1, args.length));
    }

    /** Passes every line on; after the marked one, sleeps instead of returning. */
    private static final class Holding extends OutputStream {
        private final PrintStream real;
        private final String marker;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        Holding(PrintStream real, String marker) {
            this.real = real;
            this.marker = marker;
        }

        @Override
        public void write(int b) throws IOException {
            line.write(b);
            if (b == '\n') {
                String text = line.toString(StandardCharsets.UTF_8);
                line.reset();
                real.print(text);
                real.flush();
                if (text.contains(marker)) {
                    hold();
                }
            }
        }

        private static void hold() {
            try {
                Thread.sleep(HOLD_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(3);
        }
    }
}
