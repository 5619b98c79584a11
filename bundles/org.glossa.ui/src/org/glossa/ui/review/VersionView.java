package org.glossa.ui.review;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.glossa.agreement.study.SpanSnapshot;
import org.glossa.agreement.study.SpanSnapshot.LinkSnapshot;
import org.glossa.ui.editor.LabelColors;

/**
 * One annotator's version of a disagreement: the passage of the document around it, the version's span
 * highlighted in its label's colour and its link targets underlined, under a heading that names the annotator,
 * the label and the links. Two of these side by side show both versions.
 */
public final class VersionView {
    /** Characters shown before and after the place, cut at line ends. */
    private static final int CONTEXT = 220;

    private final Composite root;
    private final Label heading;
    private final StyledText text;
    private final Font bold;

    public VersionView(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(2, 2).spacing(2, 2).applyTo(root);
        heading = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        FontData[] data = heading.getFont().getFontData();
        for (FontData d : data) {
            d.setStyle(SWT.BOLD);
        }
        bold = new Font(heading.getDisplay(), data);
        heading.setFont(bold);
        text = new StyledText(root, SWT.BORDER | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        text.setMargins(6, 4, 6, 4);
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 80).applyTo(text);
        root.addDisposeListener(e -> bold.dispose());
    }

    public Composite control() {
        return root;
    }

    public StyledText textWidget() {
        return text;
    }

    public String headingText() {
        return heading.getText();
    }

    /**
     * Shows the passage [from, to) of the document text with the version in it.
     *
     * @param version the annotator's span there, or null when the annotator marked nothing
     */
    public void show(String annotator, String documentText, int from, int to, SpanSnapshot version, LabelColors colors) {
        int begin = lineStart(documentText, Math.max(0, from - CONTEXT), from);
        int end = lineEnd(documentText, Math.min(documentText.length(), to + CONTEXT), to);
        text.setText(documentText.substring(begin, end));
        List<StyleRange> styles = new ArrayList<>();
        if (version == null) {
            heading.setText(annotator + ": nothing marked here");
            StyleRange place = new StyleRange(from - begin, to - from, null, null);
            place.borderStyle = SWT.BORDER_DOT;
            styles.add(place);
        } else {
            heading.setText(annotator + ": " + version.label() + " \u201c" + clip(documentText.substring(version.begin(), version.end()))
                    + "\u201d" + links(version, documentText));
            StyleRange span = new StyleRange(version.begin() - begin, version.length(), null,
                    colors.fill(version.layer(), version.label()));
            span.borderStyle = SWT.BORDER_SOLID;
            span.borderColor = colors.line(version.layer(), version.label());
            styles.add(span);
            for (LinkSnapshot link : version.links()) {
                if (link.targetBegin() >= begin && link.targetEnd() <= end) {
                    StyleRange target = new StyleRange(link.targetBegin() - begin, link.targetEnd() - link.targetBegin(),
                            null, colors.fill(link.targetLayer(), link.targetLabel()));
                    target.underline = true;
                    target.underlineStyle = SWT.UNDERLINE_DOUBLE;
                    styles.add(target);
                }
            }
        }
        styles.sort(java.util.Comparator.comparingInt(s -> s.start));
        text.setStyleRanges(nonOverlapping(styles));
        text.setTopIndex(Math.max(0, text.getLineAtOffset(Math.max(0, from - begin)) - 1));
        root.layout(true);
    }

    public void clear(String message) {
        heading.setText(message);
        text.setText("");
    }

    private static String links(SpanSnapshot version, String documentText) {
        StringBuilder out = new StringBuilder();
        for (LinkSnapshot link : version.links()) {
            out.append("  \u2192 ").append(link.type()).append(": ").append(link.targetLabel()).append(" \u201c")
                    .append(clip(documentText.substring(link.targetBegin(), link.targetEnd()))).append('\u201d');
        }
        if (!version.attributes().isEmpty()) {
            out.append("  ").append(new java.util.TreeMap<>(version.attributes()));
        }
        return out.toString();
    }

    private static String clip(String words) {
        String flat = words.replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "\u2026";
    }

    /** StyledText refuses overlapping ranges: a link target inside the span is cut out of the span's range. */
    private static StyleRange[] nonOverlapping(List<StyleRange> styles) {
        List<StyleRange> result = new ArrayList<>();
        int covered = 0;
        for (StyleRange style : styles) {
            int start = Math.max(style.start, covered);
            int end = style.start + style.length;
            if (end > start) {
                StyleRange copy = (StyleRange) style.clone();
                copy.start = start;
                copy.length = end - start;
                result.add(copy);
                covered = end;
            }
        }
        return result.toArray(StyleRange[]::new);
    }

    private static int lineStart(String text, int at, int limit) {
        int newline = text.lastIndexOf('\n', limit - 1);
        return newline >= at ? newline + 1 : at;
    }

    private static int lineEnd(String text, int at, int limit) {
        int newline = text.indexOf('\n', limit);
        return newline >= 0 && newline <= at ? newline : at;
    }
}
