package org.glossa.core.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    public ListDocumentsOperation(ProjectStore store) {
        this.store = store;
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
            store.statuses(document).forEach((annotator, status) -> statuses.put(annotator, status.getLiteral()));
            result.add(new DocumentSummary(document.getId(), document.getTitle(), document.getTextLength(),
                    document.getBodyBegin(), document.getBodyEnd(), document.getDate(), document.getLanguage(), statuses));
            progress.worked(1);
        }
        return result;
    }
}
