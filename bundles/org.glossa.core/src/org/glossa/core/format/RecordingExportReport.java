package org.glossa.core.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.glossa.model.SpanAnnotation;

/**
 * An {@link ExportReport} that keeps counts (per split and label) and a few examples of each problem, for the
 * command's summary and the dataset card.
 */
public final class RecordingExportReport implements ExportReport {
    private static final int EXAMPLES = 5;

    private final List<Path> files = new ArrayList<>();
    private final Map<String, Map<String, Integer>> carried = new TreeMap<>();
    private final Map<String, Integer> notCarried = new TreeMap<>();
    private final Map<String, List<String>> notCarriedExamples = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();

    @Override
    public synchronized void written(Path file) {
        files.add(file);
    }

    @Override
    public synchronized void carried(ExportDocument document, SpanAnnotation span) {
        carried.computeIfAbsent(document.split(), s -> new TreeMap<>()).merge(span.getLabel(), 1, Integer::sum);
    }

    @Override
    public synchronized void notCarried(ExportDocument document, SpanAnnotation span, String reason) {
        notCarried.merge(reason, 1, Integer::sum);
        List<String> examples = notCarriedExamples.computeIfAbsent(reason, r -> new ArrayList<>());
        if (examples.size() < EXAMPLES) {
            int end = Math.min(span.getEnd(), span.getBegin() + 60);
            examples.add(document.id() + " " + span.getId() + " " + span.getLabel() + " [" + span.getBegin() + ", "
                    + span.getEnd() + ") \"" + document.text().substring(span.getBegin(), end).replace('\n', ' ') + "\"");
        }
    }

    @Override
    public synchronized void note(String message) {
        notes.add(message);
    }

    /** How many notes there are so far (to place a note found later before the ones that follow). */
    public synchronized int noteCount() {
        return notes.size();
    }

    /** A note placed at {@code index} among the notes: one that belongs before what a format noted meanwhile. */
    public synchronized void insertNote(int index, String message) {
        notes.add(index, message);
    }

    /** Records the files written under {@code from} as under {@code to}: the export moved them there. */
    public synchronized void moved(Path from, Path to) {
        files.replaceAll(file -> file.startsWith(from) ? to.resolve(from.relativize(file).toString()) : file);
    }

    public synchronized List<Path> files() {
        return List.copyOf(files);
    }

    /** Spans carried, by split then label. */
    public synchronized Map<String, Map<String, Integer>> carried() {
        return carried;
    }

    public synchronized int carriedTotal() {
        return carried.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }

    /** Spans not carried, by reason. */
    public synchronized Map<String, Integer> notCarried() {
        return notCarried;
    }

    public synchronized Map<String, List<String>> notCarriedExamples() {
        return notCarriedExamples;
    }

    public synchronized List<String> notes() {
        return List.copyOf(notes);
    }
}
