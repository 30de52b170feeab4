package sendtracker.ui;

import java.util.function.Predicate;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import sendtracker.domain.CancelRequest;
import sendtracker.domain.Send;
import sendtracker.domain.Texts;

/**
 * The right-hand column (details.fxml): the open send's details, drawn by {@link DetailsView}, and
 * above them, while the cancelRequestsFilter toggle is on, the queue of pending cancellation
 * requests, oldest first with their age (flagged past two working days); a click opens the send.
 */
public final class DetailsController {
    private final DetailsViewModel details;
    private final CancelFlow cancelFlow;

    @FXML private VBox detailsPane;
    @FXML private ScrollPane detailsScroll;
    @FXML private VBox detailsContent;
    @FXML private VBox cancelRequestsQueue;
    @FXML private HBox detailsCloseBar;
    @FXML private Button closeDetailsButton;
    @FXML private ListView<CancelRequest> cancelRequestsList;

    /** Selects a send's row in the table, false when it is not loaded there (set by the main window). */
    private Predicate<String> selectInTable = id -> false;

    public DetailsController(DetailsViewModel details, CancelFlow cancelFlow) {
        this.details = details;
        this.cancelFlow = cancelFlow;
    }

    /** A pick in the queue selects the send's row through {@code select} when the table holds it. */
    public void selectInTableWith(Predicate<String> select) {
        this.selectInTable = select;
    }

    /** Starts drawing; the details' buttons run {@code actions}. Another send is shown from its top. */
    public void connect(SendActions actions) {
        new DetailsView(detailsContent, details, cancelFlow, actions);
        details.sendProperty().addListener((obs, old, send) -> {
            if (send != null && (old == null || !old.id().equals(send.id()))) {
                detailsScroll.setVvalue(0);
            }
        });
        ViewBindings.showWhen(detailsCloseBar, details.sendProperty().isNotNull());
        closeDetailsButton.setTooltip(Labels.tooltip(Texts.get("ui.details.close.tip")));
        closeDetailsButton.setOnAction(e -> details.close());
        detailsPane.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && details.send() != null) {
                details.close();
                e.consume();
            }
        });
        connectQueue(cancelFlow.requests());
    }

    private void connectQueue(CancelRequestsViewModel requests) {
        if (requests == null) {
            ViewBindings.showWhen(cancelRequestsQueue, new SimpleBooleanProperty(false));
            cancelRequestsQueue.getChildren().remove(cancelRequestsList);
            return;
        }
        ViewBindings.showWhen(cancelRequestsQueue, requests.showQueueProperty());
        ViewBindings.addWhenFirstShown(cancelRequestsQueue, cancelRequestsList, requests.showQueueProperty());
        cancelRequestsList.setItems(requests.queue());
        cancelRequestsList.setPlaceholder(new Label(Texts.get("ui.requests.queue.empty")));
        cancelRequestsList.setCellFactory(list -> new ListCell<>() {
            {
                // as wide as the list, never wider: long lines wrap instead of scrolling sideways
                setPrefWidth(0);
                setWrapText(true);
            }

            @Override
            protected void updateItem(CancelRequest r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("request-overdue");
                if (empty || r == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                boolean late = r.isOverdue(requests.now());
                String text = Texts.get(late ? "ui.requests.queue.itemOverdue" : "ui.requests.queue.item", r.id(),
                        r.sendId(), r.state().displayName(), Formats.duration(r.age(requests.now())),
                        Formats.orDash(r.requestedBy()));
                setText(text);
                setTooltip(Labels.tooltip(text));
                if (late) {
                    getStyleClass().add("request-overdue");
                }
            }
        });
        cancelRequestsList.getSelectionModel().selectedItemProperty().addListener((obs, old, r) -> {
            // the table's row follows when it holds the send (it does while the toggle filters it)
            if (r != null && !selectInTable.test(r.sendId())) {
                requests.open(r, this::open);
            }
        });
    }

    /** View details: shows {@code send} from the top and moves the focus there. */
    public void open(Send send) {
        details.show(send);
        detailsScroll.setVvalue(0);
        detailsPane.requestFocus();
    }

    /** Puts the status chart's part at the column's foot (MainWindow adds it after the first rows). */
    void addChart(javafx.scene.Node chart) {
        detailsPane.getChildren().add(chart);
    }
}
