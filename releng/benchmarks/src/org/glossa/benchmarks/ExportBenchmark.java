package org.glossa.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.FormatRegistry;
import org.glossa.core.ops.DatasetSplitRatios;
import org.glossa.core.ops.ExportOperation;
import org.glossa.core.ops.ExportRequest;
import org.glossa.core.ops.ExportResult;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Origin;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.glossa.text.ContentHash;

/**
 * Exports generated projects (10,000 documents, about 100 MB of text, with 100 and with 1,000 entity spans per
 * document in the gold sets: 1,000,000 and 10,000,000 spans) to CoNLL and to span JSONL, and prints each
 * format's time next to a fair raw baseline (read the texts and the annotation files as bytes, write as many
 * bytes as the export wrote), and the heap the export needed. Run under {@code -Xmx256m} ({@code run.sh export}):
 * an export that kept its documents would run out of memory. Each format is exported twice: cold (the project's
 * {@code .glossa/cache} removed first: no record of verified files, no cached tokens) and warm (the same export
 * again, what a user gets the second time); each line says whether the record was there.
 *
 * <p>Arguments: {@code [DOCUMENTS [SPANS_PER_DOCUMENT [KEEP_DIR]]]} for one project; none for both default sizes.
 * With {@code KEEP_DIR} the project is built there once and reused by later runs (to profile the export alone).
 */
public final class ExportBenchmark {
    private static final String[] WORDS = ("the council said minister officials agreed report funding harbor bridge "
            + "river festival union workers strike talks observatory budget election court ruling police statement "
            + "mayor president company market shares growth cut residents protest vote parliament").split(" ");
    private static final double HEAP_TARGET_MB = 256;
    private static final Map<String, Double> RATIO_TARGETS = Map.of("conll", 8.0, "spans-jsonl", 4.0);

