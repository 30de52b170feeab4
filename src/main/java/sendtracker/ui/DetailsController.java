package sendtracker.ui;

import javafx.fxml.FXML;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import sendtracker.domain.Send;

/** The right-hand column (details.fxml): the open send's details, drawn by {@link DetailsView}. */
public final class DetailsController {
    private final DetailsViewModel details;
    private final CancelFlow cancelFlow;

    @FXML private VBox detailsPane;
    @FXML private ScrollPane detailsScroll;
    @FXML private VBox detailsContent;

    public DetailsController(DetailsViewModel details, CancelFlow cancelFlow) {
        this.details = details;
        this.cancelFlow = cancelFlow;
    }

    /** Starts drawing; the details' buttons run {@code actions}. Another send is shown from its top. */
    public void connect(SendActions actions) {
        new DetailsView(detailsContent, details, cancelFlow, actions);
        details.sendProperty().addListener((obs, old, send) -> {
            if (send != null && (old == null || !old.id().equals(send.id()))) {
                detailsScroll.setVvalue(0);
            }
        });
    }

    /** View details: shows {@code send} from the top and moves the focus there. */
    public void open(Send send) {
        details.show(send);
        detailsScroll.setVvalue(0);
        detailsPane.requestFocus();
    }
}
