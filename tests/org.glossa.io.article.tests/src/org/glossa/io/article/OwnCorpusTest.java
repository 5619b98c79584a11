package org.glossa.io.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.glossa.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The tests' own corpus matches its README (the tests that use it rely on that), and a missing shared folder
 * fails a test with a message that says what is missing, instead of skipping it.
 */
class OwnCorpusTest {
    private static final String MOST_POPULAR_ITEM = "Night markets return to Gwangjang";

    @Test
    void everyArticleIsListedAndItsBodyStartsAsTheReadmeSays() throws Exception {
        Map<String, String> starts = SharedFixtures.seedBodyStarts(Fixtures.ownCorpus());
        assertEquals(Fixtures.ownArticles().stream().map(p -> p.getFileName().toString()).toList(),
                starts.keySet().stream().toList());
        for (Path file : Fixtures.ownArticles()) {
            ImportedArticle article = new ArticleReader().read(file, ImportOptions.defaults());
            String start = starts.get(file.getFileName().toString());
            assertTrue(article.bodyText().startsWith(start), file + ": the body starts with \"" + start + "\"");
            assertTrue(article.body().begin() > 0 && article.body().end() < article.text().length(),
                    file + ": menus before and lists after the body stay outside it");
        }
    }

    @Test
    void theMostPopularListIsOutsideTheBody() throws Exception {
        ImportedArticle article = new ArticleReader().read(Fixtures.ownArticles().get(0), ImportOptions.defaults());
        assertTrue(article.text().contains(MOST_POPULAR_ITEM));
        assertFalse(article.bodyText().contains(MOST_POPULAR_ITEM));
    }

    @Test
    void aMissingSharedFolderFailsNamingItAndCi() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> Fixtures.shared("no-such-folder-for-this-test"));
        assertTrue(failure.getMessage().contains("no-such-folder-for-this-test"), failure.getMessage());
        assertTrue(failure.getMessage().contains("CI always has it"), failure.getMessage());
    }
}
