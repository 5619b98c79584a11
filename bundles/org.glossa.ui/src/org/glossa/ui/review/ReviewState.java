package org.glossa.ui.review;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.glossa.agreement.report.AgreementReport;
import org.glossa.core.edit.EditingSession;
import org.glossa.review.adjudication.Adjudicator;
import org.glossa.review.adjudication.DisagreementDecisions;

/**
 * Review mode's shared state: the curator's gold session, the latest agreement report and the cell of the agreement
 * tables the reviewer is looking at (layer, annotator pair, label). The Agreement part sets them; the
 * Disagreements part follows.
 */
public final class ReviewState {
    /** A cell of the agreement tables: a layer, two annotators and a label (null: all labels). */
    public record Cell(String layer, String a, String b, String label) {

        public Cell {
            Objects.requireNonNull(layer, "layer");
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
        }
    }

    private final EditingSession gold;
    private final DisagreementDecisions decisions;
    private AgreementReport report;
    private Cell cell;
    private final List<Consumer<AgreementReport>> reportListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Cell>> cellListeners = new CopyOnWriteArrayList<>();

    public ReviewState(EditingSession gold) {
        this.gold = gold;
        this.decisions = new DisagreementDecisions(new Adjudicator(gold));
    }

    /** The curator's gold session: decisions and auto-adjudication edit through it; Ctrl+S saves it. */
    public EditingSession gold() {
        return gold;
    }

    public DisagreementDecisions decisions() {
        return decisions;
    }

    public AgreementReport report() {
        return report;
    }

    public void setReport(AgreementReport newReport) {
        report = newReport;
        reportListeners.forEach(l -> l.accept(newReport));
    }

    public Cell cell() {
        return cell;
    }

    /** Opens a cell in the disagreement walker. */
    public void openCell(Cell newCell) {
        cell = newCell;
        cellListeners.forEach(l -> l.accept(newCell));
    }

    public Runnable onReport(Consumer<AgreementReport> listener) {
        reportListeners.add(listener);
        return () -> reportListeners.remove(listener);
    }

    public Runnable onCell(Consumer<Cell> listener) {
        cellListeners.add(listener);
        return () -> cellListeners.remove(listener);
    }
}
