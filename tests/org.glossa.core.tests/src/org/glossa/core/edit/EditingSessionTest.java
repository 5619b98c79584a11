package org.glossa.core.edit;

import static org.glossa.core.edit.SampleProject.TEXT;
import static org.glossa.core.edit.SampleProject.assertIndexMatches;
import static org.glossa.core.edit.SampleProject.assertSameButIdCounter;
import static org.glossa.core.edit.SampleProject.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Document;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.schema.NewsSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class EditingSessionTest {
    @TempDir
    Path dir;

    private ProjectStore store;
    private Document doc;
    private EditingSession session;
    private final List<ModelChange> changes = new ArrayList<>();

    @BeforeEach
    void openSession() throws Exception {
        store = SampleProject.create(dir);
        doc = SampleProject.addDocument(store, "bridge", TEXT);
        store.save();
        session = new EditingSession(store, "alice");
        session.addChangeListener(changes::add);
    }

    @Test
    void createdSpanIsByTheAnnotatorAndUndoRedoRestoreExactly() throws Exception {
        AnnotationSet set = session.set(doc);
        AnnotationSet before = EcoreUtil.copy(set);
        int[] ines = find(TEXT, "Ines Calloway");

        SpanAnnotation span = session.createSpan(doc, NewsSchema.ENTITY, "PER", ines[0], ines[1]);
        assertEquals("alice", span.getCreatedBy());
        assertEquals(Origin.MANUAL, span.getOrigin());
        assertTrue(Instant.parse(span.getCreatedAt()).isBefore(Instant.now().plusSeconds(1)));
        assertSame(set, span.getSet());
        assertEquals("Create PER span", session.undoLabel());
        AnnotationSet after = EcoreUtil.copy(set);

        session.undo();
        assertSameButIdCounter(before, set);
        assertIndexMatches(set, session.index(doc));
        assertEquals("Create PER span", session.redoLabel());
        assertNull(session.undoLabel());

        session.redo();
        assertTrue(EcoreUtil.equals(after, set));
        assertSame(span, set.getSpans().get(0), "redo brings back the same span");
        assertIndexMatches(set, session.index(doc));

        session.undo();
        SpanAnnotation next = session.createSpan(doc, NewsSchema.ENTITY, "PER", ines[0], ines[1]);
        assertNotEquals(span.getId(), next.getId(), "ids are never reused, even after undo");
        assertFalse(session.canRedo());
    }

    @Test
    void everyEditIsUndoneAndRedoneExactly() throws Exception {
        int[] ines = find(TEXT, "Ines Calloway");
        int[] said = find(TEXT, "said");
        int[] quote = find(TEXT, "\"It is a great day,\"");
        int[] calloway = find(TEXT, "Calloway told");
        SpanAnnotation person = session.createSpan(doc, NewsSchema.ENTITY, "PER", ines[0], ines[1]);
        SpanAnnotation other = session.createSpan(doc, NewsSchema.ENTITY, "PER", calloway[0], calloway[0] + 8);
        SpanAnnotation cue = session.createSpan(doc, NewsSchema.CUE, "CUE", said[0], said[1]);
        SpanAnnotation speech = session.createSpan(doc, NewsSchema.QUOTE, "QUOTE", quote[0], quote[1]);
        session.link(speech, NewsSchema.SPEAKER, person);

        assertRestored(() -> session.changeLabel(person, NewsSchema.ENTITY, "ORG"));
        assertRestored(() -> session.setBoundaries(person, ines[0] + 5, ines[1]));
        assertRestored(() -> session.setAttribute(person, "canonical", "Ines Calloway"));
        session.setAttribute(speech, "type", "direct");
        assertRestored(() -> session.setAttribute(speech, "type", "indirect"));
        assertRestored(() -> session.setAttribute(speech, "type", null));
        assertRestored(() -> session.setNote(person, "check the spelling"));
        assertRestored(() -> session.link(speech, NewsSchema.SPEAKER, other));
        assertRestored(() -> session.link(speech, NewsSchema.CUE_LINK, cue));
        assertRestored(() -> session.unlink(speech.getLinks().get(0)));
        assertRestored(() -> session.setStatus(doc, AnnotationStatus.FINISHED));
        assertRestored(() -> session.deleteSpans(List.of(person, cue)));
        assertRestored(() -> session.deleteSpans(List.of(speech)));

        Document indexBefore = EcoreUtil.copy(doc);
        session.setBodyRegion(doc, 5, 40);
        assertEquals(5, doc.getBodyBegin());
        assertEquals(40, doc.getBodyEnd());
        session.undo();
        assertTrue(EcoreUtil.equals(indexBefore, doc));
        session.redo();
        assertEquals(5, doc.getBodyBegin());
    }

    /** Runs the edit, undoes and redoes it, comparing the set and the index with copies taken before and after. */
    private void assertRestored(Runnable edit) throws Exception {
        AnnotationSet set = session.set(doc);
        AnnotationSet before = EcoreUtil.copy(set);
        edit.run();
        assertFalse(EcoreUtil.equals(before, set), "the edit changed something");
        AnnotationSet after = EcoreUtil.copy(set);
        session.undo();
        assertTrue(EcoreUtil.equals(before, set), "undo restores the set exactly");
        assertIndexMatches(set, session.index(doc));
        session.redo();
        assertTrue(EcoreUtil.equals(after, set), "redo restores the edited set exactly");
        assertIndexMatches(set, session.index(doc));
    }

    @Test
    void invalidRequestsAreRefusedWithTheReasonAndChangeNothing() throws Exception {
        int[] ines = find(TEXT, "Ines Calloway");
        SpanAnnotation person = session.createSpan(doc, NewsSchema.ENTITY, "PER", ines[0], ines[1]);
        SpanAnnotation claim = session.createSpan(doc, NewsSchema.CLAIM, "CLAIM", 0, 10);
        AnnotationSet before = EcoreUtil.copy(session.set(doc));
        int commands = undoDepth();

        assertRefused("layer 'Topic' is not in the schema", () -> session.createSpan(doc, "Topic", "PER", 0, 5));
        assertRefused("label 'PERSON' is not in layer Entity", () -> session.createSpan(doc, NewsSchema.ENTITY, "PERSON", 0, 5));
        assertRefused("is not a non-empty range", () -> session.createSpan(doc, NewsSchema.ENTITY, "PER", 5, 5));
        assertRefused("is not a non-empty range", () -> session.createSpan(doc, NewsSchema.ENTITY, "PER", -1, 5));
        assertRefused("(length " + TEXT.length() + ")",
                () -> session.createSpan(doc, NewsSchema.ENTITY, "PER", 0, TEXT.length() + 1));
        assertRefused("already covers", () -> session.createSpan(doc, NewsSchema.ENTITY, "PER", ines[0], ines[1]));
        assertRefused("attribute 'stance' is not defined in layer Entity", () -> session.setAttribute(person, "stance", "asserts"));
        assertRefused("'maybe' is not a valid value for attribute 'stance' (one of asserts, denies, questions)",
                () -> session.setAttribute(claim, "stance", "maybe"));
        assertRefused("link type 'speaker' is not defined in layer Entity",
                () -> session.link(person, NewsSchema.SPEAKER, claim));
        assertRefused("not part of this project", () -> session.createSpan(EcoreUtil.copy(doc), NewsSchema.ENTITY, "PER", 0, 5));
        assertRefused("body region", () -> session.setBodyRegion(doc, 10, 10));
        session.deleteSpans(List.of(person));
        assertRefused("is not in alice's current annotations", () -> session.setNote(person, "gone"));
        session.undo();

        assertTrue(EcoreUtil.equals(before, session.set(doc)));
        assertEquals(commands, undoDepth());
    }

    @Test
    void noOverlapLayerRefusesOverlappingAndNestedSpansButAllowsAdjacentOnes() throws Exception {
        SpanAnnotation first = session.createSpan(doc, SampleProject.SENTENCE, "S", 0, 68);
        assertRefused("would overlap span " + first.getId(), () -> session.createSpan(doc, SampleProject.SENTENCE, "S", 60, 80));
        assertRefused("does not allow overlapping spans", () -> session.createSpan(doc, SampleProject.SENTENCE, "S", 10, 20));
        SpanAnnotation second = session.createSpan(doc, SampleProject.SENTENCE, "S", 69, TEXT.length());
        assertRefused("would overlap", () -> session.setBoundaries(second, 50, TEXT.length()));
        SpanAnnotation entity = session.createSpan(doc, NewsSchema.ENTITY, "PER", 6, 19);
        assertRefused("would overlap", () -> session.changeLabel(entity, SampleProject.SENTENCE, "S"));
        session.setBoundaries(first, 0, 69);
        assertEquals(69, first.getEnd());
        assertIndexMatches(session.set(doc), session.index(doc));
    }

    @Test
    void changeEventsNameTheDocumentAndTheUnionOfOldAndNewRanges() throws Exception {
        int[] ines = find(TEXT, "Ines Calloway");
        int[] quote = find(TEXT, "\"It is a great day,\"");
        SpanAnnotation person = session.createSpan(doc, NewsSchema.ENTITY, "PER", ines[0], ines[1]);
        assertEquals(List.of(new ModelChange(doc, ines[0], ines[1], ModelChange.Kind.SPANS),
                new ModelChange(doc, -1, -1, ModelChange.Kind.STATUS)), changes, "the first span also starts the document");

        changes.clear();
        session.setBoundaries(person, ines[0] + 5, ines[1] + 5);
        assertEquals(List.of(new ModelChange(doc, ines[0], ines[1] + 5, ModelChange.Kind.SPANS)), changes);
        changes.clear();
        session.undo();
        assertEquals(List.of(new ModelChange(doc, ines[0], ines[1] + 5, ModelChange.Kind.SPANS)), changes,
                "undo repaints the same range");

        SpanAnnotation speech = session.createSpan(doc, NewsSchema.QUOTE, "QUOTE", quote[0], quote[1]);
        changes.clear();
        session.link(speech, NewsSchema.SPEAKER, person);
        assertEquals(List.of(new ModelChange(doc, ines[0], quote[1], ModelChange.Kind.LINKS)), changes);

        changes.clear();
        session.setAttribute(speech, "type", "direct");
        session.setNote(speech, "nice");
        assertEquals(List.of(new ModelChange(doc, quote[0], quote[1], ModelChange.Kind.ATTRIBUTES),
                new ModelChange(doc, quote[0], quote[1], ModelChange.Kind.ATTRIBUTES)), changes);

        changes.clear();
        session.setStatus(doc, AnnotationStatus.FINISHED);
        assertEquals(List.of(new ModelChange(doc, -1, -1, ModelChange.Kind.STATUS)), changes);

        changes.clear();
        session.setBodyRegion(doc, 10, 30);
        assertEquals(List.of(new ModelChange(doc, 0, TEXT.length(), ModelChange.Kind.BODY)), changes);

        changes.clear();
        session.deleteSpans(List.of(person));
        assertEquals(List.of(new ModelChange(doc, ines[0], quote[1], ModelChange.Kind.SPANS)), changes,
                "deleting the speaker also repaints the quote that lost its link");
    }

    @Test
    void requestsThatChangeNothingAddNoCommand() throws Exception {
        int[] ines = find(TEXT, "Ines Calloway");
        SpanAnnotation person = session.createSpan(doc, NewsSchema.ENTITY, "PER", ines[0], ines[1]);
        int depth = undoDepth();
        changes.clear();
        session.changeLabel(person, NewsSchema.ENTITY, "PER");
        session.setBoundaries(person, ines[0], ines[1]);
        session.setNote(person, "  ");
        session.setAttribute(person, "canonical", null);
        session.setStatus(doc, AnnotationStatus.IN_PROGRESS); // the first span already started the document
        session.deleteSpans(List.of());
        assertEquals(List.of(), changes);
        assertEquals(depth, undoDepth());
    }

    @Test
    void saveClearsDirtyAndAReopenedStoreHasTheEdits() throws Exception {
        int[] ines = find(TEXT, "Ines Calloway");
        int[] quote = find(TEXT, "\"It is a great day,\"");
        assertFalse(session.isDirty(), "registering a new annotator is saved at once, not an unsaved change");
        assertFalse(store.isDirty());
        assertTrue(ProjectStore.open(dir).project().getAnnotators().stream().anyMatch(a -> a.getName().equals("alice")));
        SpanAnnotation person = session.createSpan(doc, NewsSchema.ENTITY, "PER", ines[0], ines[1]);
        SpanAnnotation speech = session.createSpan(doc, NewsSchema.QUOTE, "QUOTE", quote[0], quote[1]);
        session.link(speech, NewsSchema.SPEAKER, person);
        session.setAttribute(speech, "type", "direct");
        session.setStatus(doc, AnnotationStatus.FINISHED);
        session.setBodyRegion(doc, 6, TEXT.length());
        session.save();
        assertFalse(session.isDirty());
        assertFalse(session.commandStack().isSaveNeeded());
        assertTrue(session.canUndo(), "saving keeps the undo history");

        ProjectStore reopened = ProjectStore.open(dir);
        Document again = reopened.document("bridge").orElseThrow();
        assertEquals(6, again.getBodyBegin());
        assertTrue(reopened.project().getAnnotators().stream().anyMatch(a -> a.getName().equals("alice")));
        assertTrue(EcoreUtil.equals(session.set(doc), reopened.annotations(again, "alice")));

        session.undo();
        assertTrue(session.commandStack().isSaveNeeded());
    }

    @Test
    void dirtyExactlyWhileTheHistoryIsAwayFromTheLastSaveWhoeverSaved() throws Exception {
        int[] ines = find(TEXT, "Ines Calloway");
        int[] calloway = find(TEXT, "Calloway");
        int[] told = {0};
        session.addDirtyListener(() -> told[0]++);
        session.set(doc); // opening a document changes nothing
        assertFalse(session.isDirty());

        SpanAnnotation person = session.createSpan(doc, NewsSchema.ENTITY, "PER", ines[0], ines[1]);
        assertTrue(session.isDirty());
        session.undo();
        assertFalse(session.isDirty(), "undone back to the saved state");
        session.redo();
        assertTrue(session.isDirty());
        int before = told[0];
        session.save();
        assertFalse(session.isDirty());
        assertTrue(told[0] > before, "listeners hear of the save");
        session.undo();
        assertTrue(session.isDirty(), "undoing a saved change is a change");
        session.redo();
        assertFalse(session.isDirty(), "back at the saved state");

        // a curator's gold session saves the one store: the annotator's changes are on disk too
        EditingSession gold = EditingSession.forGold(store, "reviewer");
        session.changeLabel(person, NewsSchema.ENTITY, "ORG");
        assertTrue(session.isDirty());
        assertFalse(gold.isDirty());
        gold.createSpan(doc, NewsSchema.ENTITY, "PER", calloway[0], calloway[1]);
        gold.save();
        assertFalse(session.isDirty(), "saved by the gold session");
        assertFalse(gold.isDirty());
        assertEquals("ORG", ProjectStore.open(dir).annotations(doc, "alice").getSpans().get(0).getLabel());
        session.undo();
        assertTrue(session.isDirty(), "the file holds ORG, memory PER again");
    }

    @Test
    void annotatorNamesMustBeFileSafeAndNotGold() {
        assertRefused("not 'gold'", () -> new EditingSession(store, "gold"));
        assertRefused("must be letters", () -> new EditingSession(store, "../alice"));
        assertRefused("must be letters", () -> new EditingSession(store, ""));
        long registered = store.project().getAnnotators().stream().filter(a -> a.getName().equals("alice")).count();
        new EditingSession(store, "alice");
        assertEquals(registered, store.project().getAnnotators().stream().filter(a -> a.getName().equals("alice")).count(),
                "an annotator is registered once");
    }

    @Test
    void setsTheStoreLetGoOfAreTakenBackSoUndoStillReachesTheFile() throws Exception {
        int[] ines = find(TEXT, "Ines Calloway");
        AnnotationSet set = session.set(doc);
        SpanAnnotation person = session.createSpan(doc, NewsSchema.ENTITY, "PER", ines[0], ines[1]);
        session.save();
        store.releaseUnmodifiedSets(); // what statistics and corpus-wide passes do

        session.undo();
        assertSame(set, session.set(doc), "the session keeps its set");
        assertSame(set, store.annotations(doc, "alice"), "and the store holds it again");
        assertTrue(session.isDirty());
        assertIndexMatches(set, session.index(doc));
        session.redo();
        assertSame(person, session.index(doc).at(ines[0]).get(0));
        session.undo();
        session.save();
        assertTrue(ProjectStore.open(dir).annotations(doc, "alice").getSpans().isEmpty(), "the undo was saved");
    }

    @Test
    void aSetChangedBehindTheSessionsBackWinsAndTheHistoryIsDropped() throws Exception {
        session.createSpan(doc, NewsSchema.ENTITY, "PER", 6, 19);
        session.save();
        store.releaseUnmodifiedSets();
        AnnotationSet fresh = store.annotations(doc, "alice");
        fresh.setStatus(AnnotationStatus.FINISHED);
        changes.clear();

        assertSame(fresh, session.set(doc));
        assertFalse(session.canUndo());
        assertEquals(List.of(ModelChange.projectWide()), changes);
        assertIndexMatches(fresh, session.index(doc));
    }

    @Test
    void foreignCommandsAreUndoableAndTheIndexFollowsThem() throws Exception {
        SpanAnnotation person = session.createSpan(doc, NewsSchema.ENTITY, "PER", 6, 19);
        changes.clear();
        session.execute(new AbstractCommand("Move by hand") {
            @Override
            protected boolean prepare() {
                return true;
            }

            @Override
            public void execute() {
                person.setBegin(0);
            }

            @Override
            public void undo() {
                person.setBegin(6);
            }

            @Override
            public void redo() {
                execute();
            }
        });
        assertEquals("Move by hand", session.undoLabel());
        assertEquals(List.of(ModelChange.projectWide()), changes, "the session cannot know what it touched");
        assertEquals(List.of(person), session.index(doc).at(2));
        session.undo();
        assertEquals(List.of(), session.index(doc).at(2));
        assertIndexMatches(session.set(doc), session.index(doc));
    }

    @Test
    void aFailingCommandIsReportedNotSwallowed() throws Exception {
        session.createSpan(doc, NewsSchema.ENTITY, "PER", 6, 19);
        String undoLabel = session.undoLabel();
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> session.execute(new AbstractCommand("Broken") {
                    @Override
                    protected boolean prepare() {
                        return true;
                    }

                    @Override
                    public void execute() {
                        throw new IllegalStateException("broken on purpose");
                    }

                    @Override
                    public void redo() {
                        execute();
                    }
                }));
        assertEquals("broken on purpose", failure.getMessage());
        assertEquals(undoLabel, session.undoLabel(), "the failed command is not on the stack");
        assertIndexMatches(session.set(doc), session.index(doc));
    }

    private int undoDepth() {
        int depth = 0;
        while (session.canUndo()) {
            session.undo();
            depth++;
        }
        for (int i = 0; i < depth; i++) {
            session.redo();
        }
        return depth;
    }

    static void assertRefused(String expectedMessagePart, Executable request) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, request);
        assertTrue(e.getMessage().contains(expectedMessagePart), "message: " + e.getMessage());
    }

    @Test
    void theFirstSpanStartsTheDocumentAndUndoingItMakesItNewAgain() throws Exception {
        AnnotationSet set = session.set(doc);
        assertEquals(org.glossa.model.AnnotationStatus.NEW, set.getStatus());
        int[] ines = find(TEXT, "Ines Calloway");
        session.createSpan(doc, NewsSchema.ENTITY, "PER", ines[0], ines[1]);
        assertEquals(org.glossa.model.AnnotationStatus.IN_PROGRESS, set.getStatus());
        int[] bridge = find(TEXT, "bridge");
        session.createSpan(doc, NewsSchema.ENTITY, "LOC", bridge[0], bridge[1]);
        session.undo();
        assertEquals(org.glossa.model.AnnotationStatus.IN_PROGRESS, set.getStatus(), "a later span does not touch the status");
        session.undo();
        assertEquals(org.glossa.model.AnnotationStatus.NEW, set.getStatus(), "one undo step takes back span and status");
        assertTrue(set.getSpans().isEmpty());
        session.redo();
        assertEquals(org.glossa.model.AnnotationStatus.IN_PROGRESS, set.getStatus());
        assertEquals(1, set.getSpans().size());
    }
}
