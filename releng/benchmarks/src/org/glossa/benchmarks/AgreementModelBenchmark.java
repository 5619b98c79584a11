package org.glossa.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.glossa.review.diff.DisagreementFinder;
import org.glossa.agreement.report.AgreementAnalysis;
import org.glossa.agreement.report.AgreementReport;
import org.glossa.agreement.study.AgreementScope;
import org.glossa.agreement.study.LayerStudy;
import org.glossa.review.study.StudyLoader;
import org.glossa.text.ContentHash;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Origin;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;

/**
 * The whole agreement report computed from a project, as the workbench and {@code glossa agree} do: one document of
 * 1,000,000 characters with 5,000 entity spans from 3 annotators in 4 labels. Times the copy of the annotations (the
 * only step on the UI thread in the workbench) and the full analysis (background job): unitizing alpha, coding
 * measures, pairwise F1, confusion and the disagreement listing.
 */
public final class AgreementModelBenchmark {
    private static final String[] LABELS = {"PER", "ORG", "GPE", "LOC"};
    private static final String[] ANNOTATORS = {"alice", "bob", "carol"};

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("glossa-agreement-bench");
        ProjectStore store = ProjectStore.create(dir.resolve("project"), "bench", NewsSchema.create());
        Random random = new Random(5);
        StringBuilder text = new StringBuilder(1_000_000);
        while (text.length() < 1_000_000) {
            text.append("word").append(random.nextInt(1000)).append(' ');
        }
        text.setLength(1_000_000);
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setId("long");
        document.setContentHash(ContentHash.of(text.toString()));
        document.setBodyBegin(0);
        document.setBodyEnd(text.length());
        store.addDocument(document, text.toString());
        int spans = 0;
        for (int place = 0; place < 1_700; place++) {
            int begin = 100 + place * 580;
            int length = 8 + random.nextInt(30);
            String label = LABELS[random.nextInt(LABELS.length)];
            for (String annotator : ANNOTATORS) {
                if (random.nextDouble() < 0.02) {
                    continue; // a miss
                }
                AnnotationSet set = store.annotations(document, annotator);
                int jitter = random.nextDouble() < 0.1 ? random.nextInt(5) : 0;
                String chosen = random.nextDouble() < 0.05 ? LABELS[random.nextInt(LABELS.length)] : label;
                Spans.add(set, NewsSchema.ENTITY, chosen, begin + jitter, begin + length, annotator, Origin.MANUAL);
                spans++;
            }
        }
        store.save();
        AgreementScope scope = new AgreementScope(List.of(NewsSchema.ENTITY), List.of(), List.of());
        long[] load = new long[7];
        long[] analyse = new long[7];
        long[] listing = new long[7];
        AgreementReport report = null;
        int differences = 0;
        for (int run = 0; run < load.length; run++) {
            long t0 = System.nanoTime();
            List<LayerStudy> studies = new StudyLoader(store).load(scope, null);
            long t1 = System.nanoTime();
            report = AgreementAnalysis.analyse("bench", studies, null);
            long t2 = System.nanoTime();
            differences = DisagreementFinder.between(studies.get(0), 0, 1, null).size();
            long t3 = System.nanoTime();
            load[run] = t1 - t0;
            analyse[run] = t2 - t1;
            listing[run] = t3 - t2;
        }
        System.out.printf(Locale.ROOT, "Agreement report from the model: 1 document, 1,000,000 characters, %,d entity spans"
                + " from 3 annotators in 4 labels%n", spans);
        System.out.printf(Locale.ROOT, "  copy of the annotations (UI thread):   median %.1f ms%n", median(load));
        System.out.printf(Locale.ROOT, "  full report (background job):          median %.1f ms%n", median(analyse));
        System.out.printf(Locale.ROOT, "  disagreement listing of a pair (%d):  median %.1f ms%n", differences, median(listing));
        System.out.printf(Locale.ROOT, "  unitizing alpha %s, Fleiss kappa %s, alice/bob F1 exact %s%n",
                report.layers().get(0).unitizing().overall(), report.layers().get(0).fleiss().figure(),
                report.layers().get(0).pairs().get(0).exact().micro().f1());
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
