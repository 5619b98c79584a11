package org.glossa.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.RGB;
import org.glossa.model.AnnotationSchema;
import org.glossa.model.Label;
import org.glossa.model.Layer;
import org.glossa.model.schema.NewsSchema;
import org.glossa.ui.prefs.EditorPreferences.Palette;
import org.junit.jupiter.api.Test;

/**
 * The default palette stays readable for the common colour blindnesses: every two labels of one layer, and every
 * label and the grey of the text outside the body, stay apart by a CIEDE2000 difference of at least
 * {@value #MIN_DIFFERENCE} under normal vision and under simulated protanopia, deuteranopia and tritanopia (Machado,
 * Oliveira and Fernandes 2009, severity 1, applied to linear sRGB). On the old palette LOC and GPE were 0.6 apart
 * for a deuteranope. Black text stays readable on every fill (WCAG's 4.5:1 for normal text).
 */
class PaletteTest {
    /** About what tells two small patches apart at a glance (a just-noticeable difference is about 1 to 2). */
    private static final double MIN_DIFFERENCE = 9;
    private static final RGB OUTSIDE_BODY_GREY = new RGB(150, 150, 150);

    private static final Map<String, double[][]> VISION = Map.of(
            "normal", new double[][] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } },
            "protanopia", new double[][] { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 },
                    { -0.003882, -0.048116, 1.051998 } },
            "deuteranopia", new double[][] { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 },
                    { -0.011820, 0.042940, 0.968881 } },
            "tritanopia", new double[][] { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 },
                    { 0.004733, 0.691367, 0.303900 } });

    @Test
    void labelsOfALayerStayApartUnderColourBlindness() {
        AnnotationSchema schema = NewsSchema.create();
        List<String> failures = new ArrayList<>();
        for (Layer layer : schema.getLayers()) {
            List<Label> labels = layer.getLabels();
            for (Map.Entry<String, double[][]> vision : VISION.entrySet()) {
                for (int i = 0; i < labels.size(); i++) {
                    RGB a = LabelColors.rgbOf(labels.get(i).getColor());
                    for (int j = i + 1; j < labels.size(); j++) {
                        check(failures, vision, labels.get(i).getName(), a, labels.get(j).getName(),
                                LabelColors.rgbOf(labels.get(j).getColor()));
                    }
                    check(failures, vision, labels.get(i).getName(), a, "the grey outside the body", OUTSIDE_BODY_GREY);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void quotesAndClaimsStayApartWhereTheyNest() {
        AnnotationSchema schema = NewsSchema.create();
        RGB quote = LabelColors.rgbOf(schema.getLayers().stream().filter(l -> l.getName().equals(NewsSchema.QUOTE))
                .findFirst().orElseThrow().getLabels().get(0).getColor());
        RGB claim = LabelColors.rgbOf(schema.getLayers().stream().filter(l -> l.getName().equals(NewsSchema.CLAIM))
                .findFirst().orElseThrow().getLabels().get(0).getColor());
        List<String> failures = new ArrayList<>();
        VISION.entrySet().forEach(vision -> check(failures, vision, "QUOTE", quote, "CLAIM", claim));
        assertEquals(List.of(), failures);
    }

    @Test
    void blackTextIsReadableOnEveryFill() {
        for (Layer layer : NewsSchema.create().getLayers()) {
            for (Label label : layer.getLabels()) {
                double contrast = (LabelColors.relativeLuminance(LabelColors.rgbOf(label.getColor())) + 0.05) / 0.05;
                assertTrue(contrast >= 4.5, label.getName() + ": contrast with black " + contrast);
            }
        }
    }

    @Test
    void theHighContrastPaletteDrawsDarkerLines() {
        RGB rgb = LabelColors.rgbOf("#77aadd");
        RGB normal = LabelColors.lineRgb(rgb, Palette.DEFAULT);
        RGB strong = LabelColors.lineRgb(rgb, Palette.HIGH_CONTRAST);
        assertTrue(LabelColors.relativeLuminance(strong) < LabelColors.relativeLuminance(normal) / 2,
                normal + " vs " + strong);
    }

    @Test
    void theDifferenceMatchesPublishedValues() {
        // Sharma, Wu and Dalal (2005), test data pairs 1 and 17
        assertEquals(2.0425, ciede2000(new double[] { 50, 2.6772, -79.7751 }, new double[] { 50, 0, -82.7485 }), 1e-4);
        assertEquals(27.1492, ciede2000(new double[] { 50, 2.5, 0 }, new double[] { 73, 25, -18 }), 1e-4);
    }

    private static void check(List<String> failures, Map.Entry<String, double[][]> vision, String nameA, RGB a,
            String nameB, RGB b) {
        double difference = ciede2000(lab(simulate(a, vision.getValue())), lab(simulate(b, vision.getValue())));
        if (difference < MIN_DIFFERENCE) {
            failures.add(String.format("%s and %s under %s: %.1f", nameA, nameB, vision.getKey(), difference));
        }
    }

    /** The colour as a dichromat sees it, in linear sRGB. */
    private static double[] simulate(RGB rgb, double[][] matrix) {
        double[] linear = { linear(rgb.red), linear(rgb.green), linear(rgb.blue) };
        double[] seen = new double[3];
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 3; column++) {
                seen[row] += matrix[row][column] * linear[column];
            }
            seen[row] = Math.max(0, Math.min(1, seen[row]));
        }
        return seen;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** CIELAB (D65) of a linear sRGB colour. */
    private static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] { 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz) };
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    /** The CIEDE2000 colour difference (CIE 142-2001), as Sharma, Wu and Dalal (2005) spell it out. */
    static double ciede2000(double[] lab1, double[] lab2) {
        double c1 = Math.hypot(lab1[1], lab1[2]);
        double c2 = Math.hypot(lab2[1], lab2[2]);
        double meanC7 = Math.pow((c1 + c2) / 2, 7);
        double g = 0.5 * (1 - Math.sqrt(meanC7 / (meanC7 + Math.pow(25, 7))));
        double a1 = (1 + g) * lab1[1];
        double a2 = (1 + g) * lab2[1];
        double cp1 = Math.hypot(a1, lab1[2]);
        double cp2 = Math.hypot(a2, lab2[2]);
        double h1 = hue(a1, lab1[2]);
        double h2 = hue(a2, lab2[2]);
        double deltaL = lab2[0] - lab1[0];
        double deltaC = cp2 - cp1;
        double deltaHue = 0;
        if (cp1 * cp2 != 0) {
            deltaHue = h2 - h1;
            if (deltaHue > 180) {
                deltaHue -= 360;
            } else if (deltaHue < -180) {
                deltaHue += 360;
            }
        }
        double deltaH = 2 * Math.sqrt(cp1 * cp2) * Math.sin(Math.toRadians(deltaHue / 2));
        double meanL = (lab1[0] + lab2[0]) / 2;
        double meanCp = (cp1 + cp2) / 2;
        double meanH;
        if (cp1 * cp2 == 0) {
            meanH = h1 + h2;
        } else if (Math.abs(h1 - h2) <= 180) {
            meanH = (h1 + h2) / 2;
        } else {
            meanH = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
        }
        double t = 1 - 0.17 * cos(meanH - 30) + 0.24 * cos(2 * meanH) + 0.32 * cos(3 * meanH + 6) - 0.20 * cos(4 * meanH - 63);
        double deltaTheta = 30 * Math.exp(-Math.pow((meanH - 275) / 25, 2));
        double meanCp7 = Math.pow(meanCp, 7);
        double rc = 2 * Math.sqrt(meanCp7 / (meanCp7 + Math.pow(25, 7)));
        double sl = 1 + 0.015 * Math.pow(meanL - 50, 2) / Math.sqrt(20 + Math.pow(meanL - 50, 2));
        double sc = 1 + 0.045 * meanCp;
        double sh = 1 + 0.015 * meanCp * t;
        double rt = -Math.sin(Math.toRadians(2 * deltaTheta)) * rc;
        double l = deltaL / sl;
        double c = deltaC / sc;
        double h = deltaH / sh;
        return Math.sqrt(l * l + c * c + h * h + rt * c * h);
    }

    private static double hue(double a, double b) {
        if (a == 0 && b == 0) {
            return 0;
        }
        double degrees = Math.toDegrees(Math.atan2(b, a));
        return degrees < 0 ? degrees + 360 : degrees;
    }

    private static double cos(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }
}
