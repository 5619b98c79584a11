package org.glossa.review.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.agreement.report.AgreementAnalysis;
import org.glossa.agreement.report.AgreementReport;
import org.glossa.agreement.study.AgreementScope;
import org.glossa.core.format.FormatRegistry;
import org.glossa.core.ops.CreateProjectOperation;
import org.glossa.core.storage.ProjectStore;
import org.glossa.io.article.ImportArticlesOperation;
import org.glossa.io.article.ImportOptions;
import org.glossa.io.brat.BratFormat;
import org.glossa.model.schema.NewsSchema;
import org.glossa.testing.DemoAnnotations;
import org.glossa.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultScopeTest {
    @TempDir
    Path dir;

    /**
     * The demo project as a reviewer finds it: alice, bob and carol on two articles, dave on one of them too, erin
     * alone on a third. Everyone together shares no document; the default compares the three on both articles.
     */
    @Test
    void demoProjectWithMoreAnnotatorsComparesTheThreeWhoShareBothArticles() throws Exception {
        ProjectStore store = new CreateProjectOperation(dir.resolve("demo"), "Glossa demo").execute();
        new ImportArticlesOperation(store, List.of(Fixtures.demoCorpus()), ImportOptions.defaults())
                .execute(new NullProgressMonitor());
        DemoAnnotations.importInto(store, new FormatRegistry(List.of(new BratFormat())), dir);
        DemoAnnotations.addOtherAnnotators(store);
        store.save();

        AgreementScope everyone = new AgreementScope(List.of(NewsSchema.ENTITY), List.of(), List.of());
        assertTrue(new StudyLoader(store).load(everyone, null).get(0).documents().isEmpty(),
                "everyone with annotations shares no document: the comparison the review used to open on");

        DefaultScope chosen = DefaultScope.of(store, List.of());
        assertEquals(List.of("alice", "bob", "carol"), chosen.annotators());
        assertEquals(List.of("harbor-bridge-vote", "rail-strike-talks"), chosen.documents());
        assertFalse(chosen.isEmpty());
        AgreementReport report = AgreementAnalysis.analyse("demo",
                new StudyLoader(store).load(chosen.scope(List.of(NewsSchema.ENTITY)), null), null);
        assertEquals(chosen.documents(), report.documents());
        assertTrue(report.layers().get(0).unitizing().overall().isDefined(), "a figure, not 'undefined'");
        assertTrue(report.layers().get(0).pair("alice", "bob").cohen().figure().isDefined());

        DefaultScope onOne = DefaultScope.of(store, List.of("harbor-bridge-vote"));
        assertEquals(List.of("alice", "bob", "carol", "dave"), onOne.annotators(), "on one article: all four");
        assertEquals(List.of("harbor-bridge-vote"), onOne.documents());
    }

    @Test
    void theMostSharedDocumentsWithEveryoneWhoAnnotatedThemAndTiesBrokenTheSameWayEveryTime() {
        Map<String, List<String>> byDocument = new LinkedHashMap<>();
        byDocument.put("d1", List.of("a", "b", "c", "d"));
        byDocument.put("d2", List.of("a", "b", "c"));
        byDocument.put("d3", List.of("e"));
        // two documents are shared; a, b and c annotated both (d only one)
        assertEquals(new DefaultScope(List.of("a", "b", "c"), List.of("d1", "d2"), null), DefaultScope.choose(byDocument));

        byDocument.put("d4", List.of("b", "a"));
        // a third document shared by a and b: the most documents come first
        assertEquals(new DefaultScope(List.of("a", "b"), List.of("d1", "d2", "d4"), null), DefaultScope.choose(byDocument));

        Map<String, List<String>> pairs = new LinkedHashMap<>();
        pairs.put("d1", List.of("x", "y"));
        pairs.put("d2", List.of("w", "z"));
        // two groups alike in every count: the one whose annotators are listed first
        assertEquals(new DefaultScope(List.of("x", "y"), List.of("d1"), null), DefaultScope.choose(pairs));
        pairs.put("d3", List.of("w", "z", "v"));
        assertEquals(new DefaultScope(List.of("w", "z"), List.of("d2", "d3"), null), DefaultScope.choose(pairs));

        Map<String, List<String>> common = new LinkedHashMap<>();
        common.put("d1", List.of("a", "b", "c"));
        common.put("d2", List.of("a", "b", "d"));
        common.put("d3", List.of("a", "b", "e"));
        // no document's annotators are the answer: their common part is, on all three
        assertEquals(new DefaultScope(List.of("a", "b"), List.of("d1", "d2", "d3"), null), DefaultScope.choose(common));
    }

    @Test
    void nothingComparableSaysWhyInOneLine() {
        Map<String, List<String>> apart = new LinkedHashMap<>();
        apart.put("d1", List.of("alice"));
        apart.put("d2", List.of("bob"));
        apart.put("d3", List.of());
        DefaultScope none = DefaultScope.choose(apart);
        assertTrue(none.isEmpty());
        assertEquals(List.of(), none.documents());
        assertEquals("nothing to compare: no document has annotations of two annotators yet (alice, bob each worked"
                + " on other documents)", none.reason());
        assertEquals("nothing to compare: only alice has annotations on these documents",
                DefaultScope.choose(Map.of("d1", List.of("alice"))).reason());
        assertEquals("nothing to compare: no annotator has annotations on these documents yet",
                DefaultScope.choose(Map.of()).reason());
        assertFalse(none.reason().contains("\n"));
    }
}
