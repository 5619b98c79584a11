package org.glossa.core.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Divides documents into train/dev/test by document, deterministically: the same documents and seed give the
 * same assignment whatever order they come in (they are sorted by id, then shuffled with
 * {@code java.util.Random(seed)}).
 * <ul>
 * <li>With a <b>group</b> per document (e.g. its outlet), all documents of one group land in the same split,
 * so near-duplicates never straddle splits. Documents without a group are groups of their own.</li>
 * <li>Without stratification the shuffled groups are cut at the cumulative shares: a group goes to the split
 * whose range holds the middle of its documents, which gives exactly 80/10/10 on 100 single documents.</li>
 * <li>With <b>stratification</b> groups are placed label by label, the rarest label first, each group where
 * that label is still most wanted and documents are still wanted (iterative stratification), so that rare
 * labels are spread over the splits too while the document shares stay close to the ratios.</li>
 * </ul>
 */
public final class DatasetSplitter {
    /**
     * One document to place.
     *
     * @param id     the document id (unique)
     * @param group  its grouping key, or null when it has none
     * @param labels its span counts by label, for stratification
     */
    public record Item(String id, String group, Map<String, Integer> labels) {
        public Item {
            labels = labels == null ? Map.of() : Map.copyOf(labels);
        }
    }

    private final DatasetSplitRatios ratios;
    private final long seed;
    private final boolean stratify;

    /** @param ratios the splits and their shares, or null for no splitting (one split {@code all}) */
    public DatasetSplitter(DatasetSplitRatios ratios, long seed, boolean stratify) {
        this.ratios = ratios;
        this.seed = seed;
        this.stratify = stratify;
    }

    /** The split names in order: those of the ratios, or just {@code all}. */
    public List<String> splitNames() {
        return ratios == null ? List.of(DatasetSplitRatios.ALL) : ratios.names();
    }

