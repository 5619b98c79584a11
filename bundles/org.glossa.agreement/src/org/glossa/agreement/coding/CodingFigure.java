package org.glossa.agreement.coding;

import org.glossa.agreement.Figure;

/**
 * A coding measure's figure with the number of items it was computed on and the number it left out (items not labelled
 * by all compared raters for the kappa family; items with fewer than two values for Krippendorff's alpha).
 */
public record CodingFigure(Figure figure, int itemsUsed, int itemsLeftOut) {
}
