package org.glossa.core.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Annotator;
import org.glossa.model.Document;

/**
 * Lists the documents with each annotator's status, reading only the index and the first element of each
 * annotation file. Annotators registered in the project who have no file for a document show as NEW.
 */
public final class ListDocumentsOperation {
    private final ProjectStore store;
    private final Function<Document, Map<String, AnnotationStatus>> statuses;

    public ListDocumentsOperation(ProjectStore store) {
        this(store, store::statuses);
    }

    /**
     * @param statuses each document's statuses by annotator, sorted (e.g. as an examination of the project just found
     *                 them), or null for a document whose statuses the store is to read
     */
    public ListDocumentsOperation(ProjectStore store, Function<Document, Map<String, AnnotationStatus>> statuses) {
        this.store = store;
        this.statuses = statuses;
    }

    public List<DocumentSummary> execute(IProgressMonitor monitor) {
        List<Document> documents = store.project().getDocuments();
        SubMonitor progress = SubMonitor.convert(monitor, "Listing documents", documents.size());
        List<DocumentSummary> result = new ArrayList<>(documents.size());
        for (Document document : documents) {
            progress.checkCanceled();
            Map<String, String> statuses = new LinkedHashMap<>();
            for (Annotator annotator : store.project().getAnnotators()) {
                statuses.put(annotator.getName(), AnnotationStatus.NEW.getLiteral());
            }
            Map<String, AnnotationStatus> known = this.statuses.apply(document);
            (known != null ? known : store.statuses(document))
                    .forEach((annotator, status) -> statuses.put(annotator, status.getLiteral()));
            result.add(new DocumentSummary(document.getId(), document.getTitle(), document.getTextLength(),
                    document.getBodyBegin(), document.getBodyEnd(), document.getDate(), document.getLanguage(), statuses));
            progress.worked(1);
        }
        return result;
    }
}
