package org.glossa.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.FormatRegistry;
import org.glossa.text.ContentHash;
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

/**
 * Exports a generated project (10,000 documents, about 100 MB of text, 1,000,000 entity spans in the gold sets)
 * to CoNLL and to span JSONL, and prints throughput and peak heap next to the time it takes to simply read the
 * same texts and write the same number of bytes.
 */
public final class ExportBenchmark {
    private static final String[] WORDS = ("the council said minister officials agreed report funding harbor bridge "
            + "river festival union workers strike talks observatory budget election court ruling police statement "
            + "mayor president company market shares growth cut residents protest vote parliament").split(" ");

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int spansPerDocument = 100;
        Path work = Files.createTempDirectory("glossa-export-bench");
        long start = System.nanoTime();
        long bytes = build(work.resolve("project"), documents, spansPerDocument);
        System.out.printf("Project: %,d documents, %.1f MB of text, %,d gold spans (built in %.0f s)%n", documents,
                bytes / 1e6, (long) documents * spansPerDocument, seconds(start));

        double baseline = baseline(work.resolve("project/texts"), work.resolve("baseline.txt"));
        System.out.printf("Baseline (read every text, write the same bytes): %.2f s = %.0f MB/s%n", baseline, bytes / 1e6 / baseline);
        FormatRegistry formats = FormatRegistry.discover();
        for (String format : new String[] { "conll", "spans-jsonl" }) {
            resetPeaks();
            ProjectStore store = ProjectStore.open(work.resolve("project"));
            Path out = work.resolve("out-" + format);
            start = System.nanoTime();
            ExportResult result = new ExportOperation(store, formats, ExportRequest.of(format, out)
                    .withSplit(org.glossa.core.ops.DatasetSplitRatios.parse("80/10/10"), 42, null, false))
                    .execute(new NullProgressMonitor());
            double elapsed = seconds(start);
            long written = 0;
            for (Path file : result.files()) {
                written += Files.size(file);
            }
            System.out.printf("%-12s %.2f s = %.1f MB/s of text, %,d spans carried, %.0f MB written, peak heap %.0f MB,"
                    + " %.1f× the baseline%n", format, elapsed, bytes / 1e6 / elapsed,
                    result.sources().get(0).report().carriedTotal(), written / 1e6, peakHeap() / 1e6, elapsed / baseline);
        }
        try (Stream<Path> paths = Files.walk(work)) {
            paths.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    private static long build(Path dir, int documents, int spansPerDocument) throws Exception {
        ProjectStore store = ProjectStore.create(dir, "bench", NewsSchema.create());
        Random random = new Random(1);
        String[] labels = { "PER", "ORG", "GPE", "LOC", "DATE" };
        long bytes = 0;
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
            // Spans on whole words, left to right, never overlapping: what a token format can carry.
            int step = text.length() / spansPerDocument;
            for (int s = 0; s < spansPerDocument; s++) {
                int from = s * step;
                int begin = text.indexOf(' ', from) + 1;
                int end = text.indexOf(' ', begin);
                if (begin <= 0 || end <= begin || end > (s + 1) * step) {
                    continue;
                }
                Spans.add(gold, "Entity", labels[s % labels.length], begin, end, "bench", Origin.IMPORTED);
            }
            if (d % 500 == 499) {
                store.save();
                store.releaseUnmodifiedSets();
            }
        }
        store.save();
        return bytes;
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

    private static double baseline(Path texts, Path out) throws IOException {
        long start = System.nanoTime();
        try (OutputStream sink = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
                Stream<Path> files = Files.list(texts)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                sink.write(Files.readString(file).getBytes(StandardCharsets.UTF_8));
            }
        }
        return seconds(start);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
