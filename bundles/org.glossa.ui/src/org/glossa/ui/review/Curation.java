package org.glossa.ui.review;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.glossa.agreement.adjudication.AdjudicationResult;
import org.glossa.agreement.diff.Disagreement;
import org.glossa.agreement.report.AgreementReport;
import org.glossa.agreement.study.SpanSnapshot;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.storage.DamagedFileException;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.SchemaQuery;
import org.glossa.ui.dialogs.EditGoldSpanDialog;

/**
 * The curator's decisions on the disagreements the walker lists, applied to gold through the {@link ReviewState}'s
 * adjudicator: each one undoable in the gold session. The walker's snapshots are mapped back to the annotators'
 * spans by id.
 */
public final class Curation {
    /** What the curator chose for one disagreement. */
    public enum Choice {
        FIRST, SECOND, MERGE, NOTHING
    }

    /** A step that may fail with a message for the status line. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    private final ReviewState review;
    private final ProjectStore store;

    public Curation(ReviewState review, ProjectStore store) {
        this.review = review;
        this.store = store;
    }

    public AdjudicationResult decide(Disagreement d, Choice choice) throws Exception {
        Document document = document(d);
        SpanAnnotation first = model(document, d.a(), d.versionA());
        SpanAnnotation second = model(document, d.b(), d.versionB());
        return switch (choice) {
            case FIRST -> first == null ? nothing(document, d, first, second)
                    : review.adjudicator().accept(document, first, second == null ? List.of() : List.of(second));
            case SECOND -> second == null ? nothing(document, d, first, second)
                    : review.adjudicator().accept(document, second, first == null ? List.of() : List.of(first));
            case MERGE -> first != null && second != null ? review.adjudicator().merge(document, List.of(first, second))
                    : review.adjudicator().accept(document, first != null ? first : second, List.of());
            case NOTHING -> nothing(document, d, first, second);
        };
    }

    /** Gold keeps nothing of either version here. */
    private AdjudicationResult nothing(Document document, Disagreement d, SpanAnnotation first, SpanAnnotation second)
            throws DamagedFileException {
        List<SpanAnnotation> inGold = new ArrayList<>();
        for (SpanAnnotation span : gold().set(document).getSpans()) {
            if (same(span, d.versionA()) || same(span, d.versionB())) {
                inGold.add(span);
            }
        }
        gold().deleteSpans(inGold);
        return new AdjudicationResult(List.of(), inGold.size(), 0, List.of());
    }

    public String describe(Choice choice, Disagreement d, AdjudicationResult result) {
        String what = switch (choice) {
            case FIRST -> d.versionA() == null ? "Nothing here (as " + d.a() + ")" : "Accepted " + d.a() + "'s version";
            case SECOND -> d.versionB() == null ? "Nothing here (as " + d.b() + ")" : "Accepted " + d.b() + "'s version";
            case MERGE -> "Merged the versions";
            case NOTHING -> "Nothing here in gold";
        };
        String replaced = result.replaced() > 0 ? ", replaced " + result.replaced() + " gold span" + (result.replaced() == 1 ? "" : "s") : "";
        String extra = result.created().size() > 1 ? ", " + (result.created().size() - 1) + " link target"
                + (result.created().size() == 2 ? "" : "s") + " brought along" : "";
        String notes = result.notes().isEmpty() ? "" : " (" + String.join("; ", result.notes()) + ")";
        return what + replaced + extra + notes + ".";
    }

    /** Opens the gold span of the place for editing (accepting a version first when gold has none). */
    public String edit(Shell shell, Disagreement d) throws Exception {
        Document document = document(d);
        SpanAnnotation target = goldSpan(document, d);
        if (target == null) {
            AdjudicationResult accepted = decide(d, d.versionA() != null ? Choice.FIRST : Choice.SECOND);
            target = accepted.created().isEmpty() ? null : accepted.created().get(0);
        }
        if (target == null) {
            return "Nothing to edit here.";
        }
        EditGoldSpanDialog dialog = new EditGoldSpanDialog(shell, store.text(document), target,
                SchemaQuery.layer(store.schema(), target.getLayer()).orElseThrow());
        if (dialog.open() != EditGoldSpanDialog.OK) {
            return null;
        }
        gold().setBoundaries(target, dialog.begin(), dialog.end());
        gold().changeLabel(target, target.getLayer(), dialog.label());
        return "Edited the gold span: " + dialog.label() + " [" + dialog.begin() + ", " + dialog.end() + ").";
    }

