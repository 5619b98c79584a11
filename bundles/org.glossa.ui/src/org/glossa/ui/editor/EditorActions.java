package org.glossa.ui.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.swt.graphics.Point;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.edit.SpanIndex;
import org.glossa.model.AttributeDefinition;
import org.glossa.model.Document;
import org.glossa.model.Label;
import org.glossa.model.Layer;
import org.glossa.model.LinkType;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.AttributeValues;
import org.glossa.model.query.SchemaQuery;
import org.glossa.text.SelectionExpansion;
import org.glossa.text.TextRegion;
import org.glossa.text.WordSteps;
import org.glossa.ui.EditorState;

/**
 * What the annotator can do in the editor, independent of which key or click asked for it. Each data change
 * is one call on the {@link EditingSession}, hence one undoable command.
 */
final class EditorActions {
    /** A label reachable by a hot key. */
    record HotKeyTarget(String layer, String label) {
    }

    private final DocumentEditor editor;
    private final EditingSession session;
    private final EditorState state;
    private final Map<Character, HotKeyTarget> hotKeys = new HashMap<>();
    private LinkMode linkMode;
    private SelectionExpansion expansion;
    private Document expansionDocument;
    /** The selections that Alt+Shift+Up grew from, innermost last, for Alt+Shift+Down. */
    private final Deque<Point> grownFrom = new ArrayDeque<>();

    EditorActions(DocumentEditor editor, EditingSession session, EditorState state) {
        this.editor = editor;
        this.session = session;
        this.state = state;
        schemaChanged();
    }

    void schemaChanged() {
        hotKeys.clear();
        for (Layer layer : session.store().schema().getLayers()) {
            for (Label label : layer.getLabels()) {
                if (label.getHotKey() != null && label.getHotKey().length() == 1) {
                    hotKeys.put(Character.toLowerCase(label.getHotKey().charAt(0)), new HotKeyTarget(layer.getName(), label.getName()));
                }
            }
        }
    }

    Optional<HotKeyTarget> hotKey(char key) {
        return Optional.ofNullable(hotKeys.get(Character.toLowerCase(key)));
    }

    /**
     * Labels the selected text (snapped to words and trimmed unless {@code snapToWords} is false), or relabels
     * the selected span when no text is selected.
     */
    void applyLabel(String layer, String label, boolean snapToWords) {
        if (editor.isReadOnly()) {
            editor.status("Read-only: these are " + state.viewedAnnotator() + "'s annotations (review mode).");
            return;
        }
        if (editor.document() == null) {
            return;
        }
        Point selection = editor.textWidget().getSelection();
        SpanAnnotation selected = state.selectedSpan();
        try {
            if (selection.x == selection.y) {
                if (selected == null) {
                    editor.status("Select some text first, then press a label's key.");
                    return;
                }
                session.changeLabel(selected, layer, label);
                return;
            }
            TextRegion region = editor.snapper().snap(selection.x, selection.y, snapToWords);
            if (region.begin() >= region.end()) {
                editor.status("Only white space is selected.");
                return;
            }
            if (selected != null && selected.getBegin() == region.begin() && selected.getEnd() == region.end()) {
                session.changeLabel(selected, layer, label);
                return;
            }
            SpanAnnotation created = session.createSpan(editor.document(), layer, label, region.begin(), region.end());
            state.selectSpan(created);
        } catch (IllegalArgumentException e) {
            editor.status(e.getMessage());
        }
    }

    void deleteSelected() {
        if (editor.isReadOnly()) {
            editor.status("Read-only: these are " + state.viewedAnnotator() + "'s annotations (review mode).");
            return;
        }
        SpanAnnotation selected = state.selectedSpan();
        if (selected != null) {
            SpanAnnotation neighbour = editor.index().next(selected, selected.getBegin()).orElse(null);
            session.deleteSpans(List.of(selected));
            state.selectSpan(neighbour != null && neighbour.getSet() != null ? neighbour : null);
        }
    }

    void selectNeighbour(boolean forward) {
        if (editor.index() == null) {
            return;
        }
        if (linkMode != null) {
            moveCandidate(forward);
            return;
        }
        SpanAnnotation current = state.selectedSpan();
        int caret = editor.textWidget().getCaretOffset();
        SpanIndex index = editor.index();
        Optional<SpanAnnotation> next = forward ? index.next(current, caret) : index.previous(current, caret);
        next.ifPresent(state::selectSpan);
    }

    /**
     * Grows the text selection to the enclosing word, quotation, sentence or paragraph (Alt+Shift+Up, as Eclipse's
     * "expand selection to enclosing element"): a quote or a claim is selected with a key or two.
     */
    void expandSelection() {
        if (editor.document() == null) {
            return;
        }
        if (expansionDocument != editor.document()) {
            expansion = new SelectionExpansion(editor.textWidget().getText());
            expansionDocument = editor.document();
            grownFrom.clear();
        }
        Point selection = editor.textWidget().getSelection();
        expansion.expand(selection.x, selection.y).ifPresent(region -> {
            grownFrom.push(selection);
            editor.textWidget().setSelection(region.begin(), region.end());
            editor.textWidget().showSelection();
        });
    }

