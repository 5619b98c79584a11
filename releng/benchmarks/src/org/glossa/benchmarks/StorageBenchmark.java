package org.glossa.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.doctor.DoctorReport;
import org.glossa.core.doctor.ProjectDoctor;
import org.glossa.core.ops.CreateProjectOperation;
import org.glossa.core.ops.DocumentSummary;
import org.glossa.core.ops.ListDocumentsOperation;
import org.glossa.core.storage.ProjectStore;
import org.glossa.io.article.ImportArticlesOperation;
import org.glossa.io.article.ImportOptions;
import org.glossa.io.article.ImportReport;
import org.glossa.model.AnnotationSet;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Document;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;

/**
 * Generates a corpus of scraped-looking articles (about 5 KB each, with menus and "most read" lists around
 * the body), imports it into a new project, annotates every document for one annotator, and prints:
 * import throughput, time and heap to open the project and list it, and the time to load one annotation set.
 */
public final class StorageBenchmark {
    private static final String[] WORDS = ("the council said minister officials agreed report funding harbor bridge "
            + "river festival union workers strike talks observatory budget election court ruling police statement "
            + "north south east west capital region province mayor president company market shares growth cut "
            + "residents protest vote parliament bill law treaty summit delegation envoy ministry foreign affairs")
            .split(" ");

    private static final String[] ANNOTATORS = { "alice", "bob", "carol" };

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int annotators = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path keep = args.length > 2 ? Path.of(args[2]) : null; // keep the project there, e.g. to time the CLI on it
        Path work = Files.createTempDirectory("glossa-bench");
        Path corpus = work.resolve("corpus");
        Files.createDirectories(corpus);
        long bytes = generate(corpus, documents);
        System.out.printf("Corpus: %,d articles, %.1f MB of text in %s%n", documents, bytes / 1e6, corpus);

        Path projectDir = work.resolve("project");
        ProjectStore store = new CreateProjectOperation(projectDir, "bench").execute();
        long start = System.nanoTime();
        ImportReport report = new ImportArticlesOperation(store, List.of(corpus), ImportOptions.defaults())
                .execute(new NullProgressMonitor());
        double importSeconds = seconds(start);
        System.out.printf("Import:  %,d documents in %.2f s = %.0f documents/s, %.1f MB/s (skipped %d)%n",
                report.imported().size(), importSeconds, report.imported().size() / importSeconds,
                bytes / 1e6 / importSeconds, report.skipped().size());

        start = System.nanoTime();
        for (int a = 0; a < annotators; a++) {
            annotateAll(store, a < ANNOTATORS.length ? ANNOTATORS[a] : String.format("annotator%02d", a + 1));
        }
        System.out.printf("Annotate: 30 spans in each document for %d annotator(s), saved in %.2f s%n", annotators,
                seconds(start));
        store = null;

        long heapBefore = usedHeap();
        start = System.nanoTime();
        ProjectStore reopened = ProjectStore.open(projectDir);
        double openSeconds = seconds(start);
        long heapAfter = usedHeap();
        System.out.printf("Open:    %.3f s, heap held by the open project %.1f MB%n", openSeconds,
                (heapAfter - heapBefore) / 1e6);

        start = System.nanoTime();
        List<DocumentSummary> listing = new ListDocumentsOperation(reopened).execute(new NullProgressMonitor());
        System.out.printf("List:    %,d documents with statuses in %.3f s%n", listing.size(), seconds(start));

        Document middle = reopened.project().getDocuments().get(documents / 2);
        start = System.nanoTime();
        AnnotationSet set = reopened.annotations(middle, "alice");
        String text = reopened.text(middle);
        System.out.printf("Load one document's set: %d spans and %,d characters of text in %.1f ms%n",
                set.getSpans().size(), text.length(), seconds(start) * 1000);
        start = System.nanoTime();
        DoctorReport check = ProjectDoctor.examine(projectDir);
        System.out.printf("Check:   every text and set of %,d documents (glossa check, list, stats) in %.2f s, %d problems%n",
                check.documents(), seconds(start), check.findings().size());
        System.out.printf("Heap after everything: %.1f MB (max %.0f MB)%n", usedHeap() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        if (keep != null) {
            reopened = null;
            Files.move(projectDir, keep);
            System.out.println("Project kept in " + keep);
        }
        deleteTree(work);
    }

    private static void annotateAll(ProjectStore store, String annotator) throws Exception {
        Random random = new Random(7);
        int count = 0;
        for (Document document : store.project().getDocuments()) {
            AnnotationSet set = store.annotations(document, annotator);
            int body = document.getBodyEnd() - document.getBodyBegin();
            SpanAnnotation speaker = null;
            for (int i = 0; i < 30; i++) {
                int begin = document.getBodyBegin() + random.nextInt(Math.max(1, body - 40));
                int end = begin + 5 + random.nextInt(30);
                if (i % 10 == 9) { // every tenth span a quote linked to the last person, so the data has links
                    Spans.link(Spans.add(set, NewsSchema.QUOTE, "QUOTE", begin, end, annotator, Origin.MANUAL),
                            NewsSchema.SPEAKER, speaker);
                } else {
                    SpanAnnotation entity = Spans.add(set, NewsSchema.ENTITY, i % 3 == 0 ? "PER" : "ORG", begin, end,
                            annotator, Origin.MANUAL);
                    speaker = i % 3 == 0 ? entity : speaker;
                }
            }
            set.setStatus(count++ % 2 == 0 ? AnnotationStatus.FINISHED : AnnotationStatus.IN_PROGRESS);
            if (count % 500 == 0) {
                store.save();
                store.releaseUnmodifiedSets();
            }
        }
        store.save();
        store.releaseUnmodifiedSets();
    }

    static long generate(Path corpus, int documents) throws IOException {
        Random random = new Random(42);
        long total = 0;
        for (int d = 0; d < documents; d++) {
            StringBuilder text = new StringBuilder();
            text.append("Skip to content\nHome | World | Business | Sport\n\n");
            text.append(sentence(random, 9).replace(".", "")).append("\n\n");
            text.append("By Staff Reporter | June ").append(1 + d % 28).append(", 2025\n\n");
            while (text.length() < 4200) {
                for (int s = 0; s < 3 + random.nextInt(3); s++) {
                    text.append(sentence(random, 12 + random.nextInt(14))).append(' ');
                }
                text.append("\"We will keep working on this,\" said one official.\n\n");
            }
            text.append("Most Read\n\n");
            for (int i = 0; i < 5; i++) {
                text.append("• ").append(sentence(random, 6).replace(".", "")).append('\n');
            }
            text.append("\nShare this story\nComments 0\n");
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            Files.write(corpus.resolve(String.format("article-%05d.txt", d)), bytes);
            total += bytes.length;
        }
        return total;
    }

    static String sentence(Random random, int words) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            sentence.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            sentence.append(w == words - 1 ? "." : " ");
        }
        return sentence.toString();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }
}
