package sendtracker;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import sendtracker.domain.CancelPolicy;
import sendtracker.domain.Role;
import sendtracker.domain.SendSort;
import sendtracker.domain.Texts;
import sendtracker.domain.User;
import sendtracker.service.Backend;
import sendtracker.service.ExportService;
import sendtracker.service.ImportService;
import sendtracker.service.OfflineReview;
import sendtracker.service.SendService;
import sendtracker.service.SendSource;
import sendtracker.service.WarmStartSource;
import sendtracker.service.StoreLabel;
import sendtracker.service.SupportContact;
import sendtracker.ui.ExportRunner;
import sendtracker.ui.FirstRowsGate;
import sendtracker.ui.FxDialogService;
import sendtracker.ui.FxJobs;
import sendtracker.ui.Jobs;
import sendtracker.ui.LiveStore;
import sendtracker.ui.LocalBackups;
import sendtracker.ui.MainViewModel;
import sendtracker.ui.MainWindow;
import sendtracker.ui.PagedSendList;
import sendtracker.ui.ReviewOpener;
import sendtracker.ui.SignInDialog;
import sendtracker.ui.TeamWindow;
import sendtracker.ui.WindowSource;

/**
 * The Send Tracker window, and the one place that wires store, services and view-models.
 * Arguments, as {@link WindowOptions#toNamedArgs()} passes them: {@code --db=JDBC_URL} (default:
 * the user's store), {@code --user=EMAIL} (default: the store's first admin), {@code --open=FILE}
 * (review an exported file offline, no store needed).
 */
public final class App extends Application {
    /** How many demo sends "Load demo data" adds: enough to try every filter, quick to make. */
    static final int DEMO_SENDS = 2_000;
    /** How long after its scene is ready the window waits for its first rows before it shows without them. */
    static final long SHOW_WITHOUT_ROWS_AFTER_MS = 500;
    private FxJobs jobs;
    private MainViewModel vm;
    private volatile Backend live;
    private RunningWindow runningWindow;
    /** Completed once the window has its first counts: the store's index is built after that. */
    private final CompletableFuture<Void> firstCountsAnswered = new CompletableFuture<>();
    /** The team store's signed-in person; null on a local store (or the owner's own login). */
    private volatile User signedIn;

    /** Started by the Launcher (JavaFX refuses an Application subclass as the jar's main class). */
    static void launchWindow(String[] args) {
        Application.launch(App.class, args);
    }

    /** Same as the jar: options checked, commands run, the window opened otherwise. */
    public static void main(String[] args) {
        Launcher.main(args);
    }

