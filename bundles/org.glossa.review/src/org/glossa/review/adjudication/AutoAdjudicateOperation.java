package org.glossa.review.adjudication;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.storage.DamagedFileException;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;
import org.glossa.review.adjudication.AutoAdjudicationResult.Adjudicated;
import org.glossa.review.adjudication.AutoAdjudicationResult.DocumentOutcome;
import org.glossa.review.adjudication.AutoAdjudicationResult.LeftOut;
import org.glossa.review.study.StudyLoader;

/**
 * The automatic part of adjudication, the same for the command line and the workbench: in each requested document,
 * every span that at least the quorum of its annotators marked identically goes to gold (see
 * {@link Adjudicator#auto}), one undoable command per document in the curator's gold session. The annotators of a
 * document are the requested ones with a set there; a document with fewer of them than the quorum needs is left
 * out. Nothing is saved: the caller saves the gold session when it wants.
 */
public final class AutoAdjudicateOperation {
    private final EditingSession gold;
    private final AutoAdjudicationRequest request;

    /** @param goldSession the curator's gold session ({@link EditingSession#forGold}) */
    public AutoAdjudicateOperation(EditingSession goldSession, AutoAdjudicationRequest request) {
        this.gold = goldSession;
        this.request = request;
    }

    public AutoAdjudicationResult execute(IProgressMonitor monitor) throws DamagedFileException {
        ProjectStore store = gold.store();
        AutoAdjudicationRequest.checkLayers(store.schema(), request.layers());
        Adjudicator adjudicator = new Adjudicator(gold);
        SubMonitor progress = SubMonitor.convert(monitor, "Adjudicating agreed spans", request.documentIds().size());
        List<DocumentOutcome> outcomes = new ArrayList<>();
        for (String id : request.documentIds()) {
            progress.split(1);
            Document document = store.document(id)
                    .orElseThrow(() -> new IllegalArgumentException("unknown document '" + id + "'"));
            outcomes.add(adjudicate(adjudicator, document));
        }
        return new AutoAdjudicationResult(outcomes);
    }

    private DocumentOutcome adjudicate(Adjudicator adjudicator, Document document) throws DamagedFileException {
        List<String> annotators = annotators(document);
        if (annotators.size() < request.annotatorsNeeded()) {
            return new LeftOut(document.getId(), annotators, request.annotatorsNeeded());
        }
        int quorum = request.quorum() == null ? annotators.size() : request.quorum();
        AdjudicationResult result = adjudicator.auto(document, annotators, request.layers(), quorum);
        return new Adjudicated(document.getId(), annotators, quorum, result.created().size(), result.undecided(),
                result.notes());
    }

    /** The requested annotators with a set on the document (everyone with one when none were named). */
    private List<String> annotators(Document document) {
        List<String> withSets = StudyLoader.annotatorsWithAnnotations(gold.store(), List.of(document));
        return request.annotators().isEmpty() ? withSets
                : request.annotators().stream().filter(withSets::contains).toList();
    }
}
