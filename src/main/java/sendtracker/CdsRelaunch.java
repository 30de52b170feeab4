package sendtracker;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The window's start from the plain jar through an AppCDS archive that the app keeps itself
 * (docs/decisions/0026-window-start-through-its-own-cds-archive.md): Java 17 cannot add an
 * archive to a JVM that is already running, so the launcher starts a second JVM, the same java
 * with the same options, class path and arguments, plus {@code -XX:SharedArchiveFile} when this
 * class path and JDK have an archive in {@code <data folder>/cds}, else
 * {@code -XX:ArchiveClassesAtExit} so the next start has one. Commands never come here.
 */
final class CdsRelaunch {
    /** -Dsendtracker.relaunch=false: open the window in this JVM (the child, and anyone who asks). */
    static final String RELAUNCH = "sendtracker.relaunch";
    /** The first JVM's start (ms since the epoch), so the child counts its launch from the user's. */
    static final String LAUNCHED_AT = "sendtracker.launchedAt";
    static final String MAIN_CLASS = "sendtracker.Launcher";

    /** The window JVM's compiler unless the user chose one: C1 only, no profiling tiers. */
    static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";

    /** The exit code of a JVM that crashed: it aborts (SIGABRT) after writing its error report. */
    static final int CRASHED = 134;

    /** The first bytes of a dynamic AppCDS archive (0xf00baba8, little-endian), written with its header. */
    private static final byte[] ARCHIVE_MAGIC = {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0};

    private CdsRelaunch() {
    }

    /** What the parent does: the child's command, and the archive it makes (null when it uses one). */
    record Plan(List<String> command, Path archive, Path dumping) {
    }

    /** A JVM option that picks the JIT compilers or their tiers, which the relaunch then keeps as given. */
    static boolean choosesJit(String jvmArg) {
        return jvmArg.startsWith("-XX:TieredStopAtLevel") || jvmArg.startsWith("-XX:+TieredCompilation")
                || jvmArg.startsWith("-XX:-TieredCompilation") || jvmArg.startsWith("-XX:CompilationMode")
                || jvmArg.equals("-Xint") || jvmArg.equals("-Xcomp");
    }

    /**
     * Null when the window opens in this JVM: asked not to relaunch, the JVM already names or makes an
     * archive, sharing is off, a debugger agent would clash on its port, or the java is unknown.
     */
    static Plan plan(Optional<String> java, List<String> jvmArgs, String relaunchProperty, String classPath,
            Path cdsFolder, String key, long launchedAt, String[] args) {
        if ("false".equals(relaunchProperty) || !isJava(java) || classPath == null || classPath.isBlank()
                || key == null) {
            return null;
        }
        for (String a : jvmArgs) {
            if (a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-XX:ArchiveClassesAtExit")
                    || a.equals("-Xshare:off") || a.equals("-Xshare:dump") || a.startsWith("-agentlib:jdwp")
                    || a.startsWith("-Xrunjdwp") || a.startsWith("-Xdebug")) {
                return null;
            }
        }
        Path archive = cdsFolder.resolve("send-tracker-" + key + ".jsa");
        boolean have = Files.isRegularFile(archive);
        // an archive that could not be made once is not asked for again by this class path and JDK
        boolean refused = !have && Files.exists(noDumpMark(archive));
        Path dumping = have || refused ? null
                : cdsFolder.resolve("send-tracker-" + key + ".jsa." + launchedAt + ".part");
        List<String> cmd = new ArrayList<>();
        cmd.add(java.get());
        for (String a : jvmArgs) {
            if (!a.startsWith("-D" + RELAUNCH + "=") && !a.startsWith("-D" + LAUNCHED_AT + "=")
                    && !a.startsWith("-Xshare:") && !a.startsWith("-Xlog:cds")) {
                cmd.add(a);
            }
        }
        if (jvmArgs.stream().noneMatch(CdsRelaunch::choosesJit)) {
            // the window's start is spent in code that runs once: C1 alone starts it in two thirds of
            // the CPU time, and the index's queries run as fast (docs/decisions/0030-window-jvm-compiles-with-c1.md)
            cmd.add(QUICK_JIT);
        }
        if (jvmArgs.stream().noneMatch(a -> a.startsWith("-XX:ErrorFile"))) {
            // a crash report goes beside the logs, not into whatever folder the app was started from
            cmd.add("-XX:ErrorFile=" + errorFile(cdsFolder));
        }
        cmd.add("-D" + RELAUNCH + "=false");
        cmd.add("-D" + LAUNCHED_AT + "=" + launchedAt);
        // a stale or unreadable archive is then skipped without a word, never an error
        cmd.add("-Xshare:auto");
        cmd.add("-Xlog:cds=off,cds+dynamic=off");
        if (have) {
            cmd.add("-XX:SharedArchiveFile=" + archive);
        } else if (!refused) {
            cmd.add("-XX:ArchiveClassesAtExit=" + dumping);
        }
        cmd.add("-cp");
        // absolute: the archive records the class path as given, and the next start may come from another folder
        cmd.add(absolute(classPath));
        cmd.add(MAIN_CLASS);
        cmd.addAll(List.of(args));
        return new Plan(cmd, archive, dumping);
    }

    /** Where the window JVM writes its report when it crashes: the data folder's {@code logs}. */
    static Path errorFile(Path cdsFolder) {
        return cdsFolder.resolveSibling("logs").resolve("hs_err_pid%p.log");
    }

