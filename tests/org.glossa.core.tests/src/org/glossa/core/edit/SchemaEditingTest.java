package org.glossa.core.edit;

import static org.glossa.core.edit.EditingSessionTest.assertRefused;
import static org.glossa.core.edit.SampleProject.TEXT;
import static org.glossa.core.edit.SampleProject.assertIndexMatches;
import static org.glossa.core.edit.SampleProject.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSchema;
import org.glossa.model.AttributeKind;
import org.glossa.model.Document;
import org.glossa.model.Label;
import org.glossa.model.Layer;
import org.glossa.model.LinkType;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.SchemaQuery;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaEditingTest {
    private static final String OTHER_TEXT = "Premier Ana Ruiz met Mayor Calloway in Springfield.\n";

    @TempDir
    Path dir;

    /** A saved project where alice, bob and the gold set use PER in two documents. */
    @BeforeEach
    void annotateAndSave() throws Exception {
        ProjectStore store = SampleProject.create(dir);
        Document bridge = SampleProject.addDocument(store, "bridge", TEXT);
        Document meeting = SampleProject.addDocument(store, "meeting", OTHER_TEXT);
        EditingSession alice = new EditingSession(store, "alice");
        EditingSession bob = new EditingSession(store, "bob");
        int[] ines = find(TEXT, "Ines Calloway");
        int[] quote = find(TEXT, "\"It is a great day,\"");
        int[] ana = find(OTHER_TEXT, "Ana Ruiz");
        SpanAnnotation speaker = alice.createSpan(bridge, NewsSchema.ENTITY, "PER", ines[0], ines[1]);
        alice.link(alice.createSpan(bridge, NewsSchema.QUOTE, "QUOTE", quote[0], quote[1]), NewsSchema.SPEAKER, speaker);
        alice.createSpan(meeting, NewsSchema.ENTITY, "PER", ana[0], ana[1]);
        bob.createSpan(bridge, NewsSchema.ENTITY, "PER", ines[0] + 5, ines[1]);
        bob.createSpan(bridge, NewsSchema.ENTITY, "ORG", 0, 5);
        Spans.add(store.annotations(meeting, "gold"), NewsSchema.ENTITY, "PER", ana[0], ana[1], "carol", Origin.ADJUDICATED);
        store.save();
        store.close();
    }

    @Test
    void renamingALabelRewritesEverySavedSetOfEveryAnnotatorAndUndoRewritesThemBack() throws Exception {
        ProjectStore store = ProjectStore.openForWriting(dir, "test");
        EditingSession session = new EditingSession(store, "alice");
        Document bridge = store.document("bridge").orElseThrow();
        SpanIndex index = session.index(bridge);
        List<ModelChange> changes = new ArrayList<>();
        session.addChangeListener(changes::add);
        SchemaEditing schema = new SchemaEditing(session);
        Label per = SchemaQuery.label(store.schema(), NewsSchema.ENTITY, "PER").orElseThrow();
        assertEquals(4, SchemaEditing.usages(store, NewsSchema.ENTITY, "PER"));

        schema.renameLabel(per, "PERSON");
        assertEquals("Rename label PER to PERSON", session.undoLabel());
        assertEquals(List.of(ModelChange.projectWide()), changes);
        assertEquals(0, SchemaEditing.usages(store, NewsSchema.ENTITY, "PER"));
        assertEquals(4, SchemaEditing.usages(store, NewsSchema.ENTITY, "PERSON"));
        assertEquals("PERSON", index.at(find(TEXT, "Ines")[0]).get(0).getLabel(), "the open document's index follows");
        assertIndexMatches(session.set(bridge), index);
        session.save();
        assertEquals(List.of("PERSON", "PERSON", "PERSON", "PERSON"), labels(ProjectStore.open(dir), "PER", "PERSON"));
        assertEquals(1, SchemaEditing.usages(ProjectStore.open(dir), NewsSchema.ENTITY, "ORG"), "other labels stay");

        session.undo();
        assertEquals(4, SchemaEditing.usages(store, NewsSchema.ENTITY, "PER"));
        assertIndexMatches(session.set(bridge), index);
        session.save();
        assertEquals(List.of("PER", "PER", "PER", "PER"), labels(ProjectStore.open(dir), "PER", "PERSON"));

        session.redo();
        assertEquals(4, SchemaEditing.usages(store, NewsSchema.ENTITY, "PERSON"));
    }

    @Test
    void renamingALayerRewritesSpansAndKeepsLinksValid() throws Exception {
        ProjectStore store = ProjectStore.openForWriting(dir, "test");
        EditingSession session = new EditingSession(store, "bob");
        SchemaEditing schema = new SchemaEditing(session);
        Layer entity = SchemaQuery.layer(store.schema(), NewsSchema.ENTITY).orElseThrow();
        assertRefused("already has a layer Quote", () -> schema.renameLayer(entity, NewsSchema.QUOTE));

        schema.renameLayer(entity, "Named");
        session.save(); // validates every changed set: the speaker link must still point at an allowed layer
        ProjectStore reopened = ProjectStore.open(dir);
        assertEquals(4, SchemaEditing.usages(reopened, "Named", "PER"));
        assertEquals(0, SchemaEditing.usages(reopened, NewsSchema.ENTITY, "PER"));
        assertTrue(SchemaQuery.layer(reopened.schema(), "Named").isPresent());

        session.undo();
        session.save();
        assertEquals(4, SchemaEditing.usages(ProjectStore.open(dir), NewsSchema.ENTITY, "PER"));
    }

    @Test
    void aLabelInUseCannotBeDeletedAndTheMessageSaysHowMuchUsesIt() throws Exception {
        ProjectStore store = ProjectStore.openForWriting(dir, "test");
        EditingSession session = new EditingSession(store, "alice");
        SchemaEditing schema = new SchemaEditing(session);
        Label per = SchemaQuery.label(store.schema(), NewsSchema.ENTITY, "PER").orElseThrow();
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> schema.deleteLabel(per));
        assertEquals("label PER of layer Entity is used by 4 spans in 2 documents", refused.getMessage());
        Label org = SchemaQuery.label(store.schema(), NewsSchema.ENTITY, "ORG").orElseThrow();
        assertEquals("label ORG of layer Entity is used by 1 span in 1 document",
                assertThrows(IllegalStateException.class, () -> schema.deleteLabel(org)).getMessage());

        AnnotationSchema before = EcoreUtil.copy(store.schema());
        Layer entity = SchemaQuery.layer(store.schema(), NewsSchema.ENTITY).orElseThrow();
        schema.deleteLabel(SchemaQuery.label(entity, "MISC").orElseThrow());
        assertTrue(SchemaQuery.label(entity, "MISC").isEmpty());
        schema.addLabel(entity, "OTHER", "#123456", "9"); // MISC's hot key is free now
        session.undo();
        session.undo();
        assertTrue(EcoreUtil.equals(before, store.schema()), "the label is back in its place with its hot key");
    }

    @Test
    void schemaAdditionsAreValidatedUndoableAndAnnounced() throws Exception {
        ProjectStore store = ProjectStore.openForWriting(dir, "test");
        EditingSession session = new EditingSession(store, "alice");
        SchemaEditing schema = new SchemaEditing(session);
        List<ModelChange> changes = new ArrayList<>();
        session.addChangeListener(changes::add);
        AnnotationSchema before = EcoreUtil.copy(store.schema());
        Layer entity = SchemaQuery.layer(store.schema(), NewsSchema.ENTITY).orElseThrow();

        assertRefused("already has a label PER", () -> schema.addLabel(entity, "PER", "#000000", null));
        assertRefused("without spaces", () -> schema.addLabel(entity, "NEW LABEL", "#000000", null));
        assertRefused("is not of the form #rrggbb", () -> schema.addLabel(entity, "TITLE", "red", null));
        assertRefused("hot key '1' is already used by label PER of layer Entity",
                () -> schema.addLabel(entity, "TITLE", "#000000", "1"));
        assertRefused("one digit 1-9 or one letter", () -> schema.addLabel(entity, "TITLE", "#000000", "F1"));
        assertRefused("already has a layer Entity", () -> schema.addLayer(NewsSchema.ENTITY, true));
        assertRefused("needs distinct, non-blank choices",
                () -> schema.addAttribute(entity, "confidence", AttributeKind.CHOICE, List.of()));
        assertRefused("needs at least one target layer", () -> schema.addLinkType(entity, "sameAs", true, List.of()));
        assertEquals(List.of(), changes);

        Layer topic = schema.addLayer("Topic", false);
        Label sports = schema.addLabel(topic, "SPORTS", "#00ff00", "t");
        schema.setColor(sports, "#00aa00");
        schema.setHotKey(sports, null);
        schema.addAttribute(topic, "confidence", AttributeKind.NUMBER, null);
        schema.addAttribute(topic, "scope", AttributeKind.CHOICE, List.of("article", "paragraph"));
        schema.addLinkType(topic, "about", true, List.of(entity, topic));
        assertEquals(7, changes.size());
        assertTrue(changes.stream().allMatch(ModelChange.projectWide()::equals));
        assertEquals("#00aa00", sports.getColor());
        assertEquals(null, sports.getHotKey());
        AnnotationSchema after = EcoreUtil.copy(store.schema());
        session.save(); // a valid schema

        for (int i = 0; i < 7; i++) {
            session.undo();
        }
        assertTrue(EcoreUtil.equals(before, store.schema()));
        assertFalse(session.canUndo());
        for (int i = 0; i < 7; i++) {
            session.redo();
        }
        assertTrue(EcoreUtil.equals(after, store.schema()));
    }

    @Test
    void aLinkTypeCanAllowSeveralLinksAndGoesBackToOneOnlyWhenNoSpanHasSeveral() throws Exception {
        ProjectStore store = ProjectStore.openForWriting(dir, "test");
        EditingSession session = new EditingSession(store, "alice");
        SchemaEditing schema = new SchemaEditing(session);
        Layer quoteLayer = SchemaQuery.layer(store.schema(), NewsSchema.QUOTE).orElseThrow();
        LinkType speaker = SchemaQuery.linkType(quoteLayer, NewsSchema.SPEAKER).orElseThrow();
        LinkType cue = SchemaQuery.linkType(quoteLayer, NewsSchema.CUE_LINK).orElseThrow();
        assertTrue(speaker.isMultiple(), "the news schema allows joint speakers");
        assertFalse(cue.isMultiple());

        schema.setMultiple(cue, true);
        assertEquals("Allow several cue links", session.undoLabel());
        assertTrue(cue.isMultiple());
        session.undo();
        assertFalse(cue.isMultiple());

        Document bridge = store.document("bridge").orElseThrow();
        SpanAnnotation quote = session.set(bridge).getSpans().stream().filter(s -> s.getLayer().equals(NewsSchema.QUOTE))
                .findFirst().orElseThrow();
        int[] calloway = find(TEXT, "Calloway told");
        session.link(quote, NewsSchema.SPEAKER, session.createSpan(bridge, NewsSchema.ENTITY, "PER", calloway[0], calloway[1]));
        session.save();
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> schema.setMultiple(speaker, false));
        assertEquals("1 span of layer Quote has several speaker links; remove all but one first", refused.getMessage());
        assertTrue(speaker.isMultiple());
    }

    /** The labels of every PER-or-renamed span in every set of the project, read from the files. */
    private static List<String> labels(ProjectStore store, String... labels) throws Exception {
        List<String> result = new ArrayList<>();
        List<String> wanted = List.of(labels);
        for (Document document : store.project().getDocuments()) {
            for (String annotator : store.annotatorsOf(document)) {
                store.annotations(document, annotator).getSpans().stream().map(SpanAnnotation::getLabel)
                        .filter(wanted::contains).forEach(result::add);
            }
        }
        return result;
    }
}
