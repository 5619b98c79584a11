package org.glossa.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jdk.jfr.consumer.RecordingStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.ops.CreateProjectOperation;
import org.glossa.core.storage.ProjectStore;
import org.glossa.io.article.ImportArticlesOperation;
import org.glossa.io.article.ImportOptions;
import org.glossa.io.article.ImportReport;

/**
 * Article import throughput (issue 12): 2,000 plain-text articles of about 5 KB and 200 HTML pages of about 50 KB,
 * each imported into a new project, the median of RUNS runs. Also counts the forces to disk (fsync of files and
 * folders, JFR's jdk.FileForce events) of one import and the time spent in them.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path work = Files.createTempDirectory("glossa-import-bench");
        try {
            Path articles = Files.createDirectories(work.resolve("articles"));
            long articleBytes = StorageBenchmark.generate(articles, 2_000);
            Path pages = Files.createDirectories(work.resolve("pages"));
            long pageBytes = generatePages(pages, 200);
            measure("2,000 articles of 5 KB", articles, articleBytes, 2_000, work, runs);
            measure("200 HTML pages of 50 KB", pages, pageBytes, 200, work, runs);
        } finally {
            StorageBenchmark.deleteTree(work);
        }
    }

    private static void measure(String label, Path corpus, long bytes, int expected, Path work, int runs)
            throws Exception {
        List<Double> seconds = new ArrayList<>();
        List<long[]> forces = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int run = 0; run < runs; run++) {
            Path projectDir = work.resolve("project-" + run);
            forces.clear();
            try (ProjectStore store = new CreateProjectOperation(projectDir, "bench").execute();
                    RecordingStream events = new RecordingStream()) {
                // recorded from here on: the forces of the import, not those that created the project
                events.enable("jdk.FileForce").withThreshold(Duration.ZERO);
                events.onEvent("jdk.FileForce", e -> forces.add(new long[] { nanos(e.getStartTime()),
                        nanos(e.getEndTime()) }));
                events.startAsync();
                long start = System.nanoTime();
                ImportReport report = new ImportArticlesOperation(store, List.of(corpus), ImportOptions.defaults())
                        .execute(new NullProgressMonitor());
                seconds.add((System.nanoTime() - start) / 1e9);
                events.stop();
                if (report.imported().size() != expected) {
                    throw new IllegalStateException(label + ": imported " + report.imported().size() + " of "
                            + expected + " (skipped " + report.skipped() + ")");
                }
            }
            StorageBenchmark.deleteTree(projectDir);
        }
        List<Double> sorted = seconds.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);
        System.out.printf("Import %s: %.1f MB in %.2f s = %.2f MB/s (median of %d: %s s); last run %,d forces to"
                + " disk, %.2f s waiting for them%n", label, bytes / 1e6, median, bytes / 1e6 / median, runs,
                seconds.stream().map(s -> String.format("%.2f", s)).toList(), forces.size(), waited(forces) / 1e9);
    }

    private static long nanos(java.time.Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    /** The time during which at least one force was in flight: forces that overlap are counted once. */
    private static long waited(List<long[]> intervals) {
        List<long[]> sorted = intervals.stream().sorted(java.util.Comparator.comparingLong(i -> i[0])).toList();
        long total = 0;
        long end = Long.MIN_VALUE;
        for (long[] interval : sorted) {
            if (interval[1] > end) {
                total += interval[1] - Math.max(interval[0], end);
                end = interval[1];
            }
        }
        return total;
    }

    /** HTML pages of about 50 KB: navigation, a header, a long article, related links and a footer. */
    private static long generatePages(Path corpus, int pages) throws Exception {
        Random random = new Random(11);
        long total = 0;
        for (int p = 0; p < pages; p++) {
            StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
            String title = StorageBenchmark.sentence(random, 8).replace(".", "");
            html.append("<title>").append(title).append(" | Daily Herald</title>");
            html.append("<meta name=\"author\" content=\"Staff Reporter\"></head>\n<body>\n<nav><ul>");
            for (String item : new String[] { "Home", "World", "Business", "Sport", "Culture", "Opinion" }) {
                html.append("<li><a href=\"/").append(item.toLowerCase()).append("\">").append(item).append("</a></li>");
            }
            html.append("</ul></nav>\n<main><article><h1>").append(title).append("</h1>\n");
            html.append("<p class=\"byline\">By Staff Reporter | June ").append(1 + p % 28).append(", 2025</p>\n");
            while (html.length() < 44_000) {
                html.append("<p>");
                for (int s = 0; s < 3 + random.nextInt(4); s++) {
                    html.append(StorageBenchmark.sentence(random, 12 + random.nextInt(14))).append(' ');
                }
                html.append("</p>\n");
            }
            html.append("</article>\n<aside><h2>Most read</h2><ol>");
            for (int i = 0; i < 10; i++) {
                html.append("<li><a href=\"/story/").append(i).append("\">")
                        .append(StorageBenchmark.sentence(random, 7).replace(".", "")).append("</a></li>");
            }
            html.append("</ol></aside></main>\n<footer><p>Share this story</p><p>&copy; 2025 Daily Herald</p>");
            while (html.length() < 50_000) {
                html.append("<script>window.track && track('").append(random.nextInt(1_000_000)).append("');</script>\n");
            }
            html.append("</footer></body></html>\n");
            byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
            Files.write(corpus.resolve(String.format("page-%03d.html", p)), bytes);
            total += bytes.length;
        }
        return total;
    }
}
