package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Chips and chart bars get their tooltip when first pointed at, and then keep exactly one. */
@ExtendWith(ApplicationExtension.class)
class TooltipWhenPointedFxTest {
    private Region bar;

    @Start
    void start(Stage stage) {
        bar = new Region();
        bar.setPrefSize(80, 30);
        Labels.tooltipWhenPointed(bar, "Delivered: 2,506 sends");
        stage.setScene(new Scene(new StackPane(bar), 200, 100));
        stage.show();
    }

    @Test
    void noTooltipUntilThePointerEntersThenOneWithTheText(FxRobot robot) {
        assertEquals(List.of(), tooltips(bar), "nothing made before anyone points at it");
        robot.interact(() -> Event.fireEvent(bar, entered()));
        assertEquals(List.of("Delivered: 2,506 sends"), tooltips(bar));
        robot.interact(() -> Event.fireEvent(bar, entered()));
        assertEquals(1, tooltips(bar).size(), "entering again makes no second one");
        robot.moveTo(bar);
        assertTrue(tooltips(bar).contains("Delivered: 2,506 sends"));
    }

    private static MouseEvent entered() {
        return new MouseEvent(MouseEvent.MOUSE_ENTERED, 10, 10, 10, 10, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null);
    }

    private static List<String> tooltips(Node node) {
        return node.getProperties().values().stream().filter(Tooltip.class::isInstance)
                .map(t -> ((Tooltip) t).getText()).collect(Collectors.toList());
    }
}
