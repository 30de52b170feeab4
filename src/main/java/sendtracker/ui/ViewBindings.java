package sendtracker.ui;

import java.util.function.Function;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.util.StringConverter;

/** Bindings every part of the window uses: show a node only while a condition holds (or add it when first needed), and show values as text. */
public final class ViewBindings {
    private ViewBindings() {
    }

    /** Shown, and taking room in the layout, only while {@code condition} holds. */
    public static void showWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /**
     * Puts {@code child} into {@code parent} (where it stands now) only when {@code shown} first
     * holds, and leaves it there: a hidden control still gets its skin and styles at the window's
     * first CSS pass, so a part that is rarely opened costs the first frame nothing
     * (docs/decisions/0014-launch-time.md).
     */
    public static void addWhenFirstShown(Pane parent, Node child, ObservableValue<Boolean> shown) {
        if (Boolean.TRUE.equals(shown.getValue())) {
            return;
        }
        int at = parent.getChildren().indexOf(child);
        parent.getChildren().remove(child);
        shown.addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (Boolean.TRUE.equals(now)) {
                    shown.removeListener(this);
                    parent.getChildren().add(Math.min(Math.max(at, 0), parent.getChildren().size()), child);
                }
            }
        });
    }

    /** Shows values through {@code show} (null as ""); display only, never parsed back. */
    public static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("display only");
            }
        };
    }
}
