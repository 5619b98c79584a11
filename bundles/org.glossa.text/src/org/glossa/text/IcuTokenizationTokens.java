package org.glossa.text;

import java.util.Arrays;

/** A growable list of token offsets (UTF-16, begin inclusive, end exclusive) in text order, without boxing. */
final class IcuTokenizationTokens {
    private int[] begins;
    private int[] ends;
    private int size;

    IcuTokenizationTokens() {
        this(64);
    }

    /** @param expected how many tokens are expected, so that the arrays rarely grow */
    IcuTokenizationTokens(int expected) {
        begins = new int[Math.max(16, expected)];
        ends = new int[begins.length];
    }

    void add(int begin, int end) {
        if (size == begins.length) {
            begins = Arrays.copyOf(begins, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        begins[size] = begin;
        ends[size] = end;
        size++;
    }

    int size() {
        return size;
    }

    int begin(int index) {
        return begins[index];
    }

    int end(int index) {
        return ends[index];
    }

    /** The index of the token that contains {@code offset} strictly inside (not at its begin), or -1. */
    int strictlyContaining(int offset) {
        int found = Arrays.binarySearch(begins, 0, size, offset);
        if (found >= 0) {
            return -1;
        }
        int index = -found - 2; // the last token beginning before the offset
        return index >= 0 && ends[index] > offset ? index : -1;
    }

    /** The index of the token that begins at {@code offset}, or -1. */
    int beginningAt(int offset) {
        int found = Arrays.binarySearch(begins, 0, size, offset);
        return found >= 0 ? found : -1;
    }

    /** The index of the first token ending after {@code offset} (size when none). */
    int firstEndingAfter(int offset) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ends[middle] > offset) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
