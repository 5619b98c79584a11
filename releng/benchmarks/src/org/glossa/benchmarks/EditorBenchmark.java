package org.glossa.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.glossa.core.edit.EditingSession;
import org.glossa.text.ContentHash;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Origin;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.glossa.ui.EditorState;
import org.glossa.ui.editor.DocumentEditor;

/**
 * The editor on one generated document of 1 MB with 30,000 spans (entities, some nested, inside quotes and
 * claims): time from opening to the first paint, time to label a selection and repaint (median and p99 of
 * 300 edits), time to scroll a page and repaint, and the heap in use.
 */
public final class EditorBenchmark {
    private static final int SIZE = 1_000_000;
    private static final int SPANS = 30_000;

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("glossa-editor-bench");
        String text = generateText(new Random(3));
        ProjectStore store = ProjectStore.create(work, "bench", NewsSchema.create());
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setId("big");
        document.setTitle("A long document");
        document.setContentHash(ContentHash.of(text));
        document.setBodyBegin(0);
        document.setBodyEnd(text.length());
        store.addDocument(document, text);
        AnnotationSet set = store.annotations(document, "bench");
        addSpans(set, text, new Random(5));
        store.save();
        store.close();
        System.out.printf("Document: %,d characters, %,d spans%n", text.length(), set.getSpans().size());

        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1200, 900);
        EditingSession session = new EditingSession(ProjectStore.openForWriting(work, "bench"), "bench");
        Document reopened = session.store().document("big").orElseThrow();
        EditorState state = new EditorState();
        DocumentEditor editor = new DocumentEditor(shell, session, state);
        StyledText widget = editor.textWidget();
        shell.open();
        flush(display);

        long start = System.nanoTime();
        state.openDocument(reopened);
        widget.redraw();
        widget.update(); // paints synchronously
        System.out.printf("Open to first paint: %.0f ms (loading the set, indexing, setting 1 MB of text, painting)%n",
                (System.nanoTime() - start) / 1e6);

        Random random = new Random(11);
        List<Double> labelTimes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int line = random.nextInt(widget.getLineCount() - 40);
            widget.setTopIndex(line);
            flush(display);
            int offset = widget.getOffsetAtLine(line + 5) + 3;
            widget.setSelection(offset, offset + 12);
            long t = System.nanoTime();
            editor.applyLabel("Entity", i % 2 == 0 ? "ORG" : "GPE", true);
            widget.update();
            labelTimes.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(labelTimes);
        System.out.printf("Label a selection and repaint: median %.2f ms, p99 %.2f ms, max %.2f ms (300 edits)%n",
                labelTimes.get(labelTimes.size() / 2), labelTimes.get((int) (labelTimes.size() * 0.99)),
                labelTimes.get(labelTimes.size() - 1));

        List<Double> scrollTimes = new ArrayList<>();
        int page = widget.getClientArea().height;
        widget.setTopPixel(0);
        flush(display);
        for (int i = 0; i < 300; i++) {
            int before = widget.getTopPixel();
            long t = System.nanoTime();
            widget.setTopPixel(before + page);
            widget.update();
            double elapsed = (System.nanoTime() - t) / 1e6;
            if (widget.getTopPixel() == before) {
                break; // the end of the document
            }
            scrollTimes.add(elapsed);
        }
        Collections.sort(scrollTimes);
        System.out.printf("Scroll a page and repaint: median %.2f ms, p99 %.2f ms (%d pages)%n",
                scrollTimes.get(scrollTimes.size() / 2), scrollTimes.get((int) (scrollTimes.size() * 0.99)), scrollTimes.size());
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        System.out.printf("Heap in use with the document open: %.0f MB%n",
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6);
        shell.dispose();
        display.dispose();
    }

    private static String generateText(Random random) {
        String[] words = "the council said minister officials agreed report funding harbor bridge river festival union workers strike talks observatory budget election court ruling police statement mayor president company market".split(" ");
        StringBuilder text = new StringBuilder(SIZE + 200);
        while (text.length() < SIZE) {
            int sentences = 3 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                int count = 8 + random.nextInt(16);
                for (int w = 0; w < count; w++) {
                    String word = words[random.nextInt(words.length)];
                    text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                    text.append(w == count - 1 ? ". " : " ");
                }
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    private static void addSpans(AnnotationSet set, String text, Random random) {
        int step = text.length() / SPANS;
        for (int i = 0; i < SPANS; i++) {
            int begin = i * step + random.nextInt(Math.max(1, step / 2));
            int end = Math.min(text.length(), begin + 4 + random.nextInt(20));
            if (i % 10 == 0) {
                Spans.add(set, "Quote", "QUOTE", begin, Math.min(text.length(), begin + 120 + random.nextInt(200)), "bench", Origin.IMPORTED);
            } else if (i % 15 == 0) {
                Spans.add(set, "Claim", "CLAIM", begin, Math.min(text.length(), begin + 80 + random.nextInt(150)), "bench", Origin.IMPORTED);
            } else {
                Spans.add(set, "Entity", i % 3 == 0 ? "PER" : "ORG", begin, end, "bench", Origin.IMPORTED);
                if (i % 7 == 0) {
                    Spans.add(set, "Entity", "LOC", begin, Math.max(begin + 1, end - 2), "bench", Origin.IMPORTED);
                }
            }
        }
    }

    private static void flush(Display display) {
        while (display.readAndDispatch()) {
            // drain
        }
    }
}
