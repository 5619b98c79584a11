package org.glossa.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.storage.ProjectStore;
import org.glossa.io.article.ImportArticlesOperation;
import org.glossa.io.article.ImportOptions;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.schema.NewsSchema;
import org.glossa.testing.Fixtures;
import org.glossa.ui.EditorState;
import org.glossa.ui.prefs.EditorPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's display on a seed article imported by the real importer, under a real display: label chips are
 * painted above their spans in their colours, nested labels stack outer above inner, link arcs (within a line and
 * across lines) never paint inside a character, the selected span's link targets are outlined, and the tooltip tells
 * label, layer, annotator, attributes, links and note. Screenshots are saved under target/screenshots.
 */
class EditorDisplayTest {
    private static final String SEED = "000_82ac7b063d7f1cf3.txt";

    @TempDir
    Path dir;
    private Display display;
    private Shell shell;
    private UiDriver ui;
    private EditingSession session;
    private Document document;
    private String content;
    private DocumentEditor editor;
    private StyledText text;
    private EditorState state;
    private SpanAnnotation quote;
    private SpanAnnotation ministry;
    private SpanAnnotation claim;
    private SpanAnnotation foundation;
    private SpanAnnotation kim;
    private SpanAnnotation minister;

    @BeforeEach
    void open() throws Exception {
        display = Display.getDefault();
        ui = new UiDriver(display);
        ProjectStore store = ProjectStore.create(dir.resolve("project"), "display test", NewsSchema.create());
        new ImportArticlesOperation(store, List.of(Fixtures.shared("corpus").resolve(SEED)), ImportOptions.defaults())
                .execute(new NullProgressMonitor());
        document = store.project().getDocuments().get(0);
        content = store.text(document);
        session = new EditingSession(store, "alice");
        annotate();
        state = new EditorState();
        shell = new Shell(display);
        shell.setText("Glossa display test");
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1000, 760);
        editor = new DocumentEditor(shell, session, state);
        text = editor.textWidget();
        shell.open();
        state.openDocument(document);
        text.setTopIndex(0);
        ui.focus(shell, text);
        text.getCaret().setVisible(false); // its blinking would differ between two pictures of the text
        ui.flush();
    }

    @AfterEach
    void close() {
        shell.dispose();
        ui.flush();
    }

    /** Entities (one nested in another), a quote with its speaker and cue in one line, a claim with a claimant above. */
    private void annotate() {
        minister = span("Unification Minister Kim Yung-ho", NewsSchema.ENTITY, "PER");
        kim = spanIn(minister, "Kim Yung-ho", NewsSchema.ENTITY, "PER");
        span("South Korean", NewsSchema.ENTITY, "NORP");
        foundation = span("Human Rights Foundation", NewsSchema.ENTITY, "ORG");
        span("Thor Halvorssen Mendoza", NewsSchema.ENTITY, "PER");
        span("Ministry of Unification", NewsSchema.ENTITY, "ORG");
        ministry = span("The ministry then", NewsSchema.ENTITY, "ORG", "The ministry".length());
        SpanAnnotation confirmed = span("confirmed that a", NewsSchema.CUE, "CUE", "confirmed".length());
        int quoteBegin = content.indexOf("a \"large number\"");
        int quoteEnd = content.indexOf("repatriated", quoteBegin) + "repatriated".length();
        quote = session.createSpan(document, NewsSchema.QUOTE, "QUOTE", quoteBegin, quoteEnd);
        spanAt(content.indexOf("North Korean", quoteBegin), "North Korean", NewsSchema.ENTITY, "NORP");
        session.link(quote, NewsSchema.SPEAKER, ministry);
        session.link(quote, NewsSchema.CUE_LINK, confirmed);
        session.setNote(quote, "figure not given");
        int claimBegin = content.indexOf("human rights advocacy groups");
        int claimEnd = content.indexOf("Liaoning", claimBegin) + "Liaoning".length();
        claim = session.createSpan(document, NewsSchema.CLAIM, "CLAIM", claimBegin, claimEnd);
        session.setAttribute(claim, "stance", "asserts");
        spanAt(content.indexOf("China", claimBegin), "China", NewsSchema.ENTITY, "GPE");
        session.link(claim, NewsSchema.CLAIMANT, foundation); // a claimant in the paragraph above: a cross-line arc
    }

    private SpanAnnotation span(String words, String layer, String label) {
        return span(words, layer, label, words.length());
    }

    private SpanAnnotation span(String context, String layer, String label, int length) {
        int begin = content.indexOf(context);
        assertTrue(begin >= 0, context);
        return session.createSpan(document, layer, label, begin, begin + length);
    }

    private SpanAnnotation spanIn(SpanAnnotation outer, String words, String layer, String label) {
        return spanAt(content.indexOf(words, outer.getBegin()), words, layer, label);
    }

    private SpanAnnotation spanAt(int begin, String words, String layer, String label) {
        assertTrue(begin >= 0, words);
        return session.createSpan(document, layer, label, begin, begin + words.length());
    }

    @Test
    void everyLabelIsAChipOfItsColourAboveItsText() throws Exception {
        LabelLayout layout = editor.labelLayout();
        assertTrue(layout.chips().size() >= 10, "chips on screen: " + layout.chips().size());
        ImageData shot = snapshot();
        LabelColors colors = new LabelColors(session.store().schema());
        for (LabelChip chip : layout.chips()) {
            Rectangle box = chip.box();
            assertTrue(box.y + box.height <= chip.textTop(), "the chip of " + chip.span().getLabel() + " is above its text");
            RGB expected = colors.fill(chip.span().getLayer(), chip.span().getLabel()).getRGB();
            RGB painted = pixel(shot, box.x + 2, box.y + box.height - 3);
            assertTrue(close(expected, painted), chip.span().getLabel() + " chip at " + box + ": painted " + painted
                    + ", expected " + expected);
        }
        LabelChip outer = layout.chipOf(minister);
        LabelChip inner = layout.chipOf(kim);
        assertNotNull(outer);
        assertNotNull(inner);
        assertEquals(outer.textTop(), inner.textTop(), "both on one visual line");
        assertTrue(outer.box().y + outer.box().height <= inner.box().y, "outer " + outer.box() + " above inner " + inner.box());
        assertEquals("PER", inner.shown());
        ui.screenshot(text, "editor-labels-arcs-seed-article");
    }

    @Test
    void labelsAndArcsNeverPaintInsideACharacter() throws Exception {
        LabelLayout layout = editor.labelLayout();
        assertNotNull(layout.chipOf(claim));
        assertNotNull(layout.chipOf(foundation));
        assertTrue(layout.chipOf(claim).textTop() > layout.chipOf(foundation).textTop(), "the claimant is lines above");
        assertEquals(layout.chipOf(quote).textTop(), layout.chipOf(ministry).textTop(), "the speaker on the quote's line");
        ImageData with = snapshot();
        editor.showOverlay(false);
        ui.flush();
        ImageData without = snapshot();
        editor.showOverlay(true);
        ui.flush();
        List<Rectangle> glyphs = characterBounds();
        int differing = 0;
        for (int y = 0; y < with.height; y++) {
            for (int x = 0; x < with.width; x++) {
                if (with.getPixel(x, y) != without.getPixel(x, y)) {
                    differing++;
                    for (Rectangle glyph : glyphs) {
                        assertFalse(glyph.contains(x, y), "a label or arc painted at " + x + "," + y + " inside the character at " + glyph);
                    }
                }
            }
        }
        assertTrue(differing > 2_000, "labels and arcs painted something: " + differing + " pixels");
        // the cross-line arc runs down the left margin, left of every character, from the claimant's line to the claim's
        int margin = text.getLeftMargin();
        int from = layout.chipOf(foundation).textTop();
        int to = layout.chipOf(claim).box().y - 2 * layout.chipOf(claim).box().height;
        int rowsWithArc = 0;
        for (int y = from; y < to; y++) {
            for (int x = 0; x < margin - 2; x++) {
                if (with.getPixel(x, y) != without.getPixel(x, y)) {
                    rowsWithArc++;
                    break;
                }
            }
        }
        assertEquals(to - from, rowsWithArc, "the claimant's arc runs down the margin from y " + from + " to " + to);
    }

    @Test
    void theSelectedSpansLinkTargetsAreOutlined() throws Exception {
        state.selectSpan(quote);
        text.setTopIndex(0);
        ui.flush();
        LabelLayout layout = editor.labelLayout();
        LabelChip speaker = layout.chipOf(ministry);
        ImageData shot = snapshot();
        RGB outline = pixel(shot, speaker.box().x - 2, speaker.box().y + speaker.box().height / 2);
        assertTrue(outline.red < 60 && outline.green < 60 && outline.blue < 60, "the speaker is outlined: " + outline);
        ui.screenshot(text, "editor-selected-quote-links");
    }

    @Test
    void theTooltipTellsLabelLayerAnnotatorAttributesLinksAndNote() {
        String tip = editor.tooltip(quote);
        assertTrue(tip.startsWith("QUOTE  —  layer Quote"), tip);
        assertTrue(tip.contains("Annotator: alice"), tip);
        assertTrue(tip.contains("type: direct (default)"), tip);
        assertTrue(tip.contains("speaker → ORG \"The ministry\""), tip);
        assertTrue(tip.contains("cue → CUE \"confirmed\""), tip);
        assertTrue(tip.contains("Note: figure not given"), tip);
        String claimTip = editor.tooltip(claim);
        assertTrue(claimTip.contains("stance: asserts"), claimTip);
        assertFalse(claimTip.contains("stance: asserts (default)"), "a value set is not marked as the default");
        assertTrue(claimTip.contains("checkWorthiness: unsure (default)"), claimTip);
        assertTrue(editor.tooltip(foundation).contains("claimant of CLAIM"), editor.tooltip(foundation));
        // the pointer over a label chip picks that span, however deeply it is nested
        LabelChip chip = editor.labelLayout().chipOf(kim);
        assertEquals(kim, editor.spanAt(chip.box().x + 3, chip.box().y + 3));
    }

    @Test
    void narrowLabelsAreAbbreviated() {
        java.util.function.ToIntFunction<String> sevenEach = s -> s.length() * 7;
        assertEquals("ORG", LabelChip.abbreviate("ORG", 30, sevenEach));
        assertEquals("QUO…", LabelChip.abbreviate("QUOTE", 28, sevenEach));
        assertEquals("Q", LabelChip.abbreviate("QUOTE", 10, sevenEach));
        assertEquals("", LabelChip.abbreviate("QUOTE", 5, sevenEach));
    }

    @Test
    void highContrastAndZoomApplyAtOnce() throws Exception {
        int before = text.getLineHeight();
        editor.apply(EditorPreferences.DEFAULTS.withZoom(150).withPalette(EditorPreferences.Palette.HIGH_CONTRAST));
        ui.flush();
        assertEquals(Math.round(11 * 1.5f), editor.textFont().getFontData()[0].getHeight());
        assertTrue(text.getLineHeight() > before, "the lines grew with the zoom");
        LabelChip chip = editor.labelLayout().chipOf(foundation);
        assertNotNull(chip);
        ui.screenshot(text, "editor-high-contrast-150");
    }

    @Test
    void chineseAndKoreanFallBackToAFontThatHasThem() throws Exception {
        editor.apply(EditorPreferences.DEFAULTS.withFont("DejaVu Serif", 12));
        int cjk = content.indexOf("相关文章");
        assertTrue(cjk >= 0);
        editor.reveal(spanAt(cjk, "相关文章", NewsSchema.ENTITY, "MISC"));
        ui.flush();
        Rectangle glyph = text.getTextBounds(cjk, cjk);
        ui.screenshot(text, "editor-cjk-in-latin-font");
        ImageData shot = snapshot();
        RGB background = pixel(shot, glyph.x, glyph.y + glyph.height - 1);
        int inked = 0;
        for (int y = glyph.y; y < glyph.y + glyph.height; y++) {
            for (int x = glyph.x; x < glyph.x + glyph.width; x++) {
                inked += close(pixel(shot, x, y), background) ? 0 : 1;
            }
        }
        assertTrue(inked > glyph.width * glyph.height / 10, "the first Chinese character of \"相关文章\" is drawn in"
                + " DejaVu Serif's place (Pango falls back per glyph): " + inked + " of " + glyph.width * glyph.height
                + " pixels inked");
    }

    private List<Rectangle> characterBounds() {
        List<Rectangle> bounds = new ArrayList<>();
        int first = text.getOffsetAtLine(text.getTopIndex());
        int bottom = Math.min(text.getLineCount() - 1, text.getLineIndex(text.getClientArea().height - 1));
        int last = bottom + 1 < text.getLineCount() ? text.getOffsetAtLine(bottom + 1) : text.getCharCount();
        for (int offset = first; offset < last; offset++) {
            if (!Character.isWhitespace(content.charAt(offset))) {
                bounds.add(text.getTextBounds(offset, offset));
            }
        }
        return bounds;
    }

    private ImageData snapshot() {
        Rectangle area = text.getClientArea();
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(text);
        try {
            gc.copyArea(image, 0, 0);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static RGB pixel(ImageData data, int x, int y) {
        return data.palette.getRGB(data.getPixel(x, y));
    }

    private static boolean close(RGB a, RGB b) {
        return Math.abs(a.red - b.red) + Math.abs(a.green - b.green) + Math.abs(a.blue - b.blue) <= 12;
    }
}
