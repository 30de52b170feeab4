package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Work after a pulse's frame: after that pulse's layout, on the FX thread, never inside the pulse. */
@ExtendWith(ApplicationExtension.class)
class FramePaintedFxTest {
    private Scene scene;
    private Label label;

    @Start
    void start(Stage stage) {
        label = new Label("before");
        scene = new Scene(new StackPane(label), 300, 200);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theWorkRunsOnTheFxThreadAfterThePulseThatLaidOutTheChangeAndOutsideIt() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        Platform.runLater(() -> {
            label.setText("after");
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    events.add("laid out: " + label.getText());
                }
            });
            FramePainted.afterThisPulse(scene,
                    () -> events.add("painted, on the FX thread: " + Platform.isFxApplicationThread()));
            // added after it, so it runs after FramePainted's own listener in the same pulse
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    events.add("pulse ending");
                }
            });
            events.add("asked");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> events.size() == 4);
        assertEquals(List.of("asked", "laid out: after", "pulse ending", "painted, on the FX thread: true"), events);
    }
}
