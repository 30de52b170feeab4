package sendtracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the window's start goes through a second JVM with the app's own AppCDS archive, and with which flags. */
class CdsRelaunchTest {
    private static final Optional<String> JAVA = Optional.of("/opt/jdk/bin/java");
    private static final String[] ARGS = {"--db=jdbc:h2:mem:x", "--user=sam@acme.test"};
    /** The start of a whole dynamic archive: its magic, then anything. */
    private static final byte[] ARCHIVE = {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0, 1, 2};

    @TempDir
    Path dir;

    private CdsRelaunch.Plan plan(List<String> jvmArgs, String relaunch) {
        return CdsRelaunch.plan(JAVA, jvmArgs, relaunch, "app.jar", dir.resolve("cds"), "abc", 1_000L, ARGS);
    }

    @Test
    void theChildsClassPathIsAbsoluteSoTheArchiveServesAStartFromAnotherFolder() {
        // the archive records the class path as given; a relative one fails from another working folder
        assertEquals(Path.of("lib/a.jar").toAbsolutePath() + java.io.File.pathSeparator + "/opt/b.jar",
                CdsRelaunch.absolute("lib/./a.jar" + java.io.File.pathSeparator + "/opt/b.jar"));
    }

    @Test
    void theFirstStartMakesAnArchiveBesideTheOthersUnderAPartName() {
        CdsRelaunch.Plan plan = plan(List.of("-Xmx512m", "-Dx=1"), null);

        assertEquals(dir.resolve("cds").resolve("send-tracker-abc.jsa"), plan.archive());
        assertEquals(dir.resolve("cds").resolve("send-tracker-abc.jsa.1000.part"), plan.dumping());
        assertEquals(List.of("/opt/jdk/bin/java", "-Xmx512m", "-Dx=1", "-XX:TieredStopAtLevel=1",
                "-XX:ErrorFile=" + dir.resolve("logs").resolve("hs_err_pid%p.log"), "-Dsendtracker.relaunch=false",
                "-Dsendtracker.launchedAt=1000", "-Xshare:auto", "-Xlog:cds=off,cds+dynamic=off",
                "-XX:ArchiveClassesAtExit=" + plan.dumping(), "-cp", Path.of("app.jar").toAbsolutePath().toString(),
                "sendtracker.Launcher",
                "--db=jdbc:h2:mem:x", "--user=sam@acme.test"), plan.command());
    }

