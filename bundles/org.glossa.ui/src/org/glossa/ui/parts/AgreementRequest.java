package org.glossa.ui.parts;

import java.util.List;

import org.glossa.agreement.study.AgreementScope;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;
import org.glossa.review.study.DefaultScope;
import org.glossa.review.study.StudyLoader;

/**
 * What the agreement view asks to compute: a scope, or the sentence that says why there is nothing to compare.
 *
 * @param scope  the layer, annotators and documents to compare; null when there is nothing to compare
 * @param reason why there is nothing to compare; null when there is a scope
 */
record AgreementRequest(AgreementScope scope, String reason) {

    /** Which documents the view compares. */
    enum Documents {
        OPEN, ALL, FINISHED_BY_ALL
    }

    private static AgreementRequest nothing(String reason) {
        return new AgreementRequest(null, reason);
    }

    /**
     * The annotators chosen, or by default the group that shares the most documents (so that the comparison is not
     * empty as soon as someone worked on other documents than the rest).
     *
     * @param chosen the annotators the reviewer chose; empty: the default group
     * @param open   the document open in the editor, or null
     */
    static AgreementRequest of(ProjectStore store, String layer, Documents documents, Document open,
            List<String> chosen) {
        if (documents == Documents.OPEN) {
            return ofOpen(store, layer, open, chosen);
        }
        List<String> annotators;
        if (chosen.isEmpty()) {
            DefaultScope everywhere = DefaultScope.of(store, List.of());
            if (everywhere.isEmpty()) {
                return nothing(sentence(everywhere.reason()));
            }
            annotators = everywhere.annotators();
        } else {
            annotators = chosen;
        }
        List<String> ids = List.of();
        if (documents == Documents.FINISHED_BY_ALL) {
            ids = StudyLoader.finishedByAll(store, annotators);
            if (ids.isEmpty()) {
                return nothing("Nothing to compare: no document is finished by " + String.join(", ", annotators)
                        + " yet.");
            }
        }
        return new AgreementRequest(new AgreementScope(List.of(layer), annotators, ids), null);
    }

    private static AgreementRequest ofOpen(ProjectStore store, String layer, Document open, List<String> chosen) {
        if (open == null) {
            return nothing("Open a document, or choose all documents.");
        }
        List<String> documents = List.of(open.getId());
        List<String> annotators;
        if (chosen.isEmpty()) {
            DefaultScope here = DefaultScope.of(store, documents);
            if (here.isEmpty()) {
                return nothing(sentence(here.reason()));
            }
            annotators = here.annotators();
        } else {
            List<String> on = StudyLoader.annotatorsWithAnnotations(store, List.of(open));
            annotators = chosen.stream().filter(on::contains).toList();
            if (annotators.size() < 2) {
                return nothing("Nothing to compare: of " + String.join(", ", chosen) + ", "
                        + (annotators.isEmpty() ? "nobody" : "only " + annotators.get(0)) + " annotated this document.");
            }
        }
        return new AgreementRequest(new AgreementScope(List.of(layer), annotators, documents), null);
    }

    private static String sentence(String reason) {
        return Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".";
    }
}
