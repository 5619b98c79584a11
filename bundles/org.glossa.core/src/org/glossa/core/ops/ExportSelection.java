package org.glossa.core.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.glossa.core.storage.ProjectLayout;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Annotator;
import org.glossa.model.Document;

/**
 * Which documents an export takes from each source, decided before anything is written, so that the wizard can
 * show it before the user presses Finish and the export does exactly that.
 * <p>
 * A document is exported from a source only when the source has an annotation set for it. An empty set counts:
 * it says "nothing to mark here". A document without a set was never annotated (or adjudicated) by the source;
 * exporting it would turn "not looked at" into "no entity here", false negatives in training data. So it is left
 * out and listed, and naming it explicitly is an error.
 *
 * @param sources one entry per source that has documents to export, in export order
 * @param notes   sources that were left out entirely, with the reason ({@code --source each} only)
 */
public record ExportSelection(List<Source> sources, List<String> notes) {

    public ExportSelection {
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }

    /**
     * One source's documents.
     *
     * @param name      {@code gold} or an annotator's name
     * @param documents the selected documents that have a set of the source, in project order
     * @param leftOut   ids of selected documents left out because the source has no set for them, in project order
     */
    public record Source(String name, List<Document> documents, List<String> leftOut) {
        public Source {
            documents = List.copyOf(documents);
            leftOut = List.copyOf(leftOut);
        }

        public List<String> documentIds() {
            return documents.stream().map(Document::getId).toList();
        }

        /** Why the documents in {@link #leftOut()} were left out. */
        public String leftOutReason() {
            return ExportSelection.noSet(name);
        }
    }

    /** The number of documents exported, over all sources (a document exported for two annotators counts twice). */
    public int documentCount() {
        return sources.stream().mapToInt(s -> s.documents().size()).sum();
    }

    /**
     * @param source    {@code gold}, an annotator's name or {@link ExportRequest#EACH}
     * @param documents which documents the user chose
     * @throws IllegalArgumentException for an unknown annotator or document, a document named explicitly that
     *                                  a source has no set for, or when no selected document has a set of any
     *                                  source
     */
    public static ExportSelection of(ProjectStore store, String source, ExportRequest.Documents documents) {
        List<Document> selected = selectedDocuments(store, documents);
        List<Source> sources = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean each = source.equals(ExportRequest.EACH);
        for (String name : sourceNames(store, source)) {
            List<Document> chosen = documents.finishedOnly()
                    ? selected.stream().filter(d -> store.statuses(d).get(name) == AnnotationStatus.FINISHED).toList()
                    : selected;
            List<Document> withSet = chosen.stream().filter(d -> store.hasAnnotations(d, name)).toList();
            List<String> leftOut = chosen.stream().filter(d -> !store.hasAnnotations(d, name)).map(Document::getId).toList();
            if (withSet.isEmpty()) {
                String nothing = nothingToExport(name, documents, chosen.size());
                if (!each) {
                    throw new IllegalArgumentException(nothing);
                }
                notes.add(nothing);
                continue;
            }
            if (!documents.ids().isEmpty() && !leftOut.isEmpty()) {
                throw new IllegalArgumentException("document" + (leftOut.size() == 1 ? " " : "s ") + String.join(", ", leftOut)
                        + (leftOut.size() == 1 ? " has " : " have ") + noSet(name) + "; leave "
                        + (leftOut.size() == 1 ? "it" : "them") + " out of the document list (nothing was exported)");
            }
            sources.add(new Source(name, withSet, leftOut));
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", notes));
        }
        return new ExportSelection(sources, notes);
    }

    /** "no gold annotation set", "no annotation set of alice". */
    static String noSet(String source) {
        return "no " + set(source);
    }

    private static String set(String source) {
        return source.equals(ProjectLayout.GOLD) ? "gold annotation set" : "annotation set of " + source;
    }

    private static String nothingToExport(String source, ExportRequest.Documents documents, int chosen) {
        String who = source.equals(ProjectLayout.GOLD) ? "the gold annotations" : source + "'s annotations";
        if (documents.finishedOnly()) {
            return "no documents to export for " + who + ": none is finished";
        }
        String hint = source.equals(ProjectLayout.GOLD) ? " (adjudicate first, or export an annotator's sets)" : "";
        return "no documents to export for " + who + ": none of the " + chosen + " selected documents has "
                + (source.equals(ProjectLayout.GOLD) ? "a " : "an ") + set(source) + hint;
    }

    /** The sources to export: gold, one annotator, or every annotator with an annotation file. */
    private static List<String> sourceNames(ProjectStore store, String source) {
        if (source.equals(ProjectLayout.GOLD)) {
            return List.of(source);
        }
        boolean each = source.equals(ExportRequest.EACH);
        if (!each && store.project().getAnnotators().stream().map(Annotator::getName).anyMatch(source::equals)) {
            return List.of(source); // registered: no need to list every document's files
        }
        Set<String> withFiles = new TreeSet<>();
        for (Document document : store.project().getDocuments()) {
            withFiles.addAll(store.annotatorsOf(document));
        }
        withFiles.remove(ProjectLayout.GOLD);
        if (each) {
            if (withFiles.isEmpty()) {
                throw new IllegalArgumentException("no annotator has annotations in this project");
            }
            return List.copyOf(withFiles);
        }
        if (!withFiles.contains(source)) {
            throw new IllegalArgumentException("unknown annotator '" + source + "'; annotators with annotations: "
                    + (withFiles.isEmpty() ? "none" : String.join(", ", withFiles)));
        }
        return List.of(source);
    }

    /** The documents the user chose, in project order (the finished filter is applied per source). */
    private static List<Document> selectedDocuments(ProjectStore store, ExportRequest.Documents choice) {
        List<Document> all = store.project().getDocuments();
        if (choice.ids().isEmpty()) {
            return all;
        }
        List<String> unknown = choice.ids().stream().filter(id -> store.document(id).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown document " + String.join(", ", unknown));
        }
        Set<String> wanted = Set.copyOf(choice.ids());
        return all.stream().filter(d -> wanted.contains(d.getId())).toList();
    }
}
