package org.glossa.core.ops;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.glossa.core.storage.ProjectLayout;

/**
 * What to export, where and how. Start from {@link #of(String, Path)} and change what differs from the defaults
 * with the {@code with…} methods.
 *
 * @param format    the format id, e.g. {@code conll}
 * @param output    the folder to write into (created; must be empty unless {@code overwrite})
 * @param source    {@code gold} (default), an annotator's name, or {@link #EACH} for every annotator with
 *                  annotations, each into a subfolder named after the annotator
 * @param layers    the layers to export; empty lets the format decide: every layer of the schema is passed,
 *                  {@code Entity} first, and token formats take the first
 * @param labels    the labels to export; empty means all labels of the selected layers
 * @param documents which documents
 * @param split     the split ratios, or null for one split {@code all}
 * @param seed      the seed of the split's shuffle
 * @param groupBy   a grouping key for the split ({@code source} = the document's source, else a metadata key),
 *                  or null
 * @param stratify  whether the split balances label proportions
 * @param options   format options, checked against the format's {@code options()}
 * @param overwrite whether a non-empty output folder may be written into (files of the same name are replaced;
 *                  nothing is deleted)
 * @param command   the command line that asked for this export, recorded in the dataset card (may be null)
 */
public record ExportRequest(String format, Path output, String source, List<String> layers, Set<String> labels,
        Documents documents, DatasetSplitRatios split, long seed, String groupBy, boolean stratify,
        Map<String, String> options, boolean overwrite, String command) {

    /** The source that exports every annotator's sets, one subfolder each. */
    public static final String EACH = "each";
    public static final long DEFAULT_SEED = 42;

    public ExportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(output, "output");
        source = source == null || source.isBlank() ? ProjectLayout.GOLD : source;
        layers = List.copyOf(layers == null ? List.of() : layers);
        labels = Collections.unmodifiableSortedSet(new TreeSet<>(labels == null ? Set.of() : labels));
        documents = documents == null ? Documents.all() : documents;
        groupBy = groupBy == null || groupBy.isBlank() ? null : groupBy;
        options = Collections.unmodifiableSortedMap(new TreeMap<>(options == null ? Map.of() : options));
    }

    /** Gold, every layer, all labels, all documents, no split, no options. */
    public static ExportRequest of(String format, Path output) {
        return new ExportRequest(format, output, null, null, null, null, null, DEFAULT_SEED, null, false, null, false, null);
    }

    public ExportRequest withSource(String newSource) {
        return new ExportRequest(format, output, newSource, layers, labels, documents, split, seed, groupBy, stratify,
                options, overwrite, command);
    }

    public ExportRequest withLayers(List<String> newLayers) {
        return new ExportRequest(format, output, source, newLayers, labels, documents, split, seed, groupBy, stratify,
                options, overwrite, command);
    }

    public ExportRequest withLabels(Set<String> newLabels) {
        return new ExportRequest(format, output, source, layers, newLabels, documents, split, seed, groupBy, stratify,
                options, overwrite, command);
    }

    public ExportRequest withDocuments(Documents newDocuments) {
        return new ExportRequest(format, output, source, layers, labels, newDocuments, split, seed, groupBy, stratify,
                options, overwrite, command);
    }

    public ExportRequest withSplit(DatasetSplitRatios newSplit, long newSeed, String newGroupBy, boolean newStratify) {
        return new ExportRequest(format, output, source, layers, labels, documents, newSplit, newSeed, newGroupBy,
                newStratify, options, overwrite, command);
    }

    public ExportRequest withOptions(Map<String, String> newOptions) {
        return new ExportRequest(format, output, source, layers, labels, documents, split, seed, groupBy, stratify,
                newOptions, overwrite, command);
    }

    public ExportRequest withOverwrite(boolean newOverwrite) {
        return new ExportRequest(format, output, source, layers, labels, documents, split, seed, groupBy, stratify,
                options, newOverwrite, command);
    }

    public ExportRequest withCommand(String newCommand) {
        return new ExportRequest(format, output, source, layers, labels, documents, split, seed, groupBy, stratify,
                options, overwrite, newCommand);
    }

    /**
     * Which documents to export: all, those whose source set is finished, or the listed ids (in project order).
     *
     * @param finishedOnly only documents whose set of the exported source has the status finished
     * @param ids          only these documents (empty = no restriction)
     */
    public record Documents(boolean finishedOnly, List<String> ids) {
        public Documents {
            ids = List.copyOf(ids == null ? List.of() : ids);
            if (finishedOnly && !ids.isEmpty()) {
                throw new IllegalArgumentException("choose either finished documents or a list of ids");
            }
        }

        public static Documents all() {
            return new Documents(false, List.of());
        }

        public static Documents finished() {
            return new Documents(true, List.of());
        }

        public static Documents ids(List<String> ids) {
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("no document ids given");
            }
            return new Documents(false, ids);
        }

        /** {@code all}, {@code finished} or {@code ID,ID,...}: the command line's spelling. */
        public static Documents parse(String text) {
            String value = text.strip();
            if (value.equals("all")) {
                return all();
            }
            if (value.equals("finished")) {
                return finished();
            }
            return ids(List.of(value.split("\\s*,\\s*")).stream().filter(s -> !s.isEmpty()).toList());
        }

        @Override
        public String toString() {
            return finishedOnly ? "finished" : ids.isEmpty() ? "all" : String.join(",", ids);
        }
    }
}