    /** The mark, beside the archive, that its class path and JDK could not make it. */
    static Path noDumpMark(Path archive) {
        String name = archive.getFileName().toString();
        return archive.resolveSibling(name.substring(0, name.length() - ".jsa".length()) + ".nodump");
    }

    static String absolute(String classPath) {
        List<String> out = new ArrayList<>();
        for (String part : classPath.split(File.pathSeparator)) {
            if (!part.isEmpty()) {
                out.add(Path.of(part).toAbsolutePath().normalize().toString());
            }
        }
        return String.join(File.pathSeparator, out);
    }

    /** True for a java binary; the installer's native launcher takes no JVM options on its command line. */
    static boolean isJava(Optional<String> command) {
        if (command.isEmpty()) {
            return false;
        }
        Path name = Path.of(command.get()).getFileName();
        return name != null && (name.toString().equals("java") || name.toString().equals("java.exe"));
    }

    /**
     * Names this class path on this JDK: every class path entry and every jar its manifests add
     * (path, size, modification time), java.home and the VM's version. Null when an entry cannot be read.
     */
    static String key(String classPath, String javaHome, String vmVersion) {
        try {
            StringBuilder text = new StringBuilder(javaHome).append('\n').append(vmVersion).append('\n');
            for (Path entry : entries(classPath)) {
                text.append(entry).append('|').append(Files.size(entry)).append('|')
                        .append(Files.getLastModifiedTime(entry).toMillis()).append('\n');
            }
            return String.format("%016x", fnv1a64(text.toString()));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * FNV-1a, 64 bits: a name, not a checksum (the JVM checks an archive against its class path
     * itself); MessageDigest would cost the launch its security providers' start.
     */
    static long fnv1a64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** The class path's entries, absolute, with the jars each jar's Class-Path adds (one level, as CDS checks them). */
    static Set<Path> entries(String classPath) throws IOException {
        Set<Path> out = new LinkedHashSet<>();
        for (String part : classPath.split(File.pathSeparator)) {
            if (part.isEmpty()) {
                continue;
            }
            Path entry = Path.of(part).toAbsolutePath().normalize();
            out.add(entry);
            if (Files.isRegularFile(entry) && part.endsWith(".jar")) {
                try (JarFile jar = new JarFile(entry.toFile())) {
                    Manifest manifest = jar.getManifest();
                    String more = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
                    if (more != null) {
                        for (String rel : more.trim().split("\\s+")) {
                            out.add(entry.getParent().resolve(rel).normalize());
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Runs the plan: the child's exit code, or empty when it could not start (the caller opens the window
     * itself). A made archive takes its name only once the child has exited and written it; the
     * archives of other jars and JDKs are deleted then.
     */
    static Optional<Integer> run(Plan plan) {
        if (plan.archive() != null) {
            try {
                Files.createDirectories(errorFile(plan.archive().getParent()).getParent());
            } catch (IOException | RuntimeException e) {
                // without the folder a crash report goes to the working folder, as before: no reason to stop
            }
        }
        Process child;
        try {
            if (plan.dumping() != null) {
                Files.createDirectories(plan.dumping().getParent());
            }
            child = new ProcessBuilder(plan.command()).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        // closing the terminal or a kill ends the child too, and waits for its archive
        Thread stop = new Thread(() -> {
            child.destroy();
            keepArchive(plan, waitQuietly(child));
        });
        Runtime.getRuntime().addShutdownHook(stop);
        int code = waitQuietly(child);
        keepArchive(plan, code);
        return Optional.of(code);
    }

    private static int waitQuietly(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // the parent only waits; its shutdown hook ends the child
            }
        }
    }

    /**
     * After the child's exit: renames a complete archive into place and removes older ones and
     * orphaned .part files. A dump that did not finish (no file, no archive's header, or a JVM
     * that crashed while it dumped) is dropped and marked, so later starts of this class path and
     * JDK no longer ask for it (docs/decisions/0038-a-cds-dump-that-failed-is-not-retried.md).
     */
    static synchronized void keepArchive(Plan plan, int exitCode) {
        Path part = plan.dumping();
        if (part == null || !Files.exists(part) && Files.isRegularFile(plan.archive())) {
            return; // nothing asked, or kept already
        }
        try {
            if (exitCode != CRASHED && isArchive(part)) {
                Files.move(part, plan.archive(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                removeOthers(plan.archive());
            } else {
                Files.deleteIfExists(part);
                Files.write(noDumpMark(plan.archive()), new byte[0]);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the next start makes it again
            }
        }
    }

    /**
     * A whole archive, as far as its start tells: the JVM writes the header, magic first, once the
     * rest is written, so a dump cut short by a crash (whatever its exit code) has none.
     */
    static boolean isArchive(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        byte[] head = new byte[ARCHIVE_MAGIC.length];
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && java.util.Arrays.equals(head, ARCHIVE_MAGIC);
        }
    }

    private static void removeOthers(Path keep) throws IOException {
        // older archives, the .part files of first starts whose launcher was killed before the
        // rename, and the marks of class paths that could not make one
        try (DirectoryStream<Path> files = Files.newDirectoryStream(keep.getParent(), "send-tracker-*.{jsa,part,nodump}")) {
            for (Path f : files) {
                if (!f.equals(keep)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /**
     * In the window's second JVM: ends it when the first one is gone, even by {@code kill -9}, so
     * no window outlives the process a script or a desktop started (the shutdown hooks close the store).
     */
    static void endWithLauncher() {
        if (System.getProperty(LAUNCHED_AT) == null) {
            return;
        }
        ProcessHandle.current().parent().ifPresent(first -> first.onExit().thenRun(() -> System.exit(143)));
    }
}
