package org.glossa.review.adjudication;

import java.util.List;

import org.glossa.core.storage.ProjectLayout;
import org.glossa.model.AnnotationSchema;
import org.glossa.model.query.SchemaQuery;

/**
 * What {@link AutoAdjudicateOperation} adjudicates.
 *
 * @param documentIds the documents, in the order they are adjudicated and reported
 * @param layers      the layers to adjudicate; empty for every layer
 * @param annotators  whose sets to combine; empty for everyone with annotations on a document. Per document only
 *                    those of them with a set there take part
 * @param quorum      how many annotators must have marked a span identically; null for all annotators of each
 *                    document. A document with fewer annotators than the quorum (than two, when null) is left out
 */
public record AutoAdjudicationRequest(List<String> documentIds, List<String> layers, List<String> annotators,
        Integer quorum) {

    public AutoAdjudicationRequest {
        documentIds = List.copyOf(documentIds);
        layers = List.copyOf(layers);
        annotators = List.copyOf(annotators);
        if (quorum != null && quorum < 1) {
            throw new IllegalArgumentException("the quorum must be at least 1 annotator (got " + quorum + ")");
        }
        if (annotators.contains(ProjectLayout.GOLD)) {
            throw new IllegalArgumentException("gold is what is built, not a source");
        }
    }

    /** How many annotators a document needs to take part. */
    public int annotatorsNeeded() {
        return quorum == null ? 2 : quorum;
    }

    /** Fails on the first of the layers the schema does not have. */
    public static void checkLayers(AnnotationSchema schema, List<String> layers) {
        for (String layer : layers) {
            if (SchemaQuery.layer(schema, layer).isEmpty()) {
                throw new IllegalArgumentException("unknown layer '" + layer + "'");
            }
        }
    }
}
