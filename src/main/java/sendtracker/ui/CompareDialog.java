package sendtracker.ui;

import java.nio.file.Path;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import sendtracker.domain.Texts;

/**
 * File → Compare two exports…: pick the old and the new export, compare, filter, export the
 * rows. Ids for TestFX (docs/design.md §6): compareDialog; also compareOldButton,
 * compareNewButton, compareRunButton, compareSummary, compareFilter, compareTable,
 * compareExportButton.
 */
public record CompareDialog(CompareViewModel vm) implements WindowDialog<Void> {

    @Override
    public Dialog<Void> build() {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("ui.compare.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setId("compareDialog");
        pane.setHeaderText(Texts.get("ui.compare.header"));

        HBox oldRow = fileRow("compareOldButton", "ui.compare.old", vm.oldFileProperty(), vm::chooseOld);
        HBox newRow = fileRow("compareNewButton", "ui.compare.new", vm.newFileProperty(), vm::chooseNew);
        Button run = new Button(Texts.get("ui.compare.run"));
        run.setId("compareRunButton");
        run.disableProperty().bind(vm.oldFileProperty().isNull().or(vm.newFileProperty().isNull())
                .or(vm.runningProperty()));
        run.setOnAction(e -> vm.compare());
        Label summary = new Label();
        summary.setId("compareSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        vm.failedProperty().addListener((obs, was, bad) -> {
            summary.getStyleClass().remove("compare-error");
            if (bad) {
                summary.getStyleClass().add("compare-error");
            }
        });
        HBox runRow = new HBox(10, run, summary);
        runRow.setAlignment(Pos.CENTER_LEFT);

        TextField filter = new TextField();
        filter.setId("compareFilter");
        filter.setPromptText(Texts.get("ui.compare.filter"));
        filter.textProperty().bindBidirectional(vm.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Button export = new Button(Texts.get("ui.compare.export"));
        export.setId("compareExportButton");
        export.disableProperty().bind(Bindings.isEmpty(vm.shownRows()));
        export.setOnAction(e -> vm.export());
        HBox filterRow = new HBox(10, filter, export);
        filterRow.setAlignment(Pos.CENTER_LEFT);

        TableView<CompareViewModel.Row> table = new TableView<>(vm.shownRows());
        table.setId("compareTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("Send ID", CompareViewModel.Row::id));
        table.getColumns().add(column(Texts.get("ui.compare.col.change"), CompareViewModel.Row::change));
        table.getColumns().add(column(Texts.get("ui.compare.col.field"), CompareViewModel.Row::field));
        table.getColumns().add(column(Texts.get("ui.compare.col.from"), CompareViewModel.Row::from));
        table.getColumns().add(column(Texts.get("ui.compare.col.to"), CompareViewModel.Row::to));
        Label placeholder = new Label();
        placeholder.setId("comparePlaceholder");
        placeholder.textProperty().bind(vm.emptyTextProperty());
        table.setPlaceholder(placeholder);
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox body = new VBox(10, oldRow, newRow, runRow, filterRow, table);
        body.setPrefSize(760, 480);
        pane.setContent(body);
        pane.getButtonTypes().setAll(new ButtonType(Texts.get("ui.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(button -> null);
        return dialog;
    }

    private static HBox fileRow(String id, String key, ObservableValue<Path> file, Runnable choose) {
        Label name = new Label();
        name.setId(id.replace("Button", "File"));
        name.textProperty().bind(Bindings.createStringBinding(() -> file.getValue() == null
                ? Texts.get("ui.compare.noFile") : file.getValue().toString(), file));
        Button pick = new Button(Texts.get(key));
        pick.setId(id);
        pick.setOnAction(e -> choose.run());
        HBox row = new HBox(10, pick, name);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static TableColumn<CompareViewModel.Row, String> column(String title,
            Function<CompareViewModel.Row, String> cell) {
        TableColumn<CompareViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(cell.apply(d.getValue())));
        return c;
    }
}
