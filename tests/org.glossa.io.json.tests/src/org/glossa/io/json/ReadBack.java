package org.glossa.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.glossa.core.format.ReadDocument;
import org.glossa.core.format.ReadDocument.ReadLink;
import org.glossa.core.format.ReadDocument.ReadSpan;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.Layer;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;

/**
 * Puts read documents into a project's documents as another annotator's spans, the way the annotation import
 * does for these tests' inputs: a document is matched by id, and the file's text must be its whole text or its
 * body (the JSON exports write the body: offsets are then shifted by the body's start); a type that names a layer
 * (case-insensitively) is a span of that layer with its first label, any other type an Entity label.
 */
final class ReadBack {
    private ReadBack() {
    }

    static void apply(ProjectStore store, List<ReadDocument> documents, String annotator) throws IOException {
        for (ReadDocument read : documents) {
            Document document = store.document(read.id()).orElse(null);
            assertNotNull(document, "the project has document " + read.id());
            String text = store.text(document);
            int shift;
            if (read.text().equals(text)) {
                shift = 0;
            } else if (read.text().equals(text.substring(document.getBodyBegin(), document.getBodyEnd()))) {
                shift = document.getBodyBegin();
            } else {
                fail("the text read for " + read.id() + " is neither its whole text nor its body");
                return;
            }
            AnnotationSet set = store.annotations(document, annotator);
            Map<String, SpanAnnotation> byKey = new HashMap<>();
            for (ReadSpan span : read.spans()) {
                Layer layer = store.schema().getLayers().stream().filter(l -> l.getName().equalsIgnoreCase(span.type()))
                        .findFirst().orElse(null);
                String layerName = layer == null ? NewsSchema.ENTITY : layer.getName();
                String label = layer == null ? span.type() : layer.getLabels().get(0).getName();
                SpanAnnotation added = Spans.add(set, layerName, label, span.begin() + shift, span.end() + shift, annotator,
                        Origin.IMPORTED);
                added.getAttributes().putAll(span.attributes());
                added.setNote(span.note());
                assertEquals(null, byKey.put(span.key(), added), "span keys are unique in " + read.id());
            }
            for (ReadLink link : read.links()) {
                Spans.link(byKey.get(link.from()), link.type(), byKey.get(link.to()));
            }
        }
    }
}
