package org.glossa.agreement.unitizing;

import java.util.Arrays;

/**
 * The units that a fixed set of raters marked on one continuum [0, L), each with a category. Raters and categories are
 * plain indexes; mapping them to annotators and labels is the caller's business.
 * <p>
 * Units are kept as added (in primitive arrays, so that large studies stay cheap); overlapping units of one rater and
 * category are merged only when {@link UnitizingAlpha#compute computing}.
 */
public final class UnitizingStudy {

    private final long continuumLength;
    private final int raterCount;
    private final int categoryCount;

    private int size;
    private int[] raters = new int[16];
    private long[] begins = new long[16];
    private long[] lengths = new long[16];
    private int[] categories = new int[16];

    /**
     * @param continuumLength L, the length of the continuum (may be 0: then no unit can be added)
     * @param raterCount     at least 2, since agreement needs someone to agree with
     * @param categoryCount  number of categories (labels), at least 0
     */
    public UnitizingStudy(long continuumLength, int raterCount, int categoryCount) {
        if (continuumLength < 0) {
            throw new IllegalArgumentException("continuum length must be >= 0, got " + continuumLength);
        }
        if (raterCount < 2) {
            throw new IllegalArgumentException("a unitizing study needs at least 2 raters, got " + raterCount);
        }
        if (categoryCount < 0) {
            throw new IllegalArgumentException("category count must be >= 0, got " + categoryCount);
        }
        this.continuumLength = continuumLength;
        this.raterCount = raterCount;
        this.categoryCount = categoryCount;
    }

    /**
     * Adds the unit [begin, begin + length) that {@code rater} marked with {@code category}.
     *
     * @throws IllegalArgumentException if the rater or category is out of range, the length is below 1 or the unit
     *                                  does not lie inside the continuum
     */
    public void addUnit(int rater, long begin, long length, int category) {
        if (rater < 0 || rater >= raterCount) {
            throw new IllegalArgumentException("rater " + rater + " out of range [0, " + raterCount + ")");
        }
        if (category < 0 || category >= categoryCount) {
            throw new IllegalArgumentException("category " + category + " out of range [0, " + categoryCount + ")");
        }
        if (length < 1) {
            throw new IllegalArgumentException("unit length must be >= 1, got " + length);
        }
        // Written so that begin + length cannot overflow.
        if (begin < 0 || begin >= continuumLength || length > continuumLength - begin) {
            throw new IllegalArgumentException("unit [" + begin + ", " + begin + "+" + length
                    + ") does not lie inside the continuum [0, " + continuumLength + ")");
        }
        if (size == raters.length) {
            int capacity = size * 2;
            raters = Arrays.copyOf(raters, capacity);
            begins = Arrays.copyOf(begins, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
            categories = Arrays.copyOf(categories, capacity);
        }
        raters[size] = rater;
        begins[size] = begin;
        lengths[size] = length;
        categories[size] = category;
        size++;
    }

    public long continuumLength() {
        return continuumLength;
    }

    public int raterCount() {
        return raterCount;
    }

    public int categoryCount() {
        return categoryCount;
    }

    /** Number of units as added, before any merging. */
    public int unitCount() {
        return size;
    }

    // Package-private accessors for UnitizingAlpha; the arrays are not exposed.

    int rater(int unit) {
        return raters[unit];
    }

    long begin(int unit) {
        return begins[unit];
    }

    long length(int unit) {
        return lengths[unit];
    }

    int category(int unit) {
        return categories[unit];
    }
}
