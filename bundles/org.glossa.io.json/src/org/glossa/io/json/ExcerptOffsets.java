package org.glossa.io.json;

import org.glossa.model.SpanAnnotation;
import org.glossa.text.CodePoints;
import org.glossa.text.TextRegion;

/**
 * Code point offsets relative to an excerpt of a document's text (its body, or one sentence): what the JSON
 * formats write, since the records carry the excerpt, not the whole text.
 */
final class ExcerptOffsets {
    private final CodePoints codePoints;
    private final TextRegion excerpt;
    private final int excerptStart;
    private final String excerptText;
    private CodePoints excerptCodePoints;

    ExcerptOffsets(String text, CodePoints codePoints, TextRegion excerpt) {
        this.codePoints = codePoints;
        this.excerpt = excerpt;
        this.excerptStart = codePoints.toCodePoint(excerpt.begin());
        this.excerptText = excerpt.coveredText(text);
        if (excerpt.begin() == 0 && excerpt.end() == text.length()) {
            excerptCodePoints = codePoints; // the excerpt is the whole text: its code points are known
        }
    }

    /** The excerpt's text, which the record carries. */
    String text() {
        return excerptText;
    }

    /** The excerpt's own start in the whole text, in code points. */
    int excerptStart() {
        return excerptStart;
    }

    boolean contains(SpanAnnotation span) {
        return span.getBegin() >= excerpt.begin() && span.getEnd() <= excerpt.end();
    }

    int start(SpanAnnotation span) {
        return codePoints.toCodePoint(span.getBegin()) - excerptStart;
    }

    int end(SpanAnnotation span) {
        return codePoints.toCodePoint(span.getEnd()) - excerptStart;
    }

    /**
     * What a reader of the record finds at the span's written offsets: the excerpt sliced in code points, as Python
     * slices it. Computed from the excerpt alone, so verifying it against the covered text checks the conversion.
     */
    String slice(SpanAnnotation span) {
        if (excerptCodePoints == null) {
            excerptCodePoints = CodePoints.of(excerptText);
        }
        return excerptText.substring(excerptCodePoints.toUtf16(start(span)), excerptCodePoints.toUtf16(end(span)));
    }
}