    /** The split of every item, by document id (in id order). */
    public Map<String, String> assign(Collection<Item> items) {
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(Item::id));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
                throw new IllegalArgumentException("document '" + sorted.get(i).id() + "' is listed twice");
            }
        }
        Map<String, String> result = new LinkedHashMap<>();
        if (ratios == null) {
            sorted.forEach(item -> result.put(item.id(), DatasetSplitRatios.ALL));
            return result;
        }
        List<List<Item>> groups = groups(sorted);
        Collections.shuffle(groups, new Random(seed));
        int[] placement = stratify ? stratified(groups, sorted.size()) : cut(groups, sorted.size());
        for (int g = 0; g < groups.size(); g++) {
            String split = ratios.names().get(placement[g]);
            groups.get(g).forEach(item -> result.put(item.id(), split));
        }
        Map<String, String> inIdOrder = new LinkedHashMap<>();
        sorted.forEach(item -> inIdOrder.put(item.id(), result.get(item.id())));
        return inIdOrder;
    }

    /** Groups in the order of their first document id; documents without a group are alone. */
    private static List<List<Item>> groups(List<Item> sortedItems) {
        Map<String, List<Item>> byKey = new LinkedHashMap<>();
        for (Item item : sortedItems) {
            // Prefixes keep a group value from colliding with a document id.
            String key = item.group() == null ? "document:" + item.id() : "group:" + item.group();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
        }
        return new ArrayList<>(byKey.values());
    }

    private int[] cut(List<List<Item>> groups, int documents) {
        double[] cumulative = new double[ratios.size()];
        double sum = 0;
        for (int s = 0; s < ratios.size(); s++) {
            sum += ratios.share(s);
            cumulative[s] = sum;
        }
        int[] placement = new int[groups.size()];
        int assigned = 0;
        for (int g = 0; g < groups.size(); g++) {
            int size = groups.get(g).size();
            double middle = (assigned + size / 2.0) / documents;
            int split = 0;
            // A middle exactly on a boundary stays in the earlier (larger) split.
            while (split < ratios.size() - 1 && middle > cumulative[split] + 1e-12) {
                split++;
            }
            placement[g] = split;
            assigned += size;
        }
        return placement;
    }

    /**
     * Iterative stratification (Sechidis, Tsoumakas and Vlahavas, 2011), by groups and span counts: the label
     * with the fewest spans still unplaced goes first; each unplaced group carrying it, most of it first, goes to
     * the split that still wants most of that label and still has room for documents. Groups without labels
     * fill the document shares.
     */
    private int[] stratified(List<List<Item>> shuffledGroups, int documents) {
        int splits = ratios.size();
        int groupCount = shuffledGroups.size();
        List<Map<String, Integer>> groupLabels = new ArrayList<>();
        Map<String, Integer> labelTotals = new TreeMap<>();
        for (List<Item> group : shuffledGroups) {
            Map<String, Integer> counts = new TreeMap<>();
            group.forEach(item -> item.labels().forEach((label, count) -> {
                if (count > 0) {
                    counts.merge(label, count, Integer::sum);
                }
            }));
            counts.forEach((label, count) -> labelTotals.merge(label, count, Integer::sum));
            groupLabels.add(counts);
        }
        Map<String, double[]> wanted = new HashMap<>();
        labelTotals.forEach((label, total) -> {
            double[] perSplit = new double[splits];
            for (int s = 0; s < splits; s++) {
                perSplit[s] = ratios.share(s) * total;
            }
            wanted.put(label, perSplit);
        });
        double[] wantedDocuments = new double[splits];
        for (int s = 0; s < splits; s++) {
            wantedDocuments[s] = ratios.share(s) * documents;
        }

        int[] placement = new int[groupCount];
        Arrays.fill(placement, -1);
        Map<String, Integer> unplaced = new TreeMap<>(labelTotals);
        while (!unplaced.isEmpty()) {
            String rarest = unplaced.entrySet().stream().min(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
            // Those with most of the label first, so that the small ones fill what is left (as in bin packing).
            List<Integer> carrying = new ArrayList<>();
            for (int g = 0; g < groupCount; g++) {
                if (placement[g] < 0 && groupLabels.get(g).containsKey(rarest)) {
                    carrying.add(g);
                }
            }
            carrying.sort(Comparator.comparingInt((Integer g) -> -groupLabels.get(g).get(rarest)));
            for (int g : carrying) {
                int split = mostWanted(wanted.get(rarest), wantedDocuments);
                place(g, split, shuffledGroups.get(g).size(), groupLabels.get(g), placement, wanted, wantedDocuments);
                groupLabels.get(g).forEach((label, count) -> unplaced.computeIfPresent(label, (l, left) -> left - count));
            }
            unplaced.values().removeIf(left -> left <= 0);
            unplaced.remove(rarest);
        }
        for (int g = 0; g < groupCount; g++) {
            if (placement[g] < 0) {
                int split = mostWanted(wantedDocuments, wantedDocuments);
                place(g, split, shuffledGroups.get(g).size(), Map.of(), placement, wanted, wantedDocuments);
            }
        }
        return placement;
    }

    /**
     * The split that still wants most of the label, then most documents, among those that still want documents
     * (so that a label's many small documents do not overfill the small splits); the first on a tie.
     */
    private static int mostWanted(double[] wanted, double[] wantedDocuments) {
        boolean anyRoom = false;
        for (double documents : wantedDocuments) {
            anyRoom |= documents > 1e-9;
        }
        int best = -1;
        for (int s = 0; s < wanted.length; s++) {
            if (anyRoom && wantedDocuments[s] <= 1e-9) {
                continue;
            }
            if (best < 0 || wanted[s] > wanted[best] + 1e-9
                    || (Math.abs(wanted[s] - wanted[best]) <= 1e-9 && wantedDocuments[s] > wantedDocuments[best] + 1e-9)) {
                best = s;
            }
        }
        return best;
    }

    private static void place(int group, int split, int size, Map<String, Integer> labels, int[] placement,
            Map<String, double[]> wanted, double[] wantedDocuments) {
        placement[group] = split;
        wantedDocuments[split] -= size;
        labels.forEach((label, count) -> wanted.get(label)[split] -= count);
    }

    /** How far each split's label shares are from the ratios: the mean absolute difference, for reports and tests. */
    public static double labelImbalance(DatasetSplitRatios ratios, Collection<Item> items, Map<String, String> assignment) {
        Map<String, Map<String, Integer>> perLabel = new TreeMap<>();
        Map<String, Integer> totals = new TreeMap<>();
        for (Item item : items) {
            String split = assignment.get(item.id());
            item.labels().forEach((label, count) -> {
                perLabel.computeIfAbsent(label, l -> new HashMap<>()).merge(split, count, Integer::sum);
                totals.merge(label, count, Integer::sum);
            });
        }
        double sum = 0;
        int terms = 0;
        for (Map.Entry<String, Map<String, Integer>> label : perLabel.entrySet()) {
            double total = totals.get(label.getKey());
            for (int s = 0; s < ratios.size(); s++) {
                double share = label.getValue().getOrDefault(ratios.names().get(s), 0) / total;
                sum += Math.abs(share - ratios.share(s));
                terms++;
            }
        }
        return terms == 0 ? 0 : sum / terms;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    private static double squared(double value) {
        return value * value;
    }
}
