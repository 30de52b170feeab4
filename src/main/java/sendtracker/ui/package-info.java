/**
 * The Send Tracker window: one FXML part and controller per area over toolkit-free view-models
 * (docs/decisions/0008-one-fxml-part-per-area.md).
 */
package sendtracker.ui;
