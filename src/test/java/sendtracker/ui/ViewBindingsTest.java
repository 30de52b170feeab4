package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.junit.jupiter.api.Test;

/** A rarely opened part joins its parent, in its place, the first time it is shown, and stays. */
class ViewBindingsTest {

    @Test
    void aHiddenPartLeavesItsParentUntilFirstShownThenComesBackInItsPlaceAndStays() {
        Region title = new Region();
        Region list = new Region();
        Region footer = new Region();
        VBox box = new VBox(title, list, footer);
        SimpleBooleanProperty shown = new SimpleBooleanProperty(false);

        ViewBindings.addWhenFirstShown(box, list, shown);
        assertEquals(List.of(title, footer), box.getChildren());

        shown.set(true);
        assertEquals(List.of(title, list, footer), box.getChildren());
        shown.set(false);
        shown.set(true);
        assertEquals(List.of(title, list, footer), box.getChildren(), "added once, never removed or added again");
        assertSame(box, list.getParent());
    }

    @Test
    void aPartAlreadyShownStaysWhereItIs() {
        Region list = new Region();
        VBox box = new VBox(list);
        ViewBindings.addWhenFirstShown(box, list, new SimpleBooleanProperty(true));
        assertEquals(List.of(list), box.getChildren());
    }
}
