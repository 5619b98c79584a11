package org.glossa.ui.editor;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.glossa.model.AnnotationSchema;
import org.glossa.model.Label;
import org.glossa.model.Layer;
import org.glossa.model.query.SchemaQuery;
import org.glossa.ui.prefs.EditorPreferences.Palette;

/**
 * The schema's label colours as SWT colours, plus a darker shade of each for lines, borders and arcs, and the
 * colour of text on a label's chip. The schema's default colours are chosen to stay apart under colour blindness
 * (see {@code NewsSchema}); the high-contrast palette keeps the hues and makes lines and outlines darker and bolder.
 */
public final class LabelColors {
    private static final RGB FALLBACK = new RGB(0xcc, 0xcc, 0xcc);
    private static final RGB DARK_TEXT = new RGB(0, 0, 0);
    private static final RGB LIGHT_TEXT = new RGB(255, 255, 255);
    private final Map<String, Color> fill = new HashMap<>();
    private final Map<String, Color> line = new HashMap<>();
    private final Map<String, Color> chipText = new HashMap<>();
    private AnnotationSchema schema;
    private Palette palette = Palette.DEFAULT;

    public LabelColors(AnnotationSchema schema) {
        this.schema = schema;
    }

    /** Forgets cached colours, e.g. after the schema changed. */
    public void reset(AnnotationSchema newSchema) {
        schema = newSchema;
        fill.clear();
        line.clear();
        chipText.clear();
    }

    /** Switches the palette; the colours are made again when next asked for. */
    public void setPalette(Palette newPalette) {
        palette = newPalette == null ? Palette.DEFAULT : newPalette;
        reset(schema);
    }

    public boolean isHighContrast() {
        return palette == Palette.HIGH_CONTRAST;
    }

    public Color fill(String layer, String label) {
        return fill.computeIfAbsent(layer + '\u0000' + label, k -> new Color(rgb(layer, label)));
    }

    public Color line(String layer, String label) {
        return line.computeIfAbsent(layer + '\u0000' + label, k -> new Color(lineRgb(rgb(layer, label), palette)));
    }

    /** Black or white, whichever reads better on the label's chip. */
    public Color chipText(String layer, String label) {
        return chipText.computeIfAbsent(layer + '\u0000' + label,
                k -> new Color(relativeLuminance(rgb(layer, label)) > 0.18 ? DARK_TEXT : LIGHT_TEXT));
    }

    /** The darker shade used for lines: darker still in the high-contrast palette. */
    static RGB lineRgb(RGB rgb, Palette palette) {
        double factor = palette == Palette.HIGH_CONTRAST ? 0.35 : 0.55;
        return new RGB((int) (rgb.red * factor), (int) (rgb.green * factor), (int) (rgb.blue * factor));
    }

    /** WCAG's relative luminance of an sRGB colour (0 black, 1 white). */
    static double relativeLuminance(RGB rgb) {
        return 0.2126 * linear(rgb.red) + 0.7152 * linear(rgb.green) + 0.0722 * linear(rgb.blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
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
