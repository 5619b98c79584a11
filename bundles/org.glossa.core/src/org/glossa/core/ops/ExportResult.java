package org.glossa.core.ops;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.glossa.core.format.RecordingExportReport;

/**
 * What an export wrote.
 *
 * @param output    the export folder
 * @param sources   one entry per exported source (gold, an annotator, or each annotator)
 * @param notes     what the user should know about the export as a whole (e.g. an annotator left out because
 *                  none of their documents was selected)
 * @param undecided for a gold export, the exported documents whose gold has undecided disagreements (annotators
 *                  disagree at a place where gold has decided nothing yet) with the number of such places, in
 *                  project order; empty when there are none; null when not checked (not gold, or no finder given)
 * @param readme    the dataset card's {@code README.md}
 * @param card      the dataset card's {@code card.json}
 */
public record ExportResult(Path output, List<Source> sources, List<String> notes, Map<String, Integer> undecided,
        Path readme, Path card) {
    public ExportResult {
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
        undecided = undecided == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(undecided));
    }

    /** The number of undecided places over all exported documents (0 when not checked). */
    public int undecidedTotal() {
        return undecided == null ? 0 : undecided.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * @param name      {@code gold} or the annotator's name
     * @param directory where this source's files are ({@code output} itself, or {@code output/NAME} with
     *                  {@link ExportRequest#EACH})
     * @param documents the document ids of each split (every split of the ratios, empty ones too), in split
     *                  order then project order
     * @param leftOut   ids of selected documents not exported because this source has no annotation set for them
     *                  (see {@link ExportSelection}), in project order
     * @param report    what was written, carried and not carried
     */
    public record Source(String name, Path directory, Map<String, List<String>> documents, List<String> leftOut,
            RecordingExportReport report) {

        public Source {
            leftOut = List.copyOf(leftOut);
        }

        /** Why the documents in {@link #leftOut()} were left out. */
        public String leftOutReason() {
            return ExportSelection.noSet(name);
        }

        public int documentCount() {
            return documents.values().stream().mapToInt(List::size).sum();
        }

        public int notCarriedTotal() {
            return report.notCarried().values().stream().mapToInt(Integer::intValue).sum();
        }

        /** The files the format wrote, as absolute paths. */
        public List<Path> files() {
            // Formats may report paths already under the folder, or relative to it.
            return report.files().stream()
                    .map(file -> file.isAbsolute() || file.startsWith(directory) ? file : directory.resolve(file)).toList();
        }
    }

    /** Every file written: each source's files, then the dataset card. */
    public List<Path> files() {
        List<Path> files = new ArrayList<>();
        sources.forEach(source -> files.addAll(source.files()));
        files.add(readme);
        files.add(card);
        return files;
    }
}
