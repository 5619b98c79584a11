package org.glossa.core.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.glossa.core.storage.DamagedFileException;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;
import org.glossa.text.WordEdges;

/**
 * Finds a literal string in the body region of every document of the project, e.g. to annotate all its
 * occurrences at once. Matches do not overlap (the search goes on after each match). Documents whose text
 * cannot be read are skipped; the store lists them in its problems. Like the statistics, the search lets go of
 * texts and unmodified annotation sets as it goes, so that memory stays bounded on a large corpus.
 */
public final class FindOccurrencesOperation {
    /** Characters of context on each side of an occurrence. */
    private static final int CONTEXT_EACH_SIDE = 30;

    private final ProjectStore store;
    private final String query;
    private final boolean caseSensitive;
    private final boolean wholeWord;

    public FindOccurrencesOperation(ProjectStore store, String query, boolean caseSensitive, boolean wholeWord) {
        this.store = Objects.requireNonNull(store, "store");
        if (query == null || query.isEmpty()) {
            throw new IllegalArgumentException("nothing to search for");
        }
        this.query = query;
        this.caseSensitive = caseSensitive;
        this.wholeWord = wholeWord;
    }

    /**
     * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is canceled
     */
    public List<Occurrence> execute(IProgressMonitor monitor) {
        List<Document> documents = List.copyOf(store.project().getDocuments());
        SubMonitor progress = SubMonitor.convert(monitor, "Searching for '" + query + "'", documents.size());
        List<Occurrence> found = new ArrayList<>();
        WordEdges edges = new WordEdges();
        for (Document document : documents) {
            progress.checkCanceled();
            progress.subTask(document.getId());
            try {
                search(document, store.text(document), edges, found);
            } catch (DamagedFileException e) {
                // reported in store.problems(); the other documents are still searched
            }
            store.releaseUnmodifiedSets();
            progress.worked(1);
        }
        return found;
    }

    private void search(Document document, String text, WordEdges edges, List<Occurrence> found) {
        int bodyBegin = Math.clamp(document.getBodyBegin(), 0, text.length());
        int bodyEnd = Math.clamp(document.getBodyEnd(), bodyBegin, text.length());
        edges.reset(text);
        int from = bodyBegin;
        while (true) {
            int begin = indexOf(text, from, bodyEnd);
            if (begin < 0) {
                return;
            }
            int end = begin + query.length();
            if (!wholeWord || edges.isWholeWord(begin, end)) {
                found.add(new Occurrence(document, begin, end, context(text, begin, end)));
                from = end;
            } else {
                from = begin + 1;
            }
        }
    }

    /** The first match that begins at or after {@code from} and ends at or before {@code limit}, or -1. */
    private int indexOf(String text, int from, int limit) {
        int last = limit - query.length();
        if (caseSensitive) {
            return from > last ? -1 : text.indexOf(query, from, limit);
        }
        for (int i = from; i <= last; i++) {
            if (text.regionMatches(true, i, query, 0, query.length())) {
                return i;
            }
        }
        return -1;
    }

    private static String context(String text, int begin, int end) {
        int from = Math.max(0, begin - CONTEXT_EACH_SIDE);
        int to = Math.min(text.length(), end + CONTEXT_EACH_SIDE);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to--;
        }
        StringBuilder context = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            context.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
        }
        return context.toString();
    }
}
