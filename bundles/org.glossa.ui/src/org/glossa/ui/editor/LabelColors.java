package org.glossa.ui.editor;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.glossa.model.AnnotationSchema;
import org.glossa.model.Label;
import org.glossa.model.Layer;
import org.glossa.model.query.SchemaQuery;

/** The schema's label colours as SWT colours, plus a darker shade of each for lines and borders. */
public final class LabelColors {
    private static final RGB FALLBACK = new RGB(0xcc, 0xcc, 0xcc);
    private final Map<String, Color> fill = new HashMap<>();
    private final Map<String, Color> line = new HashMap<>();
    private AnnotationSchema schema;

    public LabelColors(AnnotationSchema schema) {
        this.schema = schema;
    }

    /** Forgets cached colours, e.g. after the schema changed. */
    public void reset(AnnotationSchema newSchema) {
        schema = newSchema;
        fill.clear();
        line.clear();
    }

    public Color fill(String layer, String label) {
        return fill.computeIfAbsent(layer + '\u0000' + label, k -> new Color(rgb(layer, label)));
    }

    public Color line(String layer, String label) {
        return line.computeIfAbsent(layer + '\u0000' + label, k -> {
            RGB rgb = rgb(layer, label);
            return new Color((int) (rgb.red * 0.55), (int) (rgb.green * 0.55), (int) (rgb.blue * 0.55));
        });
    }

    private RGB rgb(String layer, String label) {
        return SchemaQuery.label(schema, layer, label).map(Label::getColor).map(LabelColors::parse).orElse(FALLBACK);
    }

    /** A label colour (#rrggbb) as RGB; grey when it is not a colour. */
    public static RGB rgbOf(String hex) {
        return parse(hex);
    }

    static RGB parse(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            return FALLBACK;
        }
        int value = Integer.parseInt(hex.substring(1), 16);
        return new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
    }

    /** Layers that carry links (quotes, claims) are drawn with lines, the others with a background fill. */
    public static boolean isLinkingLayer(Layer layer) {
        return layer != null && !layer.getLinkTypes().isEmpty();
    }
}
