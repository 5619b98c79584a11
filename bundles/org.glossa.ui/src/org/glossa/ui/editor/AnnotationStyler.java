package org.glossa.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.LineStyleEvent;
import org.eclipse.swt.custom.LineStyleListener;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.glossa.core.edit.SpanIndex;
import org.glossa.model.AnnotationSchema;
import org.glossa.model.Document;
import org.glossa.model.Layer;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.SchemaQuery;

/**
 * Styles one line at a time from the span index, so a megabyte document with tens of thousands of spans
 * costs only what is on screen. Overlapping and nested spans stay distinguishable because each kind of
 * layer uses its own channel: entity-like layers fill the background (the innermost one; an enclosing one
 * of the same kind gets a box), the first linking layer (quotes) is underlined and coloured, further linking layers
 * (claims) are boxed with a dashed border. Text outside the article body is greyed out.
 */
final class AnnotationStyler implements LineStyleListener {
    private static final Comparator<SpanAnnotation> OUTER_FIRST = Comparator
            .comparingInt((SpanAnnotation s) -> s.getEnd() - s.getBegin()).reversed();

    private final LabelColors colors;
    private Color outsideBody;
    private final Color selectionBorder;
    private final Color candidateBorder;
    private AnnotationSchema schema;
    private Document document;
    private SpanIndex index;
    private SpanAnnotation selected;
    private SpanAnnotation candidate;

    AnnotationStyler(LabelColors colors, Color outsideBody, Color selectionBorder, Color candidateBorder) {
        this.colors = colors;
        this.outsideBody = outsideBody;
        this.selectionBorder = selectionBorder;
        this.candidateBorder = candidateBorder;
    }

    void setInput(AnnotationSchema newSchema, Document newDocument, SpanIndex newIndex) {
        schema = newSchema;
        document = newDocument;
        index = newIndex;
    }

    /** The grey of the text outside the article body (darker in the high-contrast palette). */
    void setOutsideBody(Color color) {
        outsideBody = color;
    }

    void setSelected(SpanAnnotation span) {
        selected = span;
    }

    SpanAnnotation selected() {
        return selected;
    }

    SpanAnnotation candidate() {
        return candidate;
    }

    void setCandidate(SpanAnnotation span) {
        candidate = span;
    }

    @Override
    public void lineGetStyle(LineStyleEvent event) {
        StyleRange[] styles = styles(event.lineOffset, event.lineText.length());
        if (styles != null) {
            event.styles = styles;
        }
    }

    /** The styles of one line of the given start offset and length; null when there is nothing to style. */
    StyleRange[] styles(int lineBegin, int lineLength) {
        int lineEnd = lineBegin + lineLength;
        if (document == null || index == null || lineEnd == lineBegin) {
            return null;
        }
        List<SpanAnnotation> spans = index.overlapping(lineBegin, lineEnd);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(lineBegin, lineEnd));
        addCut(cuts, document.getBodyBegin(), lineBegin, lineEnd);
        addCut(cuts, document.getBodyEnd(), lineBegin, lineEnd);
        for (SpanAnnotation span : spans) {
            addCut(cuts, span.getBegin(), lineBegin, lineEnd);
            addCut(cuts, span.getEnd(), lineBegin, lineEnd);
        }
        List<StyleRange> styles = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            StyleRange style = styleFor(from, to, spans);
            if (style != null) {
                styles.add(style);
            }
            from = to;
        }
        return styles.toArray(StyleRange[]::new);
    }

    private static void addCut(TreeSet<Integer> cuts, int offset, int lineBegin, int lineEnd) {
        if (offset > lineBegin && offset < lineEnd) {
            cuts.add(offset);
        }
    }

    private StyleRange styleFor(int begin, int end, List<SpanAnnotation> lineSpans) {
        List<SpanAnnotation> covering = new ArrayList<>();
        for (SpanAnnotation span : lineSpans) {
            if (span.getBegin() <= begin && span.getEnd() >= end) {
                covering.add(span);
            }
        }
        boolean outside = begin < document.getBodyBegin() || begin >= document.getBodyEnd();
        if (covering.isEmpty() && !outside) {
            return null;
        }
        StyleRange style = new StyleRange();
        style.start = begin;
        style.length = end - begin;
        if (outside) {
            style.foreground = outsideBody;
        }
        covering.sort(OUTER_FIRST);
        for (SpanAnnotation span : covering) { // outer to inner: the innermost fill wins the background
            Layer layer = SchemaQuery.layer(schema, span.getLayer()).orElse(null);
            if (!LabelColors.isLinkingLayer(layer)) {
                if (style.background != null) {
                    // The enclosing span of the same kind keeps a box; locally it wins over a claim's dashes,
                    // which stay visible on the rest of the claim.
                    style.borderStyle = SWT.BORDER_SOLID;
                    style.borderColor = style.background;
                }
                style.background = colors.fill(span.getLayer(), span.getLabel());
                if (colors.isHighContrast() && style.borderStyle == SWT.NONE) {
                    style.borderStyle = SWT.BORDER_SOLID; // high contrast: every entity outlined in its darker shade
                    style.borderColor = colors.line(span.getLayer(), span.getLabel());
                }
            } else if (isFirstLinkingLayer(layer)) {
                // Quotes: underlined and in their colour, so they stay visible inside a claim's box.
                style.underline = true;
                style.underlineStyle = SWT.UNDERLINE_SINGLE;
                style.underlineColor = colors.line(span.getLayer(), span.getLabel());
                if (!outside) {
                    style.foreground = colors.line(span.getLayer(), span.getLabel());
                }
            } else {
                style.borderStyle = SWT.BORDER_DASH;
                style.borderColor = colors.line(span.getLayer(), span.getLabel());
            }
        }
        if (candidate != null && covering.contains(candidate)) {
            style.borderStyle = SWT.BORDER_DOT;
            style.borderColor = candidateBorder;
        }
        if (selected != null && covering.contains(selected)) {
            style.borderStyle = SWT.BORDER_SOLID;
            style.borderColor = selectionBorder;
        }
        return style;
    }

    private boolean isFirstLinkingLayer(Layer layer) {
        for (Layer each : schema.getLayers()) {
            if (LabelColors.isLinkingLayer(each)) {
                return each == layer;
            }
        }
        return false;
    }
}
