package org.glossa.ui.editor;

import org.eclipse.swt.graphics.Rectangle;
import org.glossa.model.SpanAnnotation;

/**
 * A span's label as drawn above its first visual line.
 *
 * @param box the chip, in the widget's client coordinates
 * @param textTop the top of the visual line the span starts on
 * @param textHeight that line's height without its spacing
 * @param shown the label as it fits the chip: whole, abbreviated ("QUO…", "Q") or empty
 */
record LabelChip(SpanAnnotation span, Rectangle box, int textTop, int textHeight, String shown) {
    /** A label cut to a width: whole if it fits, else its start and an ellipsis, else its first letter, else nothing. */
    static String abbreviate(String label, int width, java.util.function.ToIntFunction<String> widthOf) {
        if (widthOf.applyAsInt(label) <= width) {
            return label;
        }
        for (int keep = label.length() - 1; keep >= 2; keep--) {
            String cut = label.substring(0, keep) + "…";
            if (widthOf.applyAsInt(cut) <= width) {
                return cut;
            }
        }
        String first = label.substring(0, Math.min(1, label.length()));
        return widthOf.applyAsInt(first) <= width ? first : "";
    }
}
