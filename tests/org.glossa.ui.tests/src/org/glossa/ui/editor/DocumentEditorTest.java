package org.glossa.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.edit.SchemaEditing;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Link;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.SchemaQuery;
import org.glossa.model.schema.NewsSchema;
import org.glossa.text.ContentHash;
import org.glossa.ui.EditorState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document editor under a real display, driven by real key and mouse events. */
class DocumentEditorTest {
    static final String TEXT = "Home | World | Sport\n\n"
            + "Mayor Ines Calloway said the Meridian bridge will open in May. \"We kept our promise,\" Calloway told"
            + " reporters in Port Alder.\n\nThe union claims that the harbour budget was cut twice this year.\n\n"
            + "Most read\nShare this story\n";

    @TempDir
    Path dir;
    private Display display;
    private Shell shell;
    private UiDriver ui;
    private ProjectStore store;
    private EditingSession session;
    private Document document;
    private DocumentEditor editor;
    private StyledText text;
    private EditorState state;

    @BeforeEach
    void open() throws Exception {
        display = Display.getDefault();
        ui = new UiDriver(display);
        store = ProjectStore.create(dir.resolve("project"), "ui test", NewsSchema.create());
        document = GlossaFactory.eINSTANCE.createDocument();
        document.setId("bridge");
        document.setTitle("Bridge");
        document.setContentHash(ContentHash.of(TEXT));
        document.setBodyBegin(TEXT.indexOf("Mayor"));
        document.setBodyEnd(TEXT.indexOf("Most read") - 2);
        store.addDocument(document, TEXT);
        store.save();
        session = new EditingSession(store, "alice");
        state = new EditorState();
        shell = new Shell(display);
        shell.setText("Glossa editor test");
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 900, 420);
        editor = new DocumentEditor(shell, session, state);
        text = editor.textWidget();
        shell.open();
        state.openDocument(document);
        ui.focus(shell, text);
    }

    @AfterEach
    void close() {
        shell.dispose();
        ui.flush();
    }

    private int at(String word) {
        int offset = TEXT.indexOf(word);
        assertTrue(offset >= 0, word);
        return offset;
    }

    private AnnotationSet set() throws Exception {
        return session.set(document);
    }

    private SpanAnnotation only(String layer) throws Exception {
        List<SpanAnnotation> spans = set().getSpans().stream().filter(s -> s.getLayer().equals(layer)).toList();
        assertEquals(1, spans.size(), () -> "spans of " + layer + ": " + spans);
        return spans.get(0);
    }

    private String covered(SpanAnnotation span) {
        return TEXT.substring(span.getBegin(), span.getEnd());
    }

    @Test
    void createsASpanByKeyboardSelectionAndHotKey() throws Exception {
        text.setCaretOffset(at("Ines"));
        ui.key(SWT.ARROW_RIGHT, SWT.CTRL | SWT.SHIFT);
        ui.key(SWT.ARROW_RIGHT, SWT.CTRL | SWT.SHIFT);
        ui.key('1');
        SpanAnnotation person = only("Entity");
        assertEquals("Ines Calloway", covered(person), "selection snapped to words and trimmed");
        assertEquals("PER", person.getLabel());
        assertEquals("alice", person.getCreatedBy());
        ui.screenshot(text, "editor-keyboard-span");
    }

    @Test
    void createsASpanByMouseDragSnappedToWords() throws Exception {
        ui.drag(text, at("Meridian") + 3, at("bridge") + 2);
        ui.key('3');
        SpanAnnotation location = only("Entity");
        assertEquals("Meridian bridge", covered(location));
        assertEquals("LOC", location.getLabel());
    }

    @Test
    void shiftWithTheHotKeyLabelsExactlyTheSelection() throws Exception {
        text.setSelection(at("Meridian") + 2, at("Meridian") + 6);
        ui.key('3', SWT.SHIFT);
        assertEquals("ridi", covered(only("Entity")), "no snapping: exactly the selected characters");
    }

    @Test
    void altShiftArrowsMoveTheSelectedSpansEdgesWordByWord() throws Exception {
        SpanAnnotation person = session.createSpan(document, "Entity", "PER", at("Ines"), at("Ines") + 4);
        ui.flush();
        state.selectSpan(person);
        ui.key(SWT.ARROW_RIGHT, SWT.ALT | SWT.SHIFT);
        assertEquals("Ines Calloway", covered(person), "the end grows by a word");
        ui.key(SWT.ARROW_RIGHT, SWT.ALT | SWT.SHIFT);
        assertEquals("Ines Calloway said", covered(person));
        ui.key(SWT.ARROW_LEFT, SWT.ALT | SWT.SHIFT);
        assertEquals("Ines Calloway", covered(person), "the end shrinks by a word");
        ui.key(SWT.ARROW_LEFT, SWT.CTRL | SWT.ALT | SWT.SHIFT);
        assertEquals("Mayor Ines Calloway", covered(person), "with Ctrl the start grows by a word");
        ui.key(SWT.ARROW_RIGHT, SWT.CTRL | SWT.ALT | SWT.SHIFT);
        ui.key(SWT.ARROW_RIGHT, SWT.CTRL | SWT.ALT | SWT.SHIFT);
        assertEquals("Calloway", covered(person), "and shrinks, down to one word");
        ui.key(SWT.ARROW_RIGHT, SWT.CTRL | SWT.ALT | SWT.SHIFT);
        assertEquals("Calloway", covered(person), "a span keeps its last word");
    }

    @Test
    void changesTheLabelOfTheSelectedSpanAndUndoesAndRedoesEveryStep() throws Exception {
        text.setSelection(at("Port Alder"), at("Port Alder") + "Port Alder".length());
        ui.key('4');
        SpanAnnotation place = only("Entity");
        assertEquals("GPE", place.getLabel());
        text.setCaretOffset(at("reporters"));
        ui.key(SWT.ARROW_RIGHT, SWT.ALT); // next span: selects it
        ui.key('2');
        assertEquals("ORG", place.getLabel());

        // Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z are the workbench's key bindings (there is none in this bare shell), whose
        // handlers call these; KeyboardWorkbenchTest presses them in the real workbench
        editor.undo();
        assertEquals("GPE", place.getLabel(), "undo the relabel");
        editor.undo();
        assertTrue(set().getSpans().isEmpty(), "undo the creation");
        editor.redo();
        assertEquals(1, set().getSpans().size(), "redo the creation");
        editor.redo();
        assertEquals("ORG", only("Entity").getLabel(), "redo the relabel");
        text.setCaretOffset(at("reporters"));
        ui.key(SWT.ARROW_RIGHT, SWT.ALT);
        ui.key(SWT.DEL);
        assertTrue(set().getSpans().isEmpty(), "delete the selected span");
        editor.undo();
        assertEquals("ORG", only("Entity").getLabel(), "undo the delete");
    }

    @Test
    void linksAQuoteToItsSpeakerWithTheKeyboardOnly() throws Exception {
        int speaker = TEXT.indexOf("Calloway told");
        text.setCaretOffset(speaker);
        ui.key(SWT.ARROW_RIGHT, SWT.CTRL | SWT.SHIFT);
        ui.key('1');
        int quoteBegin = at("\"We kept");
        int quoteEnd = TEXT.indexOf("promise,\"") + "promise,\"".length();
        text.setCaretOffset(quoteBegin);
        for (int i = quoteBegin; i < quoteEnd; i++) {
            ui.key(SWT.ARROW_RIGHT, SWT.SHIFT);
        }
        ui.key('q');
        SpanAnnotation quote = only("Quote");
        assertEquals("\"We kept our promise,\"", covered(quote));
        ui.key('l', SWT.CTRL); // link mode: the nearest entity is the candidate
        ui.key(SWT.CR);
        assertEquals(1, quote.getLinks().size());
        Link link = quote.getLinks().get(0);
        assertEquals(NewsSchema.SPEAKER, link.getType());
        assertSame(only("Entity"), link.getTarget());
        assertEquals("Calloway", covered(link.getTarget()));
        ui.screenshot(text, "editor-quote-speaker-link");
    }

    @Test
    void overlappingSpansOfThreeLayersStayDistinguishable() throws Exception {
        int claimBegin = at("The union");
        int claimEnd = TEXT.indexOf("this year.");
        SpanAnnotation claim = session.createSpan(document, "Claim", "CLAIM", claimBegin, claimEnd);
        SpanAnnotation quote = session.createSpan(document, "Quote", "QUOTE", at("the harbour"), claimEnd);
        SpanAnnotation org = session.createSpan(document, "Entity", "ORG", at("union"), at("union") + 5);
        SpanAnnotation budget = session.createSpan(document, "Entity", "MISC", at("harbour budget"), at("harbour budget") + 14);
        SpanAnnotation harbour = session.createSpan(document, "Entity", "LOC", at("harbour budget"), at("harbour budget") + 7);
        ui.flush();
        LabelColors colors = new LabelColors(store.schema());

        StyleRange inHarbour = editor.styleAt(harbour.getBegin() + 2);
        assertEquals(colors.fill("Entity", "LOC").getRGB(), inHarbour.background.getRGB(), "innermost entity fills");
        assertEquals(SWT.BORDER_SOLID, inHarbour.borderStyle, "the enclosing entity keeps a box");
        assertTrue(inHarbour.underline, "the quote underlines");
        assertEquals(colors.line("Quote", "QUOTE").getRGB(), inHarbour.underlineColor.getRGB());
        StyleRange inUnion = editor.styleAt(org.getBegin() + 1);
        assertEquals(colors.fill("Entity", "ORG").getRGB(), inUnion.background.getRGB());
        assertEquals(SWT.BORDER_DASH, inUnion.borderStyle, "the claim is boxed with a dashed line");
        assertEquals(colors.line("Claim", "CLAIM").getRGB(), inUnion.borderColor.getRGB());
        StyleRange inClaimOnly = editor.styleAt(at("claims") + 1);
        assertEquals(null, inClaimOnly.background);
        StyleRange outside = editor.styleAt(at("Most read"));
        assertNotNull(outside.foreground, "text outside the body is greyed");

        editor.reveal(org); // the label bands make the lines taller: the span may be below the window
        ui.flush();
        Rectangle cell = text.getTextBounds(org.getBegin() + 2, org.getBegin() + 2);
        int pixel = ui.pixel(text, new org.eclipse.swt.graphics.Point(cell.x + 1, cell.y + 1));
        assertEquals(rgb(colors.fill("Entity", "ORG")), pixel, "the ORG colour is on screen");
        assertNotEquals(rgb(colors.fill("Entity", "ORG")), rgb(colors.fill("Entity", "LOC")));
        ui.screenshot(text, "editor-overlapping-layers");
        assertTrue(budget.getSet() != null && quote.getSet() != null && claim.getSet() != null);
    }

    @Test
    void savedAnnotationsAreAllThereOnReopen() throws Exception {
        SpanAnnotation person = session.createSpan(document, "Entity", "PER", at("Ines"), at("Ines") + 13);
        SpanAnnotation quote = session.createSpan(document, "Quote", "QUOTE", at("\"We kept"), TEXT.indexOf("promise,\"") + 9);
        session.link(quote, NewsSchema.SPEAKER, person);
        session.setAttribute(quote, "type", "direct");
        session.setNote(person, "the mayor");
        assertTrue(session.isDirty());
        session.save(); // Ctrl+S is the workbench's Save command: see DocumentWorkbenchKeysTest
        assertTrue(!session.isDirty(), "saved");

        ProjectStore reopened = ProjectStore.open(dir.resolve("project"));
        AnnotationSet saved = reopened.annotations(reopened.document("bridge").orElseThrow(), "alice");
        assertEquals(2, saved.getSpans().size());
        SpanAnnotation savedQuote = saved.getSpans().stream().filter(s -> s.getLayer().equals("Quote")).findFirst().orElseThrow();
        assertEquals("direct", savedQuote.getAttributes().get("type"));
        assertEquals("Ines Calloway", covered(savedQuote.getLinks().get(0).getTarget()));
        assertEquals("the mayor", savedQuote.getLinks().get(0).getTarget().getNote());
    }

    @Test
    void aSchemaColourChangeRecoloursTheOpenEditor() throws Exception {
        SpanAnnotation person = session.createSpan(document, "Entity", "PER", at("Ines"), at("Ines") + 13);
        ui.flush();
        Rectangle cell = text.getTextBounds(person.getBegin() + 1, person.getBegin() + 1);
        int before = ui.pixel(text, new org.eclipse.swt.graphics.Point(cell.x + 1, cell.y + 1));
        new SchemaEditing(session).setColor(SchemaQuery.label(store.schema(), "Entity", "PER").orElseThrow(), "#22cc44");
        ui.flush();
        assertEquals(0x22cc44, editor.styleAt(person.getBegin() + 1).background.getRGB().red << 16
                | editor.styleAt(person.getBegin() + 1).background.getRGB().green << 8
                | editor.styleAt(person.getBegin() + 1).background.getRGB().blue);
        int after = ui.pixel(text, new org.eclipse.swt.graphics.Point(cell.x + 1, cell.y + 1));
        assertNotEquals(before, after);
        assertEquals(0x22cc44, after, "the new colour is on screen");
    }

    @Test
    void othersAnnotationsAreHiddenUnlessReviewedAndThenReadOnly() throws Exception {
        AnnotationSet bobs = store.annotations(document, "bob");
        org.glossa.model.query.Spans.add(bobs, "Entity", "GPE", at("Port Alder"), at("Port Alder") + 10, "bob",
                org.glossa.model.Origin.MANUAL);
        store.save();
        ui.flush();
        int inside = at("Port Alder") + 2;
        assertEquals(null, editor.styleAt(inside).background, "blind: bob's span is not shown to alice");

        state.viewAnnotator("bob");
        ui.flush();
        LabelColors colors = new LabelColors(store.schema());
        assertEquals(colors.fill("Entity", "GPE").getRGB(), editor.styleAt(inside).background.getRGB(), "review mode shows it");
        assertTrue(editor.isReadOnly());
        text.setSelection(at("Meridian"), at("Meridian") + 8);
        ui.key('2');
        assertEquals(1, bobs.getSpans().size(), "nothing is added to bob's set");
        assertTrue(set().getSpans().isEmpty(), "nor to alice's while she looks at bob's");

        state.viewAnnotator(null);
        ui.flush();
        assertEquals(null, editor.styleAt(inside).background);
        text.setSelection(at("Meridian"), at("Meridian") + 8);
        ui.key('2');
        assertEquals("Meridian", covered(only("Entity")), "her own set is editable again");
    }

    private static int rgb(org.eclipse.swt.graphics.Color color) {
        return color.getRed() << 16 | color.getGreen() << 8 | color.getBlue();
    }
}
