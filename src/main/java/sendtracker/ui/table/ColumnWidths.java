package sendtracker.ui.table;

import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import sendtracker.domain.Send;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;

/**
 * Column widths from what the columns hold, measured in the fonts tracker.css gives them: the
 * widest status badge always fits (a clipped "Confirming Address" reads as a different status),
 * Type fits every type's name, Tracking a usual tracking number; all stay resizable, and what
 * still does not fit shows in full as the cell's tooltip (SendCells).
 */
final class ColumnWidths {
    /** .table-cell padding (6 + 6) and a little air. */
    private static final double CELL = 12 + 2;
    /** .status-badge padding (9 + 9). */
    private static final double BADGE = 18;
    /** A common tracking number: UPS 1Z… (18), FedEx (12–15); USPS (22) shows in full in the tooltip. */
    private static final String COMMON_TRACKING = "1Z999AA10123456784";
    /** A common name of an "Other" type (the sends name those themselves). */
    private static final String COMMON_OTHER_TYPE = "Handwritten Notes";

    private ColumnWidths() {
    }

    static void size(TableColumn<Send, Send> type, TableColumn<Send, Send> campaign, TableColumn<Send, Send> status,
            TableColumn<Send, Send> tracking) {
        Font body = Font.font(Font.getDefault().getFamily(), 13);
        Font badge = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 12);
        Font mono = Font.font("DejaVu Sans Mono", 12);

        double widestStatus = 0;
        for (SendStatus s : SendStatus.values()) {
            widestStatus = Math.max(widestStatus, width(s.displayName(), badge));
        }
        fixMin(status, Math.ceil(widestStatus + BADGE + CELL));

        double widestType = 0;
        for (SendType t : SendType.values()) {
            widestType = Math.max(widestType, width(t.displayName(), body));
        }
        type.setMinWidth(Math.ceil(widestType + CELL));
        type.setPrefWidth(Math.ceil(Math.max(widestType, width(COMMON_OTHER_TYPE, body)) + CELL));

        campaign.setMinWidth(60);
        campaign.setPrefWidth(Math.ceil(width("Q4 Renewal Thank-you", body) + CELL));

        tracking.setMinWidth(60);
        tracking.setPrefWidth(Math.ceil(width(COMMON_TRACKING, mono) + CELL));
    }

    private static void fixMin(TableColumn<Send, Send> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
    }

    private static double width(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