    /** Goes back to the selection the last Alt+Shift+Up grew from (Alt+Shift+Down). */
    void shrinkSelection() {
        Point current = editor.textWidget().getSelection();
        while (!grownFrom.isEmpty()) {
            Point previous = grownFrom.pop();
            if (previous.x >= current.x && previous.y <= current.y && !previous.equals(current)) {
                editor.textWidget().setSelection(previous.x, previous.y);
                return;
            }
        }
    }

    /** Moves one edge of the selected span by a word (or to the next word boundary). */
    void moveEdge(boolean moveBegin, boolean forward) {
        if (editor.isReadOnly()) {
            editor.status("Read-only: these are " + state.viewedAnnotator() + "'s annotations (review mode).");
            return;
        }
        SpanAnnotation span = state.selectedSpan();
        if (span == null) {
            return;
        }
        WordSteps steps = editor.wordSteps();
        int begin = span.getBegin();
        int end = span.getEnd();
        if (moveBegin) {
            begin = forward ? steps.nextWordStart(begin, end) : steps.previousWordStart(begin);
        } else {
            end = forward ? steps.nextWordEnd(end) : steps.previousWordEnd(end, begin);
        }
        if (begin < end && (begin != span.getBegin() || end != span.getEnd())) {
            try {
                session.setBoundaries(span, begin, end);
                editor.reportStatus();
            } catch (IllegalArgumentException e) {
                editor.status(e.getMessage());
            }
        }
    }

    /**
     * Starts choosing the target of the selected span's first link type (speaker, claimant); in link mode, switches
     * to the source's next link type (the cue), wrapping around, and says so in the status line.
     */
    void startOrSwitchLinkMode() {
        if (editor.isReadOnly()) {
            editor.status("Read-only: these are " + state.viewedAnnotator() + "'s annotations (review mode).");
            return;
        }
        SpanAnnotation source = linkMode != null ? linkMode.source : state.selectedSpan();
        if (source == null) {
            editor.status("Select a quote or claim first (Alt+Right / Alt+Left or click), then Ctrl+L.");
            return;
        }
        Layer layer = SchemaQuery.layer(session.store().schema(), source.getLayer()).orElse(null);
        if (layer == null || layer.getLinkTypes().isEmpty()) {
            editor.status("Spans of layer " + source.getLayer() + " have no links.");
            return;
        }
        int typeNumber = linkMode == null ? 0 : (linkMode.typeNumber + 1) % layer.getLinkTypes().size();
        LinkType type = layer.getLinkTypes().get(typeNumber);
        Set<String> targets = type.getTargetLayers().stream().map(Layer::getName).collect(Collectors.toSet());
        linkMode = new LinkMode(source, typeNumber, type.getName(), targets);
        SpanAnnotation first = nearestCandidate(source, targets);
        linkMode.candidate = first;
        editor.setCandidate(first);
        editor.reportStatus();
    }

    /**
     * Sets the selected span's first enumerated attribute (a quote's type, a claim's stance) to the value after
     * (before) the one in effect: one undoable command per key press.
     */
    void stepAttribute(boolean forward) {
        SpanAnnotation span = editableSelectedSpan();
        if (span == null) {
            return;
        }
        Layer layer = SchemaQuery.layer(session.store().schema(), span.getLayer()).orElse(null);
        Optional<AttributeDefinition> attribute = AttributeValues.firstEnumerated(layer);
        if (attribute.isEmpty()) {
            editor.status("Spans of layer " + span.getLayer() + " have no attribute with a list of values.");
            return;
        }
        AttributeDefinition definition = attribute.get();
        AttributeValues.step(span, definition, forward).ifPresent(value -> setAttribute(span, definition, value));
    }

    /** Opens the quick-pick of the selected span's attribute values; the chosen one is set as one command. */
    void pickAttribute() {
        SpanAnnotation span = editableSelectedSpan();
        if (span == null) {
            return;
        }
        Layer layer = SchemaQuery.layer(session.store().schema(), span.getLayer()).orElse(null);
        List<AttributePicker.Choice> choices = AttributePicker.choicesOf(layer, span);
        if (choices.isEmpty()) {
            editor.status("Spans of layer " + span.getLayer() + " have no attribute with a list of values.");
            return;
        }
        new AttributePicker(editor.textWidget(), choices, choice -> {
            if (span.getSet() != null) {
                setAttribute(span, choice.attribute(), choice.value());
            }
        }).open();
    }

    private void setAttribute(SpanAnnotation span, AttributeDefinition attribute, String value) {
        try {
            session.setAttribute(span, attribute.getName(), value);
            editor.status(attribute.getName() + " = " + AttributeValues.display(attribute, value)
                    + " (Alt+Down / Alt+Up: next / previous value, Ctrl+Enter: all attributes)");
        } catch (IllegalArgumentException e) {
            editor.status(e.getMessage());
        }
    }

