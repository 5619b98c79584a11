package org.glossa.agreement.coding;

import java.util.Arrays;

/**
 * A coding study: items, each with one value per rater, a category index or {@link #MISSING}. Raters and categories are
 * plain indexes. Values are stored in one primitive array, item after item, so that large studies stay cheap.
 */
public final class CodingStudy {

    /** The value of a rater who did not label an item. */
    public static final int MISSING = -1;

    private final int raterCount;
    private final int categoryCount;
    private int itemCount;
    private int[] values;

    /**
     * @param raterCount    at least 2
     * @param categoryCount number of categories, at least 0
     */
    public CodingStudy(int raterCount, int categoryCount) {
        if (raterCount < 2) {
            throw new IllegalArgumentException("a coding study needs at least 2 raters, got " + raterCount);
        }
        if (categoryCount < 0) {
            throw new IllegalArgumentException("category count must be >= 0, got " + categoryCount);
        }
        this.raterCount = raterCount;
        this.categoryCount = categoryCount;
        this.values = new int[16 * raterCount];
    }

    /**
     * Adds an item; values[r] is rater r's category index or {@link #MISSING}.
     *
     * @throws IllegalArgumentException if there is not one value per rater or a value is out of range
     */
    public void addItem(int... values) {
        if (values.length != raterCount) {
            throw new IllegalArgumentException(
                    "an item needs one value per rater: expected " + raterCount + ", got " + values.length);
        }
        for (int r = 0; r < raterCount; r++) {
            int v = values[r];
            if (v != MISSING && (v < 0 || v >= categoryCount)) {
                throw new IllegalArgumentException("value " + v + " of rater " + r + " is neither MISSING nor in [0, "
                        + categoryCount + ")");
            }
        }
        int offset = itemCount * raterCount;
        if (offset + raterCount > this.values.length) {
            this.values = Arrays.copyOf(this.values, 2 * this.values.length);
        }
        System.arraycopy(values, 0, this.values, offset, raterCount);
        itemCount++;
    }

    public int itemCount() {
        return itemCount;
    }

    public int raterCount() {
        return raterCount;
    }

    public int categoryCount() {
        return categoryCount;
    }

    /** Rater r's value at item i, or {@link #MISSING}. */
    public int value(int item, int rater) {
        if (item < 0 || item >= itemCount) {
            throw new IndexOutOfBoundsException("item " + item + " out of range [0, " + itemCount + ")");
        }
        if (rater < 0 || rater >= raterCount) {
            throw new IndexOutOfBoundsException("rater " + rater + " out of range [0, " + raterCount + ")");
        }
        return values[item * raterCount + rater];
    }

    /** Unchecked access for the measures' inner loops (callers keep item and rater in range). */
    public int valueAt(int item, int rater) {
        return values[item * raterCount + rater];
    }
}