    @Test
    void aJitChoiceOfTheUsersIsKeptAndNoOtherAdded() {
        for (String option : List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-XX:+TieredCompilation",
                "-XX:CompilationMode=high-only", "-Xint")) {
            List<String> command = plan(List.of("-Xmx1g", option), null).command();

            assertTrue(command.contains(option), command.toString());
            assertEquals(1, command.stream().filter(CdsRelaunch::choosesJit).count(), command.toString());
        }
        assertFalse(CdsRelaunch.choosesJit("-Xmx1g"));
        assertFalse(CdsRelaunch.choosesJit("-XX:+UseSerialGC"));
    }

    @Test
    void aStartWithAnArchiveMapsIt() throws IOException {
        Files.createDirectories(dir.resolve("cds"));
        Files.write(dir.resolve("cds").resolve("send-tracker-abc.jsa"), new byte[] {1});

        CdsRelaunch.Plan plan = plan(List.of(), null);

        assertNull(plan.dumping());
        assertTrue(plan.command().contains("-XX:SharedArchiveFile=" + plan.archive()), plan.command().toString());
        assertFalse(plan.command().stream().anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit")));
    }

    @Test
    void theWindowOpensInThisJvmWhenAskedOrWhenTheJvmAlreadyHasArchiveOrDebuggerOptions() {
        assertNull(plan(List.of(), "false"));
        for (String option : List.of("-XX:SharedArchiveFile=/x.jsa", "-XX:ArchiveClassesAtExit=/x.jsa", "-Xshare:off",
                "-agentlib:jdwp=transport=dt_socket,server=y,address=5005")) {
            assertNull(plan(List.of("-Xmx1g", option), null), option);
        }
        assertNotNull(plan(List.of(), "true"));
    }

    @Test
    void noRelaunchWithoutAJavaBinaryClassPathOrKey() {
        assertNull(CdsRelaunch.plan(Optional.empty(), List.of(), null, "app.jar", dir, "abc", 1L, ARGS));
        assertNull(CdsRelaunch.plan(Optional.of("/opt/sendtracker/bin/SendTracker"), List.of(), null, "app.jar", dir,
                "abc", 1L, ARGS), "the installer's launcher");
        assertNotNull(CdsRelaunch.plan(Optional.of("/c/jdk/bin/java.exe"), List.of(), null,
                "app.jar", dir, "abc", 1L, ARGS));
        assertNull(CdsRelaunch.plan(JAVA, List.of(), null, "", dir, "abc", 1L, ARGS));
        assertNull(CdsRelaunch.plan(JAVA, List.of(), null, "app.jar", dir, null, 1L, ARGS));
    }

    @Test
    void theParentsOwnRelaunchAndSharingOptionsAreNotPassedTwice() {
        CdsRelaunch.Plan plan = plan(List.of("-Dsendtracker.relaunch=true", "-Dsendtracker.launchedAt=5", "-Xshare:auto",
                "-Xlog:cds=info"), null);

        assertEquals(1, plan.command().stream().filter(a -> a.startsWith("-Dsendtracker.relaunch=")).count());
        assertEquals(1, plan.command().stream().filter(a -> a.startsWith("-Dsendtracker.launchedAt=")).count());
        assertEquals(1, plan.command().stream().filter(a -> a.startsWith("-Xshare:")).count());
        assertEquals(1, plan.command().stream().filter(a -> a.startsWith("-Xlog:cds")).count());
    }

    @Test
    void theKeyChangesWithTheJarItsManifestsJarsAndTheJdk() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib")).resolve("dep.jar");
        Files.write(lib, new byte[] {1, 2, 3});
        Path app = dir.resolve("app.jar");
        writeJar(app, "lib/dep.jar");
        String cp = app.toString();

        String key = CdsRelaunch.key(cp, "/jdk", "17.0.15");
        assertEquals(key, CdsRelaunch.key(cp, "/jdk", "17.0.15"));
        assertTrue(CdsRelaunch.entries(cp).contains(lib.toAbsolutePath().normalize()));
        assertNotEquals(key, CdsRelaunch.key(cp, "/jdk", "17.0.16"));
        assertNotEquals(key, CdsRelaunch.key(cp, "/other-jdk", "17.0.15"));

        Files.write(lib, new byte[] {1, 2, 3, 4});
        String afterDep = CdsRelaunch.key(cp, "/jdk", "17.0.15");
        assertNotEquals(key, afterDep);

        Files.setLastModifiedTime(app, FileTime.fromMillis(Files.getLastModifiedTime(app).toMillis() - 60_000));
        assertNotEquals(afterDep, CdsRelaunch.key(cp, "/jdk", "17.0.15"));
    }

    @Test
    void aClassPathEntryThatCannotBeReadGivesNoKey() {
        assertNull(CdsRelaunch.key(dir.resolve("missing.jar").toString(), "/jdk", "17"));
    }

    @Test
    void aMadeArchiveTakesItsNameAndTheOldOnesGo() throws IOException {
        CdsRelaunch.Plan plan = plan(List.of(), null);
        Files.createDirectories(plan.archive().getParent());
        Path old = plan.archive().resolveSibling("send-tracker-old.jsa");
        Files.write(old, new byte[] {9});
        // what a first start killed with -9 leaves: its archive never took its name
        Path orphan = plan.archive().resolveSibling("send-tracker-abc.jsa.999.part");
        Files.write(orphan, new byte[] {7});
        Path other = plan.archive().resolveSibling("notes.txt");
        Files.write(other, new byte[] {5});
        Files.write(plan.dumping(), ARCHIVE);

        CdsRelaunch.keepArchive(plan, 0);

        assertTrue(Files.isRegularFile(plan.archive()));
        assertFalse(Files.exists(plan.dumping()));
        assertFalse(Files.exists(old));
        assertFalse(Files.exists(orphan));
        assertTrue(Files.exists(other));
    }

    @Test
    void anEmptyDumpIsDroppedAndNoArchiveTakesItsName() throws IOException {
        CdsRelaunch.Plan plan = plan(List.of(), null);
        Files.createDirectories(plan.archive().getParent());
        Files.createFile(plan.dumping());

        CdsRelaunch.keepArchive(plan, 0);

        assertFalse(Files.exists(plan.archive()));
        assertFalse(Files.exists(plan.dumping()));
    }

    @Test
    void aDumpThatCrashedOrNeverCameIsNotAskedForAgainByThisClassPath() throws IOException {
        // a crash (134, or 1 under -XX:-CreateCoredumpOnCrash) in the middle of the dump, and a dump that never came
        for (int exit : new int[] {CdsRelaunch.CRASHED, 1, 0}) {
            CdsRelaunch.Plan plan = plan(List.of(), null);
            Files.createDirectories(plan.archive().getParent());
            if (exit == CdsRelaunch.CRASHED) {
                Files.write(plan.dumping(), ARCHIVE); // even with its header: the JVM died while dumping
            } else if (exit == 1) {
                Files.write(plan.dumping(), new byte[] {0, 0, 0, 0, 1, 2, 3}); // no header yet
            }

            CdsRelaunch.keepArchive(plan, exit);

            assertFalse(Files.exists(plan.archive()), "exit " + exit);
            assertFalse(Files.exists(plan.dumping()));
            CdsRelaunch.Plan next = plan(List.of(), null);
            assertNull(next.dumping(), "exit " + exit);
            assertFalse(next.command().stream().anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit")
                    || a.startsWith("-XX:SharedArchiveFile")), next.command().toString());
            assertTrue(next.command().contains(CdsRelaunch.MAIN_CLASS), "the window still starts in the second JVM");
            CdsRelaunch.Plan otherJar = CdsRelaunch.plan(JAVA, List.of(), null, "app.jar", dir.resolve("cds"), "def",
                    1_000L, ARGS);
            assertNotNull(otherJar.dumping(), "another jar or JDK tries again");
            Files.delete(CdsRelaunch.noDumpMark(plan.archive()));
        }
    }

    @Test
    void aKeptArchiveIsNotMarkedWhenTheShutdownHookLooksAgain() throws IOException {
        CdsRelaunch.Plan plan = plan(List.of(), null);
        Files.createDirectories(plan.archive().getParent());
        Files.write(plan.dumping(), ARCHIVE);

        CdsRelaunch.keepArchive(plan, 0);
        CdsRelaunch.keepArchive(plan, 143);

        assertTrue(Files.isRegularFile(plan.archive()));
        assertFalse(Files.exists(CdsRelaunch.noDumpMark(plan.archive())));
        assertNull(plan(List.of(), null).dumping());
    }

    @Test
    void aCrashReportGoesToTheDataFoldersLogsUnlessTheUserNamedAPlace() {
        assertTrue(plan(List.of(), null).command().contains("-XX:ErrorFile=" + dir.resolve("logs")
                .resolve("hs_err_pid%p.log")));
        List<String> own = plan(List.of("-XX:ErrorFile=/var/tmp/crash.log"), null).command();
        assertEquals(List.of("-XX:ErrorFile=/var/tmp/crash.log"),
                own.stream().filter(a -> a.startsWith("-XX:ErrorFile")).toList());
    }

    @Test
    void aChildThatCannotStartLeavesTheWindowToThisJvm() {
        CdsRelaunch.Plan plan = new CdsRelaunch.Plan(List.of(dir.resolve("no-java").toString()),
                dir.resolve("cds").resolve("a.jsa"), null);

        assertEquals(Optional.empty(), CdsRelaunch.run(plan));
    }

    @Test
    void aRealChildMakesItsArchiveAndItsExitCodeIsTheParents() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = tinyJar().toString(); // CDS archives classes from jars only, never from a folder
        CdsRelaunch.Plan made = CdsRelaunch.plan(Optional.of(java), List.of("-Xmx64m"), null,
                cp, dir.resolve("cds"), "test", 2_000L, new String[] {"7"});
        CdsRelaunch.Plan plan = new CdsRelaunch.Plan(tinyMain(made.command()), made.archive(), made.dumping());

        assertEquals(Optional.of(7), CdsRelaunch.run(plan));
        assertTrue(Files.size(plan.archive()) > 0);

        CdsRelaunch.Plan again = CdsRelaunch.plan(Optional.of(java), List.of("-Xmx64m"), null, cp, dir.resolve("cds"), "test", 3_000L, new String[] {"3"});
        assertNull(again.dumping());
        assertEquals(Optional.of(3), CdsRelaunch.run(new CdsRelaunch.Plan(tinyMain(again.command()), again.archive(), null)));
    }

    @Test
    void theChildCountsItsLaunchFromTheParentsStart() {
        assertEquals(1_000L, LaunchTimes.launchedAt("1000", 1_400L));
        assertEquals(1_400L, LaunchTimes.launchedAt(null, 1_400L));
        assertEquals(1_400L, LaunchTimes.launchedAt("soon", 1_400L));
        assertEquals(1_400L, LaunchTimes.launchedAt("2000", 1_400L)); // a parent cannot start after its child
    }

    /** The same command with the tiny main below instead of the launcher. */
    private static List<String> tinyMain(List<String> command) {
        List<String> out = new ArrayList<>(command);
        out.set(out.indexOf(CdsRelaunch.MAIN_CLASS), ExitWith.class.getName());
        return out;
    }

    /** Exits with the code in its first argument. */
    static final class ExitWith {
        public static void main(String[] args) {
            System.exit(Integer.parseInt(args[0]));
        }
    }

    /** A jar holding only {@link ExitWith}. */
    private Path tinyJar() throws IOException {
        Path jar = dir.resolve("tiny.jar");
        String entry = ExitWith.class.getName().replace('.', '/') + ".class";
        try (var in = ExitWith.class.getClassLoader().getResourceAsStream(entry);
                JarOutputStream j = new JarOutputStream(Files.newOutputStream(jar))) {
            j.putNextEntry(new java.util.jar.JarEntry(entry));
            in.transferTo(j);
            j.closeEntry();
        }
        return jar;
    }

    private static void writeJar(Path jar, String classPath) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            j.flush();
        }
        assertTrue(new File(jar.toString()).length() > 0);
    }
}
