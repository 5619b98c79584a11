package org.glossa.core.ops;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.glossa.core.format.RecordingExportReport;

/**
 * What an export wrote.
 *
 * @param output  the export folder
 * @param sources one entry per exported source (gold, an annotator, or each annotator)
 * @param notes   what the user should know about the export as a whole (e.g. an annotator left out because
 *                none of their documents was selected)
 * @param readme  the dataset card's {@code README.md}
 * @param card    the dataset card's {@code card.json}
 */
public record ExportResult(Path output, List<Source> sources, List<String> notes, Path readme, Path card) {
    public ExportResult {
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }

    /**
     * @param name      {@code gold} or the annotator's name
     * @param directory where this source's files are ({@code output} itself, or {@code output/NAME} with
     *                  {@link ExportRequest#EACH})
     * @param documents the document ids of each split (every split of the ratios, empty ones too), in split
     *                  order then project order
     * @param report    what was written, carried and not carried
     */
    public record Source(String name, Path directory, Map<String, List<String>> documents,
            RecordingExportReport report) {

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