    public static void main(String[] args) throws Exception {
        HeapWatch heap = HeapWatch.start();
        System.out.printf("Export benchmark (max heap %.0f MB of 2^20 bytes; targets: peak heap under %.0f MB, spans-jsonl within 4x"
                + " and conll within 8x of the raw baseline)%n", Runtime.getRuntime().maxMemory() / (double) (1 << 20), HEAP_TARGET_MB);
        if (args.length > 0) {
            run(Integer.parseInt(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 100,
                    args.length > 2 ? Path.of(args[2]) : null, heap);
        } else {
            run(10_000, 100, null, heap);
            run(10_000, 1_000, null, heap);
        }
    }

    private static void run(int documents, int spansPerDocument, Path kept, HeapWatch heap) throws Exception {
        Path work = Files.createTempDirectory("glossa-export-bench");
        try {
            long start = System.nanoTime();
            Path project = kept != null ? kept : work.resolve("project");
            if (kept == null || !Files.isDirectory(project)) {
                long[] built = build(project, documents, spansPerDocument);
                System.out.printf("%nProject: %,d documents, %.1f MB of text, %,d gold spans in %.1f MB of annotation"
                        + " files (built in %.0f s)%n", documents, built[0] / 1e6, built[1],
                        size(project.resolve("annotations")) / 1e6, seconds(start));
            } else {
                System.out.printf("%nProject: %s, kept from an earlier run, %.1f MB of annotation files%n", project,
                        size(project.resolve("annotations")) / 1e6);
            }
            FormatRegistry formats = FormatRegistry.discover();
            for (String format : new String[] { "conll", "spans-jsonl" }) {
                // Cold: no record of verified files and no cache (a project never checked, listed or exported);
                // warm: the same export again, as a user gets it the second time.
                delete(project.resolve(".glossa").resolve("cache"));
                for (String pass : new String[] { "cold", "warm" }) {
                    export(project, work, formats, format, pass, heap);
                }
            }
        } finally {
            delete(work);
        }
    }

    private static void export(Path project, Path work, FormatRegistry formats, String format, String pass,
            HeapWatch heap) throws Exception {
        Path cache = project.resolve(".glossa").resolve("cache");
        boolean record = Files.isRegularFile(cache.resolve("verified-files"));
        double cacheMegabytes = Files.isDirectory(cache) ? size(cache) / 1e6 : 0;
        ProjectStore store = ProjectStore.open(project);
        Path out = work.resolve("out-" + format);
        heap.reset();
        long start = System.nanoTime();
        ExportResult result = new ExportOperation(store, formats, ExportRequest.of(format, out)
                .withSplit(DatasetSplitRatios.parse("80/10/10"), 42, null, false))
                .execute(new NullProgressMonitor());
        double elapsed = seconds(start);
        double peak = heap.peakMegabytes();
        double live = heap.liveMegabytes();
        double maxHeap = Runtime.getRuntime().maxMemory() / (double) (1 << 20);
        long written = 0;
        for (Path file : result.files()) {
            written += Files.size(file);
        }
        double baseline = baseline(project, written, work.resolve("baseline.out"));
        double ratio = elapsed / baseline;
        double target = RATIO_TARGETS.get(format);
        System.out.printf("%-12s %s (record of verified files %s, .glossa/cache %.1f MB before): %6.2f s, %,d spans carried,"
                + " %.0f MB written; raw baseline %.2f s: %.1fx (target %.0fx: %s); done in a heap of %.0f MB"
                + " (target %.0f MB: %s): at most %.0f MB in use, %.0f MB live after a collection%n", format, pass,
                record ? "present" : "absent", cacheMegabytes, elapsed,
                result.sources().get(0).report().carriedTotal(), written / 1e6, baseline, ratio, target,
                ratio <= target ? "met" : "MISSED", maxHeap, HEAP_TARGET_MB,
                maxHeap <= HEAP_TARGET_MB ? "met" : "MISSED", peak, live);
        delete(out);
    }

    /** Texts and annotation files read as bytes, and {@code bytes} written: what any export must at least do. */
    private static double baseline(Path project, long bytes, Path out) throws IOException {
        long start = System.nanoTime();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> texts = Files.list(project.resolve("texts"));
                Stream<Path> sets = Files.walk(project.resolve("annotations"))) {
            texts.sorted().forEach(files::add);
            sets.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        long left = bytes;
        try (OutputStream sink = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            for (Path file : files) {
                byte[] content = Files.readAllBytes(file);
                int length = (int) Math.min(left, content.length);
                sink.write(content, 0, length);
                left -= length;
            }
            byte[] filler = new byte[1 << 16];
            while (left > 0) {
                int length = (int) Math.min(left, filler.length);
                sink.write(filler, 0, length);
                left -= length;
            }
        }
        double elapsed = seconds(start);
        Files.delete(out);
        return elapsed;
    }

    /** Builds the project; returns its text bytes and its span count. */
    private static long[] build(Path dir, int documents, int spansPerDocument) throws Exception {
        ProjectStore store = ProjectStore.create(dir, "bench", NewsSchema.create());
        Random random = new Random(1);
        String[] labels = { "PER", "ORG", "GPE", "LOC", "DATE" };
        long bytes = 0;
        long spans = 0;
        int saveEvery = Math.max(1, 50_000 / Math.max(1, spansPerDocument));
        for (int d = 0; d < documents; d++) {
            String text = article(random);
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
            Document document = GlossaFactory.eINSTANCE.createDocument();
            document.setId(String.format("doc-%05d", d));
            document.setTitle("Document " + d);
            document.setContentHash(ContentHash.of(text));
            document.setBodyBegin(0);
            document.setBodyEnd(text.length());
            store.addDocument(document, text);
            AnnotationSet gold = store.annotations(document, "gold");
            // Spans on whole words (what lies between two spaces), spread evenly, left to right, never
            // overlapping: what a token format can carry.
            List<int[]> words = new ArrayList<>();
            for (int begin = 0, end; begin < text.length(); begin = end + 1) {
                end = text.indexOf(' ', begin);
                if (end < 0) {
                    break;
                }
                if (end > begin) {
                    words.add(new int[] { begin, end });
                }
            }
            int count = Math.min(spansPerDocument, words.size());
            for (int s = 0; s < count; s++) {
                int[] word = words.get((int) ((long) s * words.size() / count));
                Spans.add(gold, "Entity", labels[s % labels.length], word[0], word[1], "bench", Origin.IMPORTED);
            }
            spans += count;
            // Saved every 50,000 spans, so that building fits in the benchmark's small heap too.
            if (d % saveEvery == saveEvery - 1) {
                store.save();
                store.releaseUnmodifiedSets();
            }
        }
        store.save();
        return new long[] { bytes, spans };
    }

    private static String article(Random random) {
        StringBuilder text = new StringBuilder(10_400);
        while (text.length() < 10_000) {
            int words = 10 + random.nextInt(15);
            for (int w = 0; w < words; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                        .append(w == words - 1 ? ". " : " ");
            }
            if (random.nextInt(5) == 0) {
                text.append("\n\n");
            }
        }
        return text.toString();
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
