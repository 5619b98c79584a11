package org.glossa.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.FormatRegistry;
import org.glossa.core.ops.ComputeStatisticsOperation;
import org.glossa.core.ops.ExportOperation;
import org.glossa.core.ops.ExportRequest;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;

/**
 * One long document with links, which the other benchmarks never had: 5,000,000 characters, 150,000 spans of which
 * 7,500 are quotes linked to their speakers (issue 12's case). Prints the time to load its annotation set, to compute
 * the statistics as {@code glossa stats} does and to export it as span JSONL, each on a freshly opened project, and
 * checks that every link still points at the span it was made for.
 */
public final class LinkedDocumentBenchmark {

    public static void main(String[] args) throws Exception {
        int characters = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
        int spans = args.length > 1 ? Integer.parseInt(args[1]) : 150_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int quoteEvery = 20; // 7,500 quotes among 150,000 spans
        Path work = Files.createTempDirectory("glossa-linked");
        long start = System.nanoTime();
        int links = build(work.resolve("project"), characters, spans, quoteEvery);
        System.out.printf("Document: %,d characters, %,d spans, %,d links (built in %.1f s)%n", characters, spans, links,
                seconds(start));
        for (int run = 1; run <= runs; run++) {
            ProjectStore store = ProjectStore.open(work.resolve("project"));
            Document document = store.project().getDocuments().get(0);
            start = System.nanoTime();
            AnnotationSet set = store.annotations(document, "alice");
            double load = seconds(start);
            int checked = checkLinks(set);
            store = ProjectStore.open(work.resolve("project"));
            start = System.nanoTime();
            new ComputeStatisticsOperation(store).execute(new NullProgressMonitor());
            double stats = seconds(start);
            store = ProjectStore.open(work.resolve("project"));
            Path out = work.resolve("out-" + run);
            start = System.nanoTime();
            new ExportOperation(store, FormatRegistry.discover(), ExportRequest.of("spans-jsonl", out).withSource("alice"))
                    .execute(new NullProgressMonitor());
            double export = seconds(start);
            System.out.printf("Run %d: load the set %.2f s (%,d links checked), statistics %.2f s, spans-jsonl export %.2f s%n",
                    run, load, checked, stats, export);
        }
        try (Stream<Path> paths = Files.walk(work)) {
            paths.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    private static int build(Path dir, int characters, int spans, int quoteEvery) throws Exception {
        ProjectStore store = ProjectStore.create(dir, "linked", NewsSchema.create());
        String text = text(characters);
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setId("long-linked");
        document.setTitle("A long document with links");
        document.setBodyBegin(0);
        document.setBodyEnd(text.length());
        store.addDocument(document, text);
        int links = addLinkedSpans(store.annotations(document, "alice"), characters, spans, quoteEvery, "alice",
                Origin.MANUAL);
        store.save();
        return links;
    }

    /**
     * Spans in equal slots of the text, every {@code quoteEvery}th a quote linked to the entity before it (its note
     * names that entity, for {@link #checkLinks}); the other benchmarks on this document use it too.
     *
     * @return the number of links
     */
    static int addLinkedSpans(AnnotationSet set, int characters, int spans, int quoteEvery, String annotator,
            Origin origin) {
        int slot = characters / spans;
        int links = 0;
        SpanAnnotation lastEntity = null;
        for (int i = 0; i < spans; i++) {
            int begin = i * slot;
            if (i % quoteEvery == quoteEvery - 1 && lastEntity != null) {
                SpanAnnotation quote = Spans.add(set, NewsSchema.QUOTE, "QUOTE", begin, begin + slot - 1, annotator,
                        origin);
                quote.setNote("speaker " + lastEntity.getId());
                Spans.link(quote, NewsSchema.SPEAKER, lastEntity);
                links++;
            } else {
                lastEntity = Spans.add(set, NewsSchema.ENTITY, i % 3 == 0 ? "PER" : "ORG", begin, begin + slot / 2,
                        annotator, origin);
            }
        }
        return links;
    }

    /** Every link must point at the span the note names: a wrong resolution would be silent data corruption. */
    private static int checkLinks(AnnotationSet set) {
        int checked = 0;
        for (SpanAnnotation span : set.getSpans()) {
            if (!span.getLinks().isEmpty()) {
                String target = span.getLinks().get(0).getTarget().getId();
                if (!span.getNote().equals("speaker " + target)) {
                    throw new IllegalStateException(span.getId() + " links to " + target + ", expected " + span.getNote());
                }
                checked++;
            }
        }
        return checked;
    }

    /** The long linked document's text: words, a paragraph break about every 400 characters. */
    static String text(int characters) {
        String[] words = "the council said minister officials agreed report funding harbor bridge river festival union"
                .split(" ");
        Random random = new Random(3);
        StringBuilder text = new StringBuilder(characters);
        while (text.length() < characters) {
            text.append(words[random.nextInt(words.length)]).append(text.length() % 400 < 8 ? "\n\n" : " ");
        }
        text.setLength(characters);
        return text.toString();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
