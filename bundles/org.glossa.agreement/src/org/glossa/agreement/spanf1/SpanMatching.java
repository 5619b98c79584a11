package org.glossa.agreement.spanf1;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.glossa.agreement.study.SpanSnapshot;

/**
 * One-to-one matching of two annotators' spans in one document. Exact: same begin, end and label. Overlap: at
 * least one shared character, greedy by the largest overlap, ties broken by position (the reference's span first,
 * then the response's), optionally requiring the same label.
 */
public final class SpanMatching {
    private SpanMatching() {
    }

    /** For each span of {@code reference}, the index of its exact match in {@code response}, or -1. */
    public static int[] exact(List<SpanSnapshot> reference, List<SpanSnapshot> response) {
        Map<String, List<Integer>> free = new HashMap<>();
        for (int j = 0; j < response.size(); j++) {
            free.computeIfAbsent(key(response.get(j)), k -> new ArrayList<>()).add(j);
        }
        int[] match = new int[reference.size()];
        for (int i = 0; i < reference.size(); i++) {
            List<Integer> candidates = free.get(key(reference.get(i)));
            match[i] = candidates == null || candidates.isEmpty() ? -1 : candidates.remove(0);
        }
        return match;
    }

    /** For each span of {@code reference}, the index of its overlap match in {@code response}, or -1. */
    public static int[] overlap(List<SpanSnapshot> reference, List<SpanSnapshot> response, boolean sameLabel) {
        List<long[]> candidates = candidates(reference, response, sameLabel);
        // overlap descending, then reference position, then response position
        candidates.sort(Comparator.<long[]>comparingLong(c -> -c[2])
                .thenComparingInt(c -> reference.get((int) c[0]).begin())
                .thenComparingInt(c -> reference.get((int) c[0]).end())
                .thenComparingInt(c -> (int) c[0])
                .thenComparingInt(c -> response.get((int) c[1]).begin())
                .thenComparingInt(c -> response.get((int) c[1]).end())
                .thenComparingInt(c -> (int) c[1]));
        int[] match = new int[reference.size()];
        Arrays.fill(match, -1);
        boolean[] taken = new boolean[response.size()];
        for (long[] candidate : candidates) {
            int i = (int) candidate[0];
            int j = (int) candidate[1];
            if (match[i] < 0 && !taken[j]) {
                match[i] = j;
                taken[j] = true;
            }
        }
        return match;
    }

    /** The inverse of a match array: for each response span, the reference span matched to it, or -1. */
    public static int[] inverse(int[] match, int responseSize) {
        int[] inverse = new int[responseSize];
        Arrays.fill(inverse, -1);
        for (int i = 0; i < match.length; i++) {
            if (match[i] >= 0) {
                inverse[match[i]] = i;
            }
        }
        return inverse;
    }

    /** Overlapping pairs {reference index, response index, overlap}, found by a sweep over spans sorted by begin. */
    private static List<long[]> candidates(List<SpanSnapshot> reference, List<SpanSnapshot> response, boolean sameLabel) {
        Integer[] a = byBegin(reference);
        Integer[] b = byBegin(response);
        List<long[]> candidates = new ArrayList<>();
        List<Integer> active = new ArrayList<>();
        int next = 0;
        for (int ai : a) {
            SpanSnapshot span = reference.get(ai);
            while (next < b.length && response.get(b[next]).begin() < span.end()) {
                active.add(b[next++]);
            }
            // the reference spans come by ascending begin: a response span ending before this one begins is done
            active.removeIf(bi -> response.get(bi).end() <= span.begin());
            for (int bi : active) {
                SpanSnapshot other = response.get(bi);
                int shared = span.overlap(other);
                if (shared > 0 && (!sameLabel || span.label().equals(other.label()))) {
                    candidates.add(new long[] {ai, bi, shared});
                }
            }
        }
        return candidates;
    }

    private static Integer[] byBegin(List<SpanSnapshot> spans) {
        Integer[] order = new Integer[spans.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> spans.get(i).begin()));
        return order;
    }

    private static String key(SpanSnapshot span) {
        return span.begin() + ":" + span.end() + ":" + span.label();
    }
}
