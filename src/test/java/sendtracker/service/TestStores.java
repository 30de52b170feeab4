package sendtracker.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Small demo stores for tests: a file store in a temporary folder, a fixed clock. */
public final class TestStores {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);

    private TestStores() {
    }

    public static String url(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
    }

    /** A new store holding {@code sends} demo sends (seed 42). */
    public static Backend demo(Path dir, int sends) {
        return demo(StoreKind.LOCAL, dir, sends);
    }

    /** A new store of that kind holding {@code sends} demo sends (seed 42). */
    public static Backend demo(StoreKind kind, Path dir, int sends) {
        Backend b = Backend.open(kind.url(dir), CLOCK, false);
        b.demo().generate(sends, 42L, n -> { });
        return b;
    }
}
