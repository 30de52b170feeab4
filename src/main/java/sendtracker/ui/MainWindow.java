package sendtracker.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.util.Callback;

import sendtracker.domain.Texts;
import sendtracker.ui.table.SendTableController;

/** Loads the main window (main.fxml and its parts, the bundle, the stylesheet) around a {@link MainViewModel}. */
public final class MainWindow {
    public static final String STYLESHEET = MainWindow.class.getResource("/css/tracker.css").toExternalForm();

    private MainWindow() {
    }

    /** The window's scene; {@code openUrl} opens a tracking page in the browser, {@code onQuit} closes the app. */
    public static Scene scene(MainViewModel vm, Consumer<String> openUrl, Runnable onQuit) {
        MainController controller = new MainController(vm, openUrl, onQuit);
        vm.cancelFlow().reachSupport(vm.supportContact(), openUrl);
        // The included parts (docs/decisions/0008-one-fxml-part-per-area.md) get their view-models here.
        DetailsController[] details = {null};
        Parent root = part("/fxml/main.fxml", type -> {
            Object made = controller(type, vm, controller);
            if (made instanceof DetailsController d) {
                details[0] = d;
            }
            return made;
        });
        Scene scene = new Scene(root, 1400, 880);
        scene.getStylesheets().add(STYLESHEET);
        controller.install(scene);
        Runnable addChart = () -> details[0].addChart(
                part("/fxml/status-chart.fxml", type -> controller(type, vm, controller)));
        if (vm.tracker().source() == null) {
            // counts, spend and the requests' queue wait for the first rows (docs/decisions/0014-launch-time.md);
            // so does the status chart, whose first CSS pass and layout took ≈ 0.1 s of the first frame
            FirstRowsGate.holdUntilFirstRows(scene, vm.tracker());
            vm.tracker().firstRowsGate().run(STATUS_CHART, addChart);
        } else {
            addChart.run();
        }
        return scene;
    }

    /** What the first-rows gate holds the status chart's part for. */
    private static final Object STATUS_CHART = new Object();

    /** One FXML file, loaded with the window's bundle and these controllers. */
    private static Parent part(String fxml, Callback<Class<?>, Object> controllers) {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource(fxml), Texts.bundle());
        loader.setControllerFactory(controllers);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The window layout could not be loaded: " + fxml, e);
        }
    }

    private static Object controller(Class<?> type, MainViewModel vm, MainController main) {
        if (type == MainController.class) {
            return main;
        }
        if (type == FilterBarController.class) {
            return new FilterBarController(vm.tracker(), vm.export(), vm.imports(), vm.datePresets(), vm::say);
        }
        if (type == SavedViewsController.class) {
            return new SavedViewsController(vm.savedViews());
        }
        if (type == SummaryController.class) {
            return new SummaryController(vm.tracker(), vm.spend(), vm.requests());
        }
        if (type == SendTableController.class) {
            return new SendTableController(vm.tracker(), vm.details(), vm.cancelFlow(), vm.store());
        }
        if (type == DetailsController.class) {
            return new DetailsController(vm.details(), vm.cancelFlow());
        }
        if (type == StatusChartController.class) {
            return new StatusChartController(vm.tracker(), vm.details(), vm.spend());
        }
        if (type == StatusBarController.class) {
            return new StatusBarController(vm);
        }
        throw new IllegalArgumentException("No controller for " + type.getName());
    }
}
