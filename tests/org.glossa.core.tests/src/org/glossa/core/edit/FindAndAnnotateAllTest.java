package org.glossa.core.edit;

import static org.glossa.core.edit.SampleProject.assertIndexMatches;
import static org.glossa.core.edit.SampleProject.assertSameButIdCounter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.schema.NewsSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindAndAnnotateAllTest {
    /** The menu line is outside the body region: exports and agreement ignore it, so does the search. */
    private static final String MENU = "Home | Calloway fan club | Cats\n";
    private static final String FIRST = MENU + "Mayor Ines Calloway said CALLOWAY's cats like Calloway.\n";
    private static final String SECOND = "Callowayville is not Calloway. 我们在北京大学学习。京大\n";

    @TempDir
    Path dir;

    private ProjectStore store;
    private Document first;
    private Document second;

    @BeforeEach
    void createProject() throws Exception {
        store = SampleProject.create(dir);
        first = SampleProject.addDocument(store, "first", FIRST, MENU.length(), FIRST.length());
        second = SampleProject.addDocument(store, "second", SECOND);
        store.save();
    }

    private List<Occurrence> find(String query, boolean caseSensitive, boolean wholeWord) {
        return new FindOccurrencesOperation(store, query, caseSensitive, wholeWord).execute(new NullProgressMonitor());
    }

    private static List<String> places(List<Occurrence> occurrences) {
        List<String> places = new ArrayList<>();
        for (Occurrence o : occurrences) {
            places.add(o.document().getId() + "@" + o.begin());
        }
        return places;
    }

    @Test
    void findsOnlyInsideBodyRegionsWithCaseAndWholeWordOptions() {
        int inesCalloway = FIRST.indexOf("Calloway said");
        int shouted = FIRST.indexOf("CALLOWAY");
        int last = FIRST.lastIndexOf("Calloway");
        int town = SECOND.indexOf("Callowayville");
        int notCalloway = SECOND.indexOf("Calloway.");

        assertEquals(List.of("first@" + inesCalloway, "first@" + last, "second@" + town, "second@" + notCalloway),
                places(find("Calloway", true, false)), "the menu line is not searched");
        assertEquals(List.of("first@" + inesCalloway, "first@" + shouted, "first@" + last, "second@" + town,
                "second@" + notCalloway), places(find("calloway", false, false)));
        assertEquals(List.of("first@" + inesCalloway, "first@" + shouted, "first@" + last, "second@" + notCalloway),
                places(find("calloway", false, true)), "Callowayville is not the whole word; CALLOWAY's is");
        assertEquals(List.of(), find("cat", false, true), "cats is not cat");
        assertEquals(1, find("cats", false, true).size(), "Cats in the menu is outside the body");
    }

    @Test
    void wholeWordsInChineseFollowTheDictionary() {
        assertEquals(List.of("second@" + SECOND.indexOf("北京")), places(find("北京", true, true)));
        assertEquals(List.of("second@" + SECOND.lastIndexOf("京大")), places(find("京大", true, true)),
                "京大 inside 北京大学 is not a word; the one after the full stop stands alone");
        assertEquals(2, find("京大", true, false).size());
    }

    @Test
    void contextSurroundsTheOccurrenceOnOneLine() {
        Occurrence occurrence = find("Ines", true, true).get(0);
        assertEquals(first, occurrence.document());
        assertEquals("Ines", FIRST.substring(occurrence.begin(), occurrence.end()));
        assertTrue(occurrence.context().contains("Mayor Ines Calloway said"), occurrence.context());
        assertFalse(occurrence.context().contains("\n"), "line breaks become spaces");
        assertTrue(occurrence.context().length() <= 4 + 60, occurrence.context());
    }

    @Test
    void cancelingStopsTheSearch() {
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        assertThrows(OperationCanceledException.class,
                () -> new FindOccurrencesOperation(store, "Calloway", true, false).execute(monitor));
        assertThrows(IllegalArgumentException.class, () -> new FindOccurrencesOperation(store, "", true, false));
    }

    @Test
    void annotateAllSkipsExistingSpansAndIsUndoneInOneStep() throws Exception {
        EditingSession session = new EditingSession(store, "alice");
        int existing = FIRST.indexOf("Calloway said");
        session.createSpan(first, NewsSchema.ENTITY, "PER", existing, existing + 8);
        session.createSpan(second, NewsSchema.ENTITY, "ORG", SECOND.indexOf("Calloway."), SECOND.indexOf("Calloway.") + 8);
        AnnotationSet firstBefore = EcoreUtil.copy(session.set(first));
        AnnotationSet secondBefore = EcoreUtil.copy(session.set(second));
        List<ModelChange> changes = new ArrayList<>();
        session.addChangeListener(changes::add);

        List<Occurrence> occurrences = find("calloway", false, true);
        List<SpanAnnotation> created = session.annotateAll(occurrences, NewsSchema.ENTITY, "PER");
        assertEquals(3, created.size(), "4 occurrences, one of which already has a PER span");
        assertEquals("Annotate 3 occurrences as PER", session.undoLabel());
        assertTrue(created.stream().allMatch(s -> s.getLabel().equals("PER") && s.getCreatedBy().equals("alice")));
        assertEquals(List.of(new ModelChange(first, FIRST.indexOf("CALLOWAY"), FIRST.lastIndexOf("Calloway") + 8,
                ModelChange.Kind.SPANS), new ModelChange(second, SECOND.indexOf("Calloway."),
                        SECOND.indexOf("Calloway.") + 8, ModelChange.Kind.SPANS)), changes);
        assertIndexMatches(session.set(first), session.index(first));

        assertEquals(List.of(), session.annotateAll(occurrences, NewsSchema.ENTITY, "PER"), "nothing left to annotate");
        assertEquals("Annotate 3 occurrences as PER", session.undoLabel(), "and no command for nothing");

        session.undo();
        assertSameButIdCounter(firstBefore, session.set(first));
        assertSameButIdCounter(secondBefore, session.set(second));
        assertIndexMatches(session.set(first), session.index(first));
        assertIndexMatches(session.set(second), session.index(second));
        session.redo();
        assertEquals(3, session.index(first).size());
        assertEquals(created.get(2), session.index(second).at(SECOND.indexOf("Calloway.")).get(1));
    }

    @Test
    void annotateAllInANoOverlapLayerSkipsOccurrencesThatWouldOverlap() throws Exception {
        EditingSession session = new EditingSession(store, "alice");
        session.createSpan(second, SampleProject.SENTENCE, "S", 0, 5);
        List<Occurrence> occurrences = List.of(new Occurrence(second, 2, 8, ""), new Occurrence(second, 10, 20, ""),
                new Occurrence(second, 15, 25, ""), new Occurrence(second, 20, 25, ""), new Occurrence(second, 10, 20, ""));
        List<SpanAnnotation> created = session.annotateAll(occurrences, SampleProject.SENTENCE, "S");
        assertEquals(List.of("10-20", "20-25"), created.stream().map(s -> s.getBegin() + "-" + s.getEnd()).toList());
        assertThrows(IllegalArgumentException.class,
                () -> session.annotateAll(List.of(new Occurrence(second, 0, 999, "")), NewsSchema.ENTITY, "PER"));
        assertThrows(IllegalArgumentException.class,
                () -> session.annotateAll(occurrences, NewsSchema.ENTITY, "NOPE"));
    }
}
