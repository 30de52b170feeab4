package sendtracker.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A main class of the test class path run in a child JVM, its output read line by line with a timeout. */
final class ChildJvm implements AutoCloseable {
    private static final String END = "\u0000end";

    private final Process process;
    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(10_000);
    private final StringBuilder seen = new StringBuilder();

    private ChildJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    lines.offer(l);
                }
            } catch (IOException e) {
                // the process was killed: its output ends here
            }
            lines.offer(END);
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code main} with {@code args}; its standard error goes to {@code errors}. */
    static ChildJvm start(Class<?> main, Path errors, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                main.getName()));
        cmd.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(cmd).redirectError(errors.toFile()).start());
    }

    /** Waits up to {@code seconds} for a line containing {@code text}; fails with what was seen when none comes. */
    String awaitLine(String text, long seconds) throws InterruptedException {
        return awaitLine(l -> l.contains(text), "'" + text + "'", seconds);
    }

    /** Waits up to {@code seconds} for a line that {@code wanted} accepts. */
    String awaitLine(Predicate<String> wanted, String what, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            long left = deadline - System.nanoTime();
            String l = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
            if (l == null || l.equals(END)) {
                throw new AssertionError("no line with " + what + " within " + seconds + " s; output was:\n" + seen);
            }
            seen.append(l).append('\n');
            if (wanted.test(l)) {
                return l;
            }
        }
    }

    /** SIGKILL (on Linux), as a crash or a power cut would end it; waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the child JVM did not end within 30 s of being killed");
        }
    }

    /** Waits for the process to end by itself; its exit code. */
    int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child JVM did not end within " + seconds + " s; output:\n" + seen);
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
