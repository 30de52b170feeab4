package sendtracker.ui;

import java.util.function.Function;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.util.StringConverter;

/** Two bindings every part of the window uses: show a node only while a condition holds, and show values as text. */
public final class ViewBindings {
    private ViewBindings() {
    }

    /** Shown, and taking room in the layout, only while {@code condition} holds. */
    public static void showWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
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