    /** Adds what at least {@code quorum} annotators agree on, in every document the report compared. */
    public String auto(AgreementReport report, int quorum) throws Exception {
        int added = 0;
        int undecided = 0;
        List<String> layers = report.layers().stream().map(AgreementReport.LayerReport::layer).toList();
        for (String id : report.documents()) {
            Document document = store.document(id).orElseThrow();
            AdjudicationResult result = review.adjudicator().auto(document, report.annotators(), layers,
                    Math.min(quorum, report.annotators().size()));
            added += result.created().size();
            undecided += result.undecided();
        }
        return "Gold: " + added + " agreed span" + (added == 1 ? "" : "s") + " added (quorum " + quorum + " of "
                + report.annotators().size() + ", layer " + String.join(", ", layers) + "); " + undecided
                + " left to decide. Ctrl+S saves.";
    }

    public void save() throws Exception {
        gold().save();
    }

    public void undo() {
        if (gold().canUndo()) {
            gold().undo();
        }
    }

    /** Which version gold holds at the place: a short word for the list's Gold column. */
    public String goldState(Disagreement d) {
        try {
            Document document = document(d);
            boolean hasA = false;
            boolean hasB = false;
            boolean other = false;
            for (SpanAnnotation span : gold().set(document).getSpans()) {
                if (same(span, d.versionA())) {
                    hasA = true;
                } else if (same(span, d.versionB())) {
                    hasB = true;
                } else if (span.getLayer().equals(layer(d)) && span.getBegin() < d.end() && d.begin() < span.getEnd()) {
                    other = true;
                }
            }
            return hasA && hasB ? "both" : hasA ? d.a() : hasB ? d.b() : other ? "other" : "\u2014";
        } catch (Exception e) {
            return "?";
        }
    }

    public String goldDescription(Disagreement d) {
        try {
            Document document = document(d);
            String text = store.text(document);
            List<String> here = new ArrayList<>();
            for (SpanAnnotation span : gold().set(document).getSpans()) {
                if (span.getLayer().equals(layer(d)) && span.getBegin() < d.end() && d.begin() < span.getEnd()) {
                    here.add(span.getLabel() + " \u201c" + text.substring(span.getBegin(), span.getEnd()) + "\u201d");
                }
            }
            return here.isEmpty() ? "nothing yet" : String.join(", ", here);
        } catch (Exception e) {
            return e.getMessage();
        }
    }

    private EditingSession gold() {
        return review.gold();
    }

    private SpanAnnotation goldSpan(Document document, Disagreement d) throws DamagedFileException {
        for (SpanAnnotation span : gold().set(document).getSpans()) {
            if (same(span, d.versionA()) || same(span, d.versionB())) {
                return span;
            }
        }
        return null;
    }

    private Document document(Disagreement d) {
        return store.document(d.documentId()).orElseThrow(() -> new IllegalStateException("no document " + d.documentId()));
    }

    private SpanAnnotation model(Document document, String annotator, SpanSnapshot version) throws DamagedFileException {
        if (version == null) {
            return null;
        }
        for (SpanAnnotation span : store.annotations(document, annotator).getSpans()) {
            if (span.getId().equals(version.id())) {
                return span;
            }
        }
        throw new IllegalStateException(annotator + "'s span changed since agreement was computed; wait for the update");
    }

    private static String layer(Disagreement d) {
        return d.versionA() != null ? d.versionA().layer() : d.versionB().layer();
    }

    private static boolean same(SpanAnnotation span, SpanSnapshot version) {
        return version != null && span.getLayer().equals(version.layer()) && span.getLabel().equals(version.label())
                && span.getBegin() == version.begin() && span.getEnd() == version.end();
    }
}