    @Override
    public void start(Stage stage) {
        AppLog.toDataFolder();
        LaunchTimes.markRelaunch();
        LaunchTimes.mark("JavaFX started");
        Thread.setDefaultUncaughtExceptionHandler((thread, e) ->
                Logger.getLogger("sendtracker").log(Level.SEVERE,
                        "Unexpected failure on " + thread.getName(), e));
        Map<String, String> named = getParameters().getNamed();
        String dbUrl = named.get("db");
        String userEmail = named.get("user");
        String open = named.get("open");
        boolean review = open != null && !open.isBlank();
        if (!review) {
            // A second launch on the same store brings the running window forward (docs/decisions/0013-…).
            Path portFile = RunningWindow.portFile(Backend.dataFolder(), dbUrl == null ? Backend.defaultUrl() : dbUrl);
            if (RunningWindow.bringToFront(portFile)) {
                System.err.println("send-tracker: the window on this store is already open; it was brought to the"
                        + " front.");
                Platform.exit();
                return;
            }
            runningWindow = RunningWindow.listen(portFile, () -> Platform.runLater(() -> {
                stage.setIconified(false);
                stage.toFront();
                stage.requestFocus();
            })).orElse(null);
        }
        // The store opens (and migrates) while the scene loads and the window shows: both take
        // about as long, and the first rows wait for both (docs/decisions/0014-launch-time.md).
        // A team store that asks for a password waits for the sign-in instead.
        String url = dbUrl == null ? Backend.defaultUrl() : dbUrl;
        CompletableFuture<WindowSource> opening = review || Backend.needsSignIn(url) ? null
                : CompletableFuture.supplyAsync(() -> openLive(dbUrl, userEmail), App::onStoreThread);

        jobs = new FxJobs(2);
        FxDialogService dialogs = new FxDialogService(() -> stage, MainWindow.STYLESHEET);
        vm = new MainViewModel(dialogs, jobs, reviewOpener());
        vm.setSupportContact(SupportContact.configured());
        Scene scene = MainWindow.scene(vm, link -> getHostServices().showDocument(link), stage::close);
        LaunchTimes.mark("scene loaded");
        // the index is built once the first counts are in: built beside the first rows' paint and the
        // counts' pass it takes the core they need (docs/decisions/0014-launch-time.md)
        FirstRowsGate.afterFirstCounts(vm.tracker(), () -> {
            LaunchTimes.mark("first counts answered");
            firstCountsAnswered.complete(null);
        });
        stage.titleProperty().bind(vm.windowTitle());
        stage.setScene(scene);
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1680, screen.getWidth()));
        stage.setHeight(Math.min(1050, screen.getHeight()));
        LaunchTimes.logFirstRows(scene, vm.tracker());
        Runnable show = () -> {
            if (!stage.isShowing()) {
                LaunchTimes.mark("window showing");
                stage.show();
                LaunchTimes.mark("window shown");
            }
        };

        if (review || Backend.needsSignIn(url)) {
            show.run();
        }
        if (review) {
            vm.start(null, userEmail, Path.of(open));
            return;
        }
        // The window shows with its first rows, so its first CSS pass and layout are its only ones;
        // if they are late, it shows without them (docs/decisions/0014-launch-time.md).
        vm.tracker().rowsProperty().addListener((obs, old, rows) -> Platform.runLater(show));
        CompletableFuture.delayedExecutor(SHOW_WITHOUT_ROWS_AFTER_MS, TimeUnit.MILLISECONDS)
                .execute(() -> Platform.runLater(show));
        Consumer<WindowSource> opened = backend -> {
            vm.store().opened(new LiveStore(StoreLabel.of(url), live.isNewStore(), filler(live)));
            Backend store = live;
            vm.imports().connect((files, actor, progress, stop) -> new ImportService(store.sends())
                    .importFiles(files, actor, progress, stop), null);
            // on a team store the window is the signed-in person's; --user is an Admin's read-only preview
            User me = signedIn;
            // saved views are the signed-in person's on a team store, even in an Admin's preview of another user
            vm.savedViews().connect(backend, live.views(), me);
            vm.start(backend, me == null || me.role() == Role.ADMIN && userEmail != null ? userEmail : me.email(), null);
            if (me != null) {
                stage.titleProperty().unbind();
                stage.titleProperty().bind(TeamWindow.apply(scene, vm, me));
            }
            live.changes().ifPresent(vm::followChanges);
            live.settleCreditsEvery(Duration.ofMinutes(5));
            connectBackups(dbUrl, url);
        };
        if (Backend.needsSignIn(url)) {
            // docs/decisions/0012-logins-and-row-level-security.md: the password goes into the URL only to open it
            new SignInDialog<WindowSource>(stage, StoreLabel.of(url), Backend.loginOf(url), jobs,
                    (login, password) -> openLive(Backend.signedInUrl(url, login, password), userEmail), opened,
                    () -> vm.tracker().unavailable(Texts.get("ui.signIn.notSignedIn"))).show();
            return;
        }
        jobs.submit(p -> awaitOpening(opening), opened, failure -> {
            show.run();
            String why = failure.getMessage() == null ? failure.toString() : failure.getMessage();
            dialogs.showError(Texts.get("ui.store.failed.title"), why);
            vm.say(why);
            vm.tracker().unavailable(why);
        });
    }

    private static void onWarmStartThread(Runnable task) {
        Thread t = new Thread(task, "warm-start");
        t.setDaemon(true);
        t.start();
    }

    /**
     * File → Back up now… and Restore from backup… with the status bar's last backup, for a local
     * store; a team store has none. A restore closes the store and opens it again
     * ({@link LocalBackups}): the reopened store becomes the live one, with its own change feed.
     */
    private void connectBackups(String dbUrl, String url) {
        Backend open = live;
        if (open.backups().isEmpty()) {
            vm.backups().connect(null, null, null);
            return;
        }
        LocalBackups backups = new LocalBackups(open, url, Clock.systemUTC(), u -> {
            Backend reopened = Backend.openForWindow(dbUrl, Clock.systemUTC());
            live = reopened;
            return reopened;
        }, b -> WindowSource.of(b.sends(), exporterFor(b.sends())));
        vm.backups().connect(backups, StoreLabel.of(url), restored -> {
            Backend reopened = backups.current();
            vm.store().opened(new LiveStore(StoreLabel.of(url), false, filler(reopened)));
            vm.liveReopened(restored.source());
            reopened.changes().ifPresent(vm::followChanges);
            reopened.settleCreditsEvery(Duration.ofMinutes(5));
        });
    }

    private static void onStoreThread(Runnable task) {
        Thread t = new Thread(task, "store-open");
        t.setDaemon(true);
        t.start();
    }

    /** The opened store, or the failure of its opening as it was thrown. */
    private static WindowSource awaitOpening(CompletableFuture<WindowSource> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw e;
        }
    }

    /** The named store, or the user's default one (filled with demo sends when new). */
    private WindowSource openLive(String dbUrl, String userEmail) {
        Backend opened = Backend.openForWindow(dbUrl, Clock.systemUTC());
        // the index's build would share the two cores with the window's start (docs/decisions/0014-launch-time.md)
        opened.startIndexAfter(firstCountsAnswered);
        try {
            signedIn = opened.signedIn().orElse(null);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
        live = opened;
        LaunchTimes.mark("store open");
        // The window's first questions are asked now, while its scene still loads (docs/decisions/0014-launch-time.md).
        SendSource warm = WarmStartSource.start(live.sends(), userEmail, SendSort.NEWEST_FIRST, PagedSendList.PAGE_SIZE,
                App::onWarmStartThread);
        return WindowSource.of(warm, exporterFor(live.sends()));
    }

    /** Fills the live store from the window's empty state: the demo sends, or one file imported. */
    private static LiveStore.Filler filler(Backend backend) {
        return new LiveStore.Filler() {
            @Override
            public long loadDemo() {
                long added = backend.demo().generate(DEMO_SENDS, 42L, n -> { });
                backend.backUpIfDue();
                return added;
            }

            @Override
            public String importFile(Path file, User actor, Jobs.Progress progress) {
                List<ImportService.Report> reports = new ImportService(backend.sends()).importFiles(List.of(file), actor,
                        (name, phase, rows, bytes, totalBytes) -> progress.update(bytes, totalBytes),
                        progress::isCancelled);
                backend.backUpIfDue();
                return reports.get(0).summary();
            }
        };
    }

    /** Export (CSV or JSON) of what a viewer sees of {@code service}'s store under the table's filters. */
    public static ExportRunner exporterFor(SendService service) {
        ExportService exports = new ExportService(service);
        return (viewer, filter, sort, file, format, progress) -> {
            ExportService.Report report = exports.export(file, format, viewer, filter, sort,
                    (rows, bytes) -> progress.update(rows, 0), progress::isCancelled);
            if (report.cancelled()) {
                throw new CancellationException();
            }
            return report.rows();
        };
    }

    /** Offline review: the export is loaded into a private read-only store, dropped when the review ends. */
    public static ReviewOpener reviewOpener() {
        return (file, progress) -> {
            OfflineReview review = OfflineReview.open(file, new CancelPolicy(), Clock.systemUTC(),
                    (name, phase, rows, bytes, totalBytes) -> progress.update(bytes, totalBytes),
                    progress::isCancelled);
            ImportService.Report report = review.report();
            String note = report != null && report.rejected() > 0 ? report.summary() : null;
            return new WindowSource(review.service(), exporterFor(review.service()), note, review::close);
        };
    }

    @Override
    public void stop() {
        if (runningWindow != null) {
            runningWindow.close();
        }
        if (vm != null) {
            vm.close();
        }
        if (jobs != null) {
            jobs.close();
        }
        Backend backend = live;
        if (backend != null) {
            backend.close();
        }
        Platform.exit();
    }
}
