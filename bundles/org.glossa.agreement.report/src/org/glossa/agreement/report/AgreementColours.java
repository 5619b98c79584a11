package org.glossa.agreement.report;

import java.util.List;
import java.util.Locale;

/**
 * A piecewise-linear colour scale for agreement figures, shared by the HTML report's heat maps and the workbench's
 * charts and tables. The stops follow the ColorBrewer RdBu/Blues ramps, which stay distinguishable for the common
 * colour-vision deficiencies and in greyscale print.
 *
 * @param stops the scale's stops in ascending order of value; values outside the first and last are clamped
 */
public record AgreementColours(List<Stop> stops) {

    /** A value and its colour as 0xRRGGBB. */
    public record Stop(double value, int rgb) {
    }

    /** Kappa-like figures: -1 (systematic disagreement) red, 0 (chance) white, 1 blue. */
    public static final AgreementColours KAPPA = new AgreementColours(List.of(new Stop(-1, 0xB2182B),
            new Stop(-0.5, 0xEF8A62), new Stop(0, 0xF7F7F7), new Stop(0.5, 0x67A9CF), new Stop(1, 0x2166AC)));

    /** Figures in [0, 1] such as F1: white to dark blue. */
    public static final AgreementColours UNIT = new AgreementColours(List.of(new Stop(0, 0xF7FBFF),
            new Stop(0.5, 0x9ECAE1), new Stop(0.8, 0x4292C6), new Stop(1, 0x08519C)));

    public AgreementColours {
        stops = List.copyOf(stops);
    }

    public double min() {
        return stops.getFirst().value();
    }

    public double max() {
        return stops.getLast().value();
    }

    /** The colour of {@code v} as a CSS hex colour ("#rrggbb"). */
    public String colour(double v) {
        return hex(rgb(v));
    }

    /** Whether text on this colour should be white (WCAG relative luminance below ~0.35). */
    public boolean dark(double v) {
        int c = rgb(v);
        double l = 0.2126 * linear(c >> 16) + 0.7152 * linear((c >> 8) & 0xFF) + 0.0722 * linear(c & 0xFF);
        return l < 0.35;
    }

    /** The colour of {@code v} as 0xRRGGBB, clamped to the scale. */
    public int rgb(double v) {
        double x = Math.max(min(), Math.min(max(), v));
        for (int i = 1; i < stops.size(); i++) {
            Stop lo = stops.get(i - 1);
            Stop hi = stops.get(i);
            if (x <= hi.value()) {
                double t = hi.value() == lo.value() ? 0 : (x - lo.value()) / (hi.value() - lo.value());
                return mix(lo.rgb(), hi.rgb(), t);
            }
        }
        return stops.getLast().rgb();
    }

    private static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - t) + ((b >> 16) & 0xFF) * t);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - t) + ((b >> 8) & 0xFF) * t);
        int bl = (int) Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
        return (r << 16) | (g << 8) | bl;
    }

    private static double linear(int channel) {
        double c = (channel & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** 0xRRGGBB as "#rrggbb". */
    public static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
    }
}
