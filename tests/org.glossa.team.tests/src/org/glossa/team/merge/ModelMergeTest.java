package org.glossa.team.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.glossa.core.storage.SecureXmi;
import org.glossa.model.AnnotationSet;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.junit.jupiter.api.Test;

/** Three-way merges of one annotation set by identity: spans by id, links by type and target. */
class ModelMergeTest {
    private static final String FILE = "annotations/one/alice.xmi";

    @Test
    void spansAddedOnTwoMachinesAreBothKeptAndNumberingContinuesAfterBoth() throws IOException {
        byte[] base = save(set -> span(set, "PER", 0, 4));
        byte[] ours = edit(base, set -> span(set, "ORG", 10, 14));
        byte[] theirs = edit(base, set -> {
            span(set, "GPE", 20, 24);
            span(set, "GPE", 30, 34);
        });
        ModelMerge.Result result = ModelMerge.merge(FILE, base, ours, theirs, Resolution.NONE);
        assertTrue(result.clean(), result.conflicts().toString());
        AnnotationSet merged = load(result.bytes());
        // both numbered from s2: this side's new span takes the number after both counters
        assertEquals(List.of("s1 PER 0-4", "s4 ORG 10-14", "s2 GPE 20-24", "s3 GPE 30-34"), describe(merged));
        assertEquals(5, merged.getNextSpanNumber());
    }

    @Test
    void theSameSpanIdWithOtherContentIsAConflictNamedBySpan() throws IOException {
        byte[] base = save(set -> span(set, "PER", 0, 4));
        byte[] ours = edit(base, set -> set.getSpans().get(0).setLabel("ORG"));
        byte[] theirs = edit(base, set -> set.getSpans().get(0).setLabel("GPE"));
        ModelMerge.Result result = ModelMerge.merge(FILE, base, ours, theirs, Resolution.NONE);
        assertFalse(result.clean());
        assertEquals(List.of(new MergeConflict(FILE, "span s1", "label", "ORG", "GPE")), result.conflicts());

        ModelMerge.Result decided = ModelMerge.merge(FILE, base, ours, theirs, Resolution.THEIRS);
        assertTrue(decided.clean());
        assertEquals(List.of("s1 GPE 0-4"), describe(load(decided.bytes())));
        assertEquals(1, decided.resolved().size());
    }

    @Test
    void changesToDifferentPropertiesOfOneSpanAreBothTaken() throws IOException {
        byte[] base = save(set -> span(set, "PER", 0, 4));
        byte[] ours = edit(base, set -> set.getSpans().get(0).setNote("check the spelling"));
        byte[] theirs = edit(base, set -> set.getSpans().get(0).setEnd(6));
        ModelMerge.Result result = ModelMerge.merge(FILE, base, ours, theirs, Resolution.NONE);
        assertTrue(result.clean(), result.conflicts().toString());
        SpanAnnotation span = load(result.bytes()).getSpans().get(0);
        assertEquals("check the spelling", span.getNote());
        assertEquals(6, span.getEnd());
    }

    @Test
    void aLinkToASpanTheOtherSideRemovedIsAConflictAndLinksOtherwiseFollowTheirTargets() throws IOException {
        byte[] base = save(set -> {
            span(set, "PER", 0, 4);
            span(set, "PER", 10, 14);
        });
        byte[] ours = edit(base, set -> {
            SpanAnnotation quote = Spans.add(set, NewsSchema.QUOTE, "QUOTE", 20, 40, "alice", Origin.MANUAL);
            Spans.link(quote, NewsSchema.SPEAKER, set.getSpans().get(1));
        });
        byte[] theirs = edit(base, set -> set.getSpans().remove(1));
        ModelMerge.Result result = ModelMerge.merge(FILE, base, ours, theirs, Resolution.NONE);
        assertFalse(result.clean());
        assertTrue(result.conflicts().get(0).describe().contains("span s2"), result.conflicts().toString());

        byte[] unrelated = edit(base, set -> set.getSpans().get(0).setNote("seen"));
        ModelMerge.Result linked = ModelMerge.merge(FILE, base, ours, unrelated, Resolution.NONE);
        assertTrue(linked.clean(), linked.conflicts().toString());
        AnnotationSet merged = load(linked.bytes());
        SpanAnnotation quote = merged.getSpans().stream().filter(s -> s.getLayer().equals(NewsSchema.QUOTE)).findFirst()
                .orElseThrow();
        assertEquals(merged.getSpans().get(1), quote.getLinks().get(0).getTarget(), "the link points into the merged set");
        assertEquals("seen", merged.getSpans().get(0).getNote());
    }

    @Test
    void aFileBothSidesAddedMergesWithoutABase() throws IOException {
        byte[] ours = save(set -> span(set, "PER", 0, 4));
        byte[] theirs = save(set -> span(set, "PER", 0, 4));
        ModelMerge.Result result = ModelMerge.merge(FILE, null, ours, theirs, Resolution.NONE);
        assertTrue(result.clean(), result.conflicts().toString());
        assertEquals(List.of("s1 PER 0-4"), describe(load(result.bytes())));
    }

    private static void span(AnnotationSet set, String label, int begin, int end) {
        Spans.add(set, NewsSchema.ENTITY, label, begin, end, "alice", Origin.MANUAL);
    }

    private static byte[] save(Consumer<AnnotationSet> content) throws IOException {
        AnnotationSet set = GlossaFactory.eINSTANCE.createAnnotationSet();
        set.setDocumentId("one");
        set.setAnnotator("alice");
        content.accept(set);
        XMIResourceImpl resource = SecureXmi.newResource(URI.createURI("test:/" + FILE));
        resource.getContents().add(set);
        return SecureXmi.serialize(resource);
    }

    private static byte[] edit(byte[] bytes, Consumer<AnnotationSet> change) throws IOException {
        AnnotationSet set = load(bytes);
        change.accept(set);
        return SecureXmi.serialize(set.eResource());
    }

    private static AnnotationSet load(byte[] bytes) throws IOException {
        XMIResourceImpl resource = SecureXmi.newResource(URI.createURI("test:/" + FILE));
        return (AnnotationSet) SecureXmi.load(resource, new ByteArrayInputStream(bytes));
    }

    private static List<String> describe(AnnotationSet set) {
        return set.getSpans().stream().map(s -> s.getId() + " " + s.getLabel() + " " + s.getBegin() + "-" + s.getEnd())
                .toList();
    }
}
