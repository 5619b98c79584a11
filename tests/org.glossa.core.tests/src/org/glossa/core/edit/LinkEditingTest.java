package org.glossa.core.edit;

import static org.glossa.core.edit.EditingSessionTest.assertRefused;
import static org.glossa.core.edit.SampleProject.TEXT;
import static org.glossa.core.edit.SampleProject.assertIndexMatches;
import static org.glossa.core.edit.SampleProject.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.Link;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.schema.NewsSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkEditingTest {
    @TempDir
    Path dir;

    private ProjectStore store;
    private Document doc;
    private EditingSession session;
    private AnnotationSet set;
    private SpanAnnotation ines;
    private SpanAnnotation calloway;
    private SpanAnnotation said;
    private SpanAnnotation quote;
    private SpanAnnotation claim;

    @BeforeEach
    void annotate() throws Exception {
        store = SampleProject.create(dir);
        doc = SampleProject.addDocument(store, "bridge", TEXT);
        session = new EditingSession(store, "alice");
        set = session.set(doc);
        ines = span(NewsSchema.ENTITY, "PER", "Ines Calloway");
        calloway = span(NewsSchema.ENTITY, "PER", "Calloway told");
        said = span(NewsSchema.CUE, "CUE", "said");
        quote = span(NewsSchema.QUOTE, "QUOTE", "\"It is a great day,\"");
        claim = span(NewsSchema.CLAIM, "CLAIM", "the bridge will open in May");
    }

    private SpanAnnotation span(String layer, String label, String covered) {
        int[] range = find(TEXT, covered);
        return session.createSpan(doc, layer, label, range[0], range[1]);
    }

    @Test
    void aSecondLinkOfASingleLinkTypeReplacesTheFirstAndUndoBringsItBack() throws Exception {
        SpanAnnotation told = span(NewsSchema.CUE, "CUE", "told");
        Link first = session.link(quote, NewsSchema.CUE_LINK, said);
        assertEquals("Add cue link", session.undoLabel());
        Link second = session.link(quote, NewsSchema.CUE_LINK, told);
        assertEquals("Replace cue link", session.undoLabel());
        assertEquals(List.of(second), quote.getLinks());
        assertEquals(List.of(), session.index(doc).incomingLinks(said));
        assertEquals(List.of(second), session.index(doc).incomingLinks(told));

        session.undo();
        assertEquals(List.of(first), quote.getLinks());
        assertSame(said, quote.getLinks().get(0).getTarget());
        assertIndexMatches(set, session.index(doc));
        session.redo();
        assertEquals(List.of(second), quote.getLinks());
        assertIndexMatches(set, session.index(doc));
    }

    @Test
    void aQuoteKeepsEverySpeakerOfAJointStatement() throws Exception {
        Link first = session.link(quote, NewsSchema.SPEAKER, ines);
        Link second = session.link(quote, NewsSchema.SPEAKER, calloway);
        assertEquals("Add speaker link", session.undoLabel(), "speakers are several: the second is added, not swapped");
        assertEquals(List.of(first, second), quote.getLinks());
        session.link(claim, NewsSchema.CLAIMANT, ines);
        session.link(claim, NewsSchema.CLAIMANT, calloway);
        assertEquals(2, claim.getLinks().size());
        assertIndexMatches(set, session.index(doc));
        session.undo();
        session.undo();
        session.undo();
        assertEquals(List.of(first), quote.getLinks());
    }

    @Test
    void linkingAgainToTheSameTargetChangesNothing() throws Exception {
        Link link = session.link(quote, NewsSchema.SPEAKER, ines);
        String label = session.undoLabel();
        assertSame(link, session.link(quote, NewsSchema.SPEAKER, ines));
        assertEquals(label, session.undoLabel());
        assertEquals(1, quote.getLinks().size());
    }

    @Test
    void linksToAWrongLayerAnotherSetOrTheSpanItselfAreRefused() throws Exception {
        assertRefused("points at Entity spans, not at " + said.getId(), () -> session.link(quote, NewsSchema.SPEAKER, said));
        assertRefused("points at Entity or Quote spans", () -> session.link(claim, NewsSchema.CLAIMANT, said));
        assertRefused("link type 'author' is not defined in layer Quote (it has speaker, cue)",
                () -> session.link(quote, "author", ines));
        assertRefused("cannot link to itself", () -> session.link(claim, NewsSchema.CLAIMANT, claim));

        EditingSession bob = new EditingSession(store, "bob");
        SpanAnnotation bobsPerson = bob.createSpan(doc, NewsSchema.ENTITY, "PER", ines.getBegin(), ines.getEnd());
        assertRefused("links stay within one annotation set", () -> session.link(quote, NewsSchema.SPEAKER, bobsPerson));
        assertRefused("is not in alice's current annotations", () -> session.link(bob.set(doc).getSpans().get(0),
                NewsSchema.SPEAKER, ines));
        assertTrue(quote.getLinks().isEmpty());
        session.link(claim, NewsSchema.CLAIMANT, quote); // claimants may be quotes
        assertEquals(List.of(claim.getLinks().get(0)), session.index(doc).incomingLinks(quote));
    }

    @Test
    void deletingSpansRemovesTheLinksPointingAtThemAndUndoRestoresEverything() throws Exception {
        session.link(quote, NewsSchema.CUE_LINK, said);
        session.link(quote, NewsSchema.SPEAKER, ines);
        session.link(claim, NewsSchema.CLAIMANT, ines);
        AnnotationSet before = EcoreUtil.copy(set);
        assertEquals(2, session.index(doc).incomingLinks(ines).size());

        session.deleteSpans(List.of(ines));
        assertEquals("Delete PER span", session.undoLabel());
        assertEquals(1, quote.getLinks().size(), "the speaker link went, the cue link stays");
        assertTrue(claim.getLinks().isEmpty());
        assertFalse(set.getSpans().contains(ines));
        assertIndexMatches(set, session.index(doc));

        session.undo();
        assertTrue(EcoreUtil.equals(before, set));
        assertSame(ines, quote.getLinks().get(1).getTarget(), "links come back in their place, to the same span");
        assertEquals(2, session.index(doc).incomingLinks(ines).size());
        assertIndexMatches(set, session.index(doc));

        session.redo();
        assertTrue(claim.getLinks().isEmpty());
        assertIndexMatches(set, session.index(doc));
    }

    @Test
    void deletingASourceTogetherWithItsTargetRestoresBoth() throws Exception {
        session.link(quote, NewsSchema.SPEAKER, ines);
        session.link(claim, NewsSchema.CLAIMANT, quote);
        AnnotationSet before = EcoreUtil.copy(set);
        session.deleteSpans(List.of(ines, quote, quote));
        assertEquals("Delete 2 spans", session.undoLabel());
        assertEquals(3, set.getSpans().size());
        assertTrue(claim.getLinks().isEmpty());
        session.undo();
        assertTrue(EcoreUtil.equals(before, set));
        assertIndexMatches(set, session.index(doc));
    }

    @Test
    void changingTheLayerDropsTheLinksAndAttributesTheNewLayerDoesNotAllow() throws Exception {
        session.link(quote, NewsSchema.SPEAKER, ines);
        session.link(claim, NewsSchema.CLAIMANT, ines);
        session.setAttribute(ines, "canonical", "Ines Calloway");
        AnnotationSet before = EcoreUtil.copy(set);

        session.changeLabel(ines, NewsSchema.CUE, "CUE");
        assertEquals(NewsSchema.CUE, ines.getLayer());
        assertTrue(quote.getLinks().isEmpty(), "a speaker must be an entity");
        assertTrue(claim.getLinks().isEmpty(), "a claimant must be an entity or a quote");
        assertTrue(ines.getAttributes().isEmpty(), "Cue has no canonical attribute");
        assertIndexMatches(set, session.index(doc));

        session.undo();
        assertTrue(EcoreUtil.equals(before, set));
        assertIndexMatches(set, session.index(doc));

        session.link(claim, NewsSchema.CLAIMANT, quote); // a second claimant, beside ines
        session.changeLabel(quote, NewsSchema.CLAIM, "CLAIM");
        assertEquals(List.of(ines), claim.getLinks().stream().map(Link::getTarget).toList(),
                "a claimant may not be a claim: the link to the former quote went, the one to ines stays");
        assertEquals(List.of(), quote.getLinks(), "the speaker link is not a link type of Claim");
    }

    @Test
    void unlinkIsUndoable() throws Exception {
        Link link = session.link(quote, NewsSchema.SPEAKER, ines);
        session.unlink(link);
        assertEquals("Remove speaker link", session.undoLabel());
        assertTrue(quote.getLinks().isEmpty());
        assertTrue(session.index(doc).incomingLinks(ines).isEmpty());
        session.undo();
        assertEquals(List.of(link), quote.getLinks());
        assertEquals(List.of(link), session.index(doc).incomingLinks(ines));
    }
}
