package org.glossa.io.article;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.glossa.testing.Fixtures;
import org.glossa.testing.GoldenFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The article importer on golden files: each case's page ({@code golden/<case>/input/}) and each article of the
 * tests' own corpus ({@code golden/own-corpus/}) is read as the import reads it, and the text it stores and what
 * it found (title, date, language, charset, body region with the body's first and last words) must be the
 * expected files byte for byte.
 */
class ArticleGoldenFilesTest {
    private static final Path GOLDEN = Fixtures.golden("org.glossa.io.article.tests");
    private static final int EDGE = 60;

    @TempDir
    Path temp;

    static Stream<Path> pages() throws Exception {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> cases = Files.list(GOLDEN)) {
            for (Path folder : cases.filter(f -> Files.isDirectory(f.resolve("input"))).sorted().toList()) {
                try (Stream<Path> inputs = Files.list(folder.resolve("input"))) {
                    pages.addAll(inputs.sorted().toList());
                }
            }
        }
        pages.addAll(Fixtures.ownArticles());
        return pages.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void importedTextTitleAndBody(Path page) throws Exception {
        ImportedArticle article = new ArticleReader().read(page, ImportOptions.defaults());
        String name = page.getFileName().toString();
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.writeString(out.resolve(name + ".text"), article.text(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve(name + ".found"), describe(article), StandardCharsets.UTF_8);
        boolean ownCorpus = page.startsWith(Fixtures.ownCorpus());
        Path expected = ownCorpus ? GOLDEN.resolve("own-corpus/expected") : page.getParent().resolveSibling("expected");
        GoldenFiles.assertSameFiles(expected, out, Set.of(), name + ".");
    }

    /** One fact a line, in a fixed order; the body as offsets plus its first and last characters to read it by. */
    private static String describe(ImportedArticle article) {
        String body = article.bodyText();
        int count = body.codePointCount(0, body.length());
        return "title=" + article.title() + "\n"
                + "format=" + article.format() + "\n"
                + "charset=" + article.charset() + "\n"
                + "language=" + article.language() + "\n"
                + "date=" + article.date() + "\n"
                + "length=" + article.text().length() + "\n"
                + "body=" + article.body().begin() + ".." + article.body().end() + "\n"
                + "body.starts=" + oneLine(body.substring(0, body.offsetByCodePoints(0, Math.min(EDGE, count)))) + "\n"
                + "body.ends=" + oneLine(body.substring(body.offsetByCodePoints(0, Math.max(0, count - EDGE)))) + "\n"
                + "contentHash=" + article.contentHash() + "\n";
    }

    private static String oneLine(String text) {
        return text.replace("\n", "\\n");
    }
}