    /** The selected span when it may be changed; otherwise null, with the reason in the status line. */
    private SpanAnnotation editableSelectedSpan() {
        if (editor.isReadOnly()) {
            editor.status("Read-only: these are " + state.viewedAnnotator() + "'s annotations (review mode).");
            return null;
        }
        SpanAnnotation span = state.selectedSpan();
        if (span == null) {
            editor.status("Select a span first (Alt+Right / Alt+Left or click).");
        }
        return span;
    }

    private SpanAnnotation nearestCandidate(SpanAnnotation source, Set<String> layers) {
        SpanIndex index = editor.index();
        SpanAnnotation after = index.next(null, source.getEnd(), layers).orElse(null);
        SpanAnnotation before = index.previous(null, source.getBegin(), layers).orElse(null);
        // Inside the span first (speakers are rarely inside a quote, but claimants often are in claims).
        for (SpanAnnotation inside : index.overlapping(source.getBegin(), source.getEnd())) {
            if (inside != source && layers.contains(inside.getLayer())) {
                if (before == null || Math.abs(inside.getBegin() - source.getBegin()) < Math.abs(before.getEnd() - source.getBegin())) {
                    before = inside;
                }
            }
        }
        if (after == null) {
            return before;
        }
        if (before == null) {
            return after;
        }
        return after.getBegin() - source.getEnd() <= source.getBegin() - before.getEnd() ? after : before;
    }

    private void moveCandidate(boolean forward) {
        SpanIndex index = editor.index();
        SpanAnnotation current = linkMode.candidate;
        int from = current != null ? current.getBegin() : linkMode.source.getBegin();
        Optional<SpanAnnotation> next = forward ? index.next(current, from, linkMode.targetLayers)
                : index.previous(current, from, linkMode.targetLayers);
        next.filter(s -> s != linkMode.source).ifPresent(candidate -> {
            linkMode.candidate = candidate;
            editor.setCandidate(candidate);
            editor.reportStatus();
        });
    }

    /** Confirms the link to the candidate; returns whether link mode was active. */
    boolean confirmLink() {
        if (linkMode == null) {
            return false;
        }
        LinkMode mode = linkMode;
        endLinkMode();
        if (mode.candidate != null) {
            try {
                session.link(mode.source, mode.linkType, mode.candidate);
                editor.status("Linked " + mode.linkType + " → " + mode.candidate.getLabel() + " \""
                        + StatusText.excerpt(editor.textWidget(), mode.candidate) + "\"");
            } catch (IllegalArgumentException e) {
                editor.status(e.getMessage());
            }
        }
        return true;
    }

    /** Leaves link mode, or deselects the span; returns whether anything happened. */
    boolean escape() {
        if (linkMode != null) {
            endLinkMode();
            editor.status("Link cancelled.");
            return true;
        }
        if (state.selectedSpan() != null) {
            state.selectSpan(null);
            return true;
        }
        return false;
    }

    private void endLinkMode() {
        linkMode = null;
        editor.setCandidate(null);
    }

    void clickedSpan(SpanAnnotation span) {
        if (linkMode != null) {
            if (linkMode.targetLayers.contains(span.getLayer()) && span != linkMode.source) {
                linkMode.candidate = span;
                editor.setCandidate(span);
                confirmLink();
            } else {
                editor.status("A " + linkMode.linkType + " must be a span of " + String.join(" or ", linkMode.targetLayers));
            }
            return;
        }
        state.selectSpan(span);
    }

    void clickOutsideSpans() {
        if (linkMode == null) {
            state.selectSpan(null);
        }
    }

    void undo() {
        if (editor.isReadOnly()) {
            editor.status("Read-only: these are " + state.viewedAnnotator() + "'s annotations (review mode).");
            return;
        }
        if (session.canUndo()) {
            String label = session.undoLabel();
            session.undo();
            editor.status("Undone: " + label);
        }
    }

    void redo() {
        if (editor.isReadOnly()) {
            editor.status("Read-only: these are " + state.viewedAnnotator() + "'s annotations (review mode).");
            return;
        }
        if (session.canRedo()) {
            String label = session.redoLabel();
            session.redo();
            editor.status("Redone: " + label);
        }
    }

    String linkModeDescription() {
        if (linkMode == null) {
            return null;
        }
        return "Link mode: choose the " + linkMode.linkType
                + " (Alt+→/← to move, Enter to link, Ctrl+L: next link type, Esc to cancel)";
    }

    /** The span being linked, its link type and the current candidate target. */
    private static final class LinkMode {
        final SpanAnnotation source;
        final int typeNumber;
        final String linkType;
        final Set<String> targetLayers;
        SpanAnnotation candidate;

        LinkMode(SpanAnnotation source, int typeNumber, String linkType, Set<String> targetLayers) {
            this.source = source;
            this.typeNumber = typeNumber;
            this.linkType = linkType;
            this.targetLayers = targetLayers;
        }
    }
}
