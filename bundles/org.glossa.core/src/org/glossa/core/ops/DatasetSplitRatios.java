package org.glossa.core.ops;

import java.util.ArrayList;
import java.util.List;

/**
 * How a dataset is divided: named splits with their shares of the documents, e.g. {@code 80/10/10} for
 * train, dev and test.
 *
 * @param names  the split names in order ({@code train, dev, test} or {@code train, test})
 * @param shares their shares, each &gt; 0, summing to 1
 */
public record DatasetSplitRatios(List<String> names, List<Double> shares) {
    public static final String TRAIN = "train";
    public static final String DEV = "dev";
    public static final String TEST = "test";
    /** The one split of an export that is not split. */
    public static final String ALL = "all";

    public DatasetSplitRatios {
        names = List.copyOf(names);
        shares = List.copyOf(shares);
        if (names.isEmpty() || names.size() != shares.size()) {
            throw new IllegalArgumentException("a split needs as many shares as names");
        }
        double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
        if (shares.stream().anyMatch(s -> !(s > 0)) || Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("split shares must be positive and sum to 1: " + shares);
        }
    }

    /**
     * Parses {@code 80/10/10} (train/dev/test) or {@code 80/20} (train/test); the numbers are weights, so
     * {@code 8/1/1} is the same as {@code 80/10/10}.
     */
    public static DatasetSplitRatios parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("split '" + text + "' must be TRAIN/DEV/TEST or TRAIN/TEST, e.g. 80/10/10");
        }
        List<Double> weights = new ArrayList<>();
        for (String part : parts) {
            double weight;
            try {
                weight = Double.parseDouble(part.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("split '" + text + "': '" + part + "' is not a number");
            }
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("split '" + text + "': every share must be greater than 0");
            }
            weights.add(weight);
        }
        double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        List<String> names = parts.length == 3 ? List.of(TRAIN, DEV, TEST) : List.of(TRAIN, TEST);
        return new DatasetSplitRatios(names, weights.stream().map(w -> w / sum).toList());
    }

    public int size() {
        return names.size();
    }

    public double share(int index) {
        return shares.get(index);
    }

    /** As written on a command line, in whole percent where possible, e.g. {@code 80/10/10}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (double share : shares) {
            double percent = share * 100;
            String formatted = Math.abs(percent - Math.rint(percent)) < 1e-6 ? Long.toString(Math.round(percent))
                    : String.format(java.util.Locale.ROOT, "%.2f", percent);
            text.append(text.length() == 0 ? "" : "/").append(formatted);
        }
        return text.toString();
    }
}
