package org.glossa.core.edit;

import static org.glossa.core.edit.SampleProject.TEXT;
import static org.glossa.core.edit.SampleProject.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.glossa.core.edit.SpanTemplate.IncomingLink;
import org.glossa.core.edit.SpanTemplate.LinkTemplate;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Document;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.schema.NewsSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A curator's session on gold: adopted spans with attributes and links in one undoable step, validated first. */
class GoldSessionTest {
    @TempDir
    Path dir;
    private ProjectStore store;
    private Document doc;
    private EditingSession gold;

    @BeforeEach
    void open() throws Exception {
        store = SampleProject.create(dir);
        doc = SampleProject.addDocument(store, "bridge", TEXT);
        store.save();
        gold = EditingSession.forGold(store, "curator");
    }

    @Test
    void adoptedSpansAreAdjudicatedGoldWithLinksAndAttributesAndUndoAsOneStep() throws Exception {
        int[] ines = find(TEXT, "Ines Calloway");
        int[] said = find(TEXT, "said");
        List<SpanAnnotation> created = gold.adoptSpans(doc, List.of(
                new SpanTemplate(NewsSchema.QUOTE, "QUOTE", said[0], TEXT.indexOf('.') + 1, Map.of("type", "indirect"), null,
                        List.of(LinkTemplate.toTemplate(NewsSchema.SPEAKER, 1))),
                new SpanTemplate(NewsSchema.ENTITY, "PER", ines[0], ines[1], Map.of(), null, List.of())), "Adopt");
        AnnotationSet set = gold.set(doc);
        assertTrue(set.isGold());
        assertEquals(2, set.getSpans().size());
        assertEquals(AnnotationStatus.IN_PROGRESS, set.getStatus(), "the first gold span starts the document");
        SpanAnnotation quote = created.get(0);
        assertEquals(Origin.ADJUDICATED, quote.getOrigin());
        assertEquals("curator", quote.getCreatedBy());
        assertEquals("indirect", quote.getAttributes().get("type"));
        assertEquals(created.get(1), quote.getLinks().get(0).getTarget());
        assertEquals(List.of(quote.getLinks().get(0)), gold.index(doc).incomingLinks(created.get(1)), "index follows");
        assertTrue(store.project().getAnnotators().stream().noneMatch(a -> a.getName().equals("gold")));

        gold.undo();
        assertEquals(0, set.getSpans().size());
        assertEquals(AnnotationStatus.NEW, set.getStatus());
        gold.redo();
        assertEquals(created, List.copyOf(set.getSpans()));
        assertEquals(created.get(1), quote.getLinks().get(0).getTarget());
    }

    @Test
    void replacingASpanMovesTheLinksThatPointedAtIt() throws Exception {
        int[] ines = find(TEXT, "Ines Calloway");
        int[] mayor = find(TEXT, "Mayor Ines Calloway");
        List<SpanAnnotation> first = gold.adoptSpans(doc, List.of(
                new SpanTemplate(NewsSchema.ENTITY, "PER", ines[0], ines[1], Map.of(), null, List.of()),
                new SpanTemplate(NewsSchema.QUOTE, "QUOTE", ines[1] + 1, TEXT.indexOf('.') + 1, Map.of(), null,
                        List.of(LinkTemplate.toTemplate(NewsSchema.SPEAKER, 0)))), "Adopt");
        SpanAnnotation quote = first.get(1);
        SpanAnnotation replacement = gold.replaceSpans(doc, List.of(first.get(0)), List.of(new SpanTemplate(NewsSchema.ENTITY,
                "PER", mayor[0], mayor[1], Map.of(), null, List.of(), List.of(new IncomingLink(quote, NewsSchema.SPEAKER)))),
                "Replace").get(0);
        assertEquals(replacement, quote.getLinks().get(0).getTarget());
        assertEquals(1, quote.getLinks().size());
        gold.undo();
        assertEquals(first.get(0), quote.getLinks().get(0).getTarget(), "undo restores the old target and link");
        assertEquals(1, quote.getLinks().size());
        gold.redo();
        assertEquals(replacement, quote.getLinks().get(0).getTarget());
    }

    @Test
    void invalidRequestsChangeNothing() throws Exception {
        int[] ines = find(TEXT, "Ines Calloway");
        int[] said = find(TEXT, "said");
        SpanTemplate per = new SpanTemplate(NewsSchema.ENTITY, "PER", ines[0], ines[1], Map.of(), null, List.of());
        assertThrows(IllegalArgumentException.class, () -> gold.adoptSpans(doc, List.of(per, per), "Twice"));
        assertThrows(IllegalArgumentException.class, () -> gold.adoptSpans(doc, List.of(per,
                new SpanTemplate(NewsSchema.CUE, "CUE", said[0], said[1], Map.of(), null,
                        List.of(LinkTemplate.toTemplate(NewsSchema.SPEAKER, 0)))), "Cue has no speaker link"));
        assertThrows(IllegalArgumentException.class, () -> gold.adoptSpans(doc, List.of(
                new SpanTemplate(NewsSchema.QUOTE, "QUOTE", said[0], said[1], Map.of("type", "shouted"), null, List.of())),
                "Bad attribute value"));
        assertThrows(IllegalArgumentException.class, () -> gold.adoptSpans(doc, List.of(
                new SpanTemplate(NewsSchema.ENTITY, "PER", 5, TEXT.length() + 3, Map.of(), null, List.of())), "Outside"));
        assertThrows(IllegalArgumentException.class, () -> gold.adoptSpans(doc, List.of(
                new SpanTemplate(SampleProject.SENTENCE, "S", 0, 20, Map.of(), null, List.of()),
                new SpanTemplate(SampleProject.SENTENCE, "S", 10, 30, Map.of(), null, List.of())), "Overlapping sentences"));
        assertEquals(0, gold.set(doc).getSpans().size());
        assertTrue(!gold.canUndo(), "no command was run");
        assertThrows(IllegalArgumentException.class, () -> EditingSession.forGold(store, "gold"));
    }
}
